import { FAMILIENZENTRUM_OFFERS } from "./featured-familienzentrum";
import { TSV_OFFERS } from "./featured-tsv";
import type { ScheduleStyle, TimeProfile } from "./offer-types";

// The demo accounts' own offers, written by hand so a walkthrough shows every schedule kind and
// workflow state: Familienzentrum Regenbogen (anbieter@…) and TSV Musterstadt (anbieter2@…).

export type FeaturedOffer = {
  organization: "familienzentrum-regenbogen" | "tsv-musterstadt";
  title: string;
  summary: string;
  details: string;
  categories: string[];
  groups: string[];
  ages?: [number, number];
  style: ScheduleStyle;
  time: TimeProfile;
  windows?: { weekday: number; startTime: string; endTime: string }[];
  /** Holiday exceptions on (true) or off (false); random when missing. */
  exceptions?: boolean;
  intervalWeeks?: number;
  status: "PUBLISHED" | "DRAFT" | "PENDING_REVIEW" | "ARCHIVED";
  expired?: boolean;
  costAmountCents?: number;
  costNote?: string;
  format: string;
  registration?: boolean;
  maxParticipants?: number;
  languages?: string[];
  wheelchair: "YES" | "PARTIAL" | "NO" | "UNKNOWN";
  features?: string[];
  place: "organization" | "venue" | "online" | "none";
  locationNote?: string;
  conditions?: string;
  speaker?: string;
  courseNumber?: string;
  cooperationPartner?: string;
  volunteering?: boolean;
};

export const FEATURED_OFFERS: FeaturedOffer[] = [...FAMILIENZENTRUM_OFFERS, ...TSV_OFFERS];
