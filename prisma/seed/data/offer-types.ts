/**
 * How an offer's dates are generated (see schedules.ts):
 * - weekly: open-ended, every week; biweekly: every second week from a start date
 * - course: a weekly course of 6–14 weeks; schoolyear: weekly during the current school year
 * - open-hours: permanent with opening windows; by-arrangement: permanent without windows
 * - dates: a handful of single dates; holiday: weekdays during the next school holidays
 * - period-daily: every day within a date range (exhibitions, campaigns)
 */
export type ScheduleStyle = "weekly" | "biweekly" | "course" | "schoolyear" | "open-hours" | "by-arrangement" | "dates" | "holiday" | "period-daily";

/** Typical time of day for the windows of an offer. */
export type TimeProfile = "morning" | "afternoon" | "kids" | "evening" | "weekend" | "daytime";

export type OfferTemplate = {
  /** Subcategory slug. */
  category: string;
  /**
   * Title variants. Placeholders: {from}/{to} (age range), {district} (district name), {inDistrict} ("in der Altstadt").
   * A title with {from} needs `ages`.
   */
  titles: string[];
  summary: string;
  /** One to three sentences for the long description. */
  details: string;
  /** Target group slugs. */
  groups: string[];
  ages?: [number, number][];
  styles: ScheduleStyle[];
  time: TimeProfile;
  cost: "free" | "paid" | "mixed";
  /** Candidate prices in cents for paid offers. */
  prices?: number[];
  costNote?: string;
  format: string;
  registration?: boolean;
  maxParticipants?: [number, number];
  /** Further languages (ISO 639-1) the offer is often held in. */
  languages?: string[];
  /** A language that belongs to a title variant (same index), e.g. "Türkisch als Herkunftssprache" → "tr". */
  titleLanguages?: (string | null)[];
  conditions?: string;
  /** May take place online (video call, phone). */
  online?: boolean;
  /** May have no fixed place (outreach, home visits, phone). */
  placeless?: boolean;
  /** Only providers whose name matches offer this (a Kita open day needs a Kita). */
  providers?: RegExp;
};
