import type { FeaturedOffer } from "./data/featured-offers";
import { CARE_OFFERS } from "./data/offers-care";
import { COUNSELLING_OFFERS } from "./data/offers-counselling";
import { EDUCATION_OFFERS } from "./data/offers-education";
import { HEALTH_WORK_OFFERS } from "./data/offers-health-work";
import { LEISURE_OFFERS } from "./data/offers-leisure";
import { SPORT_CULTURE_OFFERS } from "./data/offers-sport-culture";
import type { OfferTemplate, ScheduleStyle, TimeProfile } from "./data/offer-types";
import type { OrgRecord, OrganizationStatusName } from "./organizations";
import type { Random } from "./random";
import { canExpire } from "./schedules";

// The choices that make one offer what it is, from a template (random) or a hand-written demo offer.

export type OfferStatusName = "DRAFT" | "PENDING_REVIEW" | "PUBLISHED" | "REJECTED" | "BLOCKED" | "ARCHIVED";
export type WheelchairName = "YES" | "PARTIAL" | "NO" | "UNKNOWN";

export type OfferInput = {
  org: OrgRecord;
  title: string;
  summary: string;
  details: string;
  categories: string[];
  groups: string[];
  ages: [number, number] | null;
  style: ScheduleStyle;
  time: TimeProfile;
  windows?: { weekday: number; startTime: string; endTime: string }[];
  exceptions?: boolean;
  intervalWeeks?: number;
  status: OfferStatusName;
  expired: boolean;
  isFree: boolean;
  costAmountCents: number | null;
  costNote: string | null;
  format: string;
  registration: boolean;
  maxParticipants: number | null;
  languages: string[];
  wheelchair: WheelchairName | null;
  features: string[] | null;
  place: "organization" | "venue" | "online" | "none";
  locationNote: string | null;
  conditions: string | null;
  speaker: string | null;
  courseNumber: string | null;
  cooperationPartner: string | null;
  volunteering: boolean | null;
};

export const TEMPLATES: OfferTemplate[] = [
  ...EDUCATION_OFFERS,
  ...COUNSELLING_OFFERS,
  ...HEALTH_WORK_OFFERS,
  ...SPORT_CULTURE_OFFERS,
  ...LEISURE_OFFERS,
  ...CARE_OFFERS,
];

export const TEMPLATES_BY_CATEGORY = TEMPLATES.reduce((map, template) => {
  map.set(template.category, [...(map.get(template.category) ?? []), template]);
  return map;
}, new Map<string, OfferTemplate[]>());

const EXTRA_LANGUAGES = ["en", "tr", "ar", "uk", "ru", "fr"];

export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);
}

/** Workflow state of a generated offer; depends on its provider's state. */
function pickStatus(orgStatus: OrganizationStatusName, roll: number): OfferStatusName {
  if (orgStatus === "PENDING") return roll < 0.6 ? "DRAFT" : "PENDING_REVIEW";
  if (orgStatus === "REJECTED") return "DRAFT";
  if (orgStatus === "BLOCKED") return roll < 0.8 ? "PUBLISHED" : "DRAFT";
  if (roll < 0.04) return "DRAFT";
  if (roll < 0.07) return "PENDING_REVIEW";
  if (roll < 0.08) return "REJECTED";
  if (roll < 0.095) return "ARCHIVED";
  if (roll < 0.1) return "BLOCKED";
  return "PUBLISHED";
}

const fittingTemplatesCache = new Map<OrgRecord, Map<string, OfferTemplate[]>>();

/** Templates per category of the provider that suit it (a Kita open day needs a Kita). */
function fittingTemplates(org: OrgRecord): Map<string, OfferTemplate[]> {
  const cached = fittingTemplatesCache.get(org);
  if (cached) return cached;
  const fitting = new Map<string, OfferTemplate[]>();
  for (const slug of org.categories) {
    const list = (TEMPLATES_BY_CATEGORY.get(slug) ?? []).filter((t) => !t.providers || t.providers.test(org.name));
    if (list.length > 0) fitting.set(slug, list);
  }
  // A provider no template fits still gets offers from its categories rather than none.
  if (fitting.size === 0)
    for (const slug of org.categories) if (TEMPLATES_BY_CATEGORY.has(slug)) fitting.set(slug, TEMPLATES_BY_CATEGORY.get(slug)!);
  fittingTemplatesCache.set(org, fitting);
  return fitting;
}

export function inputFromTemplate(org: OrgRecord, rng: Random, cooperationNames: string[]): OfferInput {
  const fitting = fittingTemplates(org);
  const categories = [...fitting.keys()];
  const category = rng.pick(categories);
  const template = rng.pick(fitting.get(category)!);
  const titleIndex = rng.int(0, template.titles.length - 1);
  const ages = template.ages ? rng.pick(template.ages) : null;
  const values = {
    from: String(ages?.[0] ?? ""),
    to: String(ages?.[1] ?? ""),
    district: org.district.name,
    inDistrict: org.district.inName,
  };
  const style = rng.pick(template.styles);
  const status = pickStatus(org.status, rng.float());
  const expiredRoll = rng.float();
  const expired = canExpire(style) && ((status === "PUBLISHED" && expiredRoll < 0.07) || (status === "ARCHIVED" && expiredRoll < 0.6));
  const isFree = template.cost === "free" || (template.cost === "mixed" && rng.chance(0.5));
  const price = template.prices ? rng.pick(template.prices) : null;
  const secondCategory = rng.chance(0.2) ? rng.pick(categories) : category;
  const groupCount = rng.int(1, Math.min(3, template.groups.length));
  const extraGroup = rng.chance(0.08) ? rng.pick(["zugewanderte", "neu-hinzugezogene", "engagierte"]) : null;
  const languages = ["de"];
  const titleLanguage = template.titleLanguages?.[titleIndex];
  if (titleLanguage) languages.push(titleLanguage);
  if (template.languages && rng.chance(0.5)) languages.push(...rng.sample(template.languages, rng.int(1, 2)));
  else if (rng.chance(0.1)) languages.push(rng.pick(EXTRA_LANGUAGES));
  const placeRoll = rng.float();
  const place =
    template.online && placeRoll < 0.5
      ? "online"
      : template.placeless && placeRoll > 0.7
        ? "none"
        : rng.chance(0.6)
          ? "organization"
          : "venue";
  const maxParticipants =
    template.maxParticipants && rng.chance(0.75) ? rng.int(template.maxParticipants[0], template.maxParticipants[1]) : null;
  const isCourse = template.format === "Kurs" || template.format === "Sprachkurs";
  const courseNumber =
    isCourse && rng.chance(0.5) ? `${org.carrierType === "PUBLIC_BODY" ? "V" : "K"}${rng.int(10, 99)}-${rng.int(100, 999)}` : null;
  return {
    org,
    title: fillPlaceholders(template.titles[titleIndex], values),
    summary: template.summary,
    details: template.details,
    categories: [...new Set([category, secondCategory])],
    groups: [...new Set([...rng.sample(template.groups, groupCount), ...(extraGroup ? [extraGroup] : [])])],
    ages,
    style,
    time: template.time,
    status,
    expired,
    isFree,
    costAmountCents: isFree ? null : price,
    costNote: isFree ? (template.cost === "free" ? (template.costNote ?? null) : null) : (template.costNote ?? null),
    format: template.format,
    registration: Boolean(template.registration) && rng.chance(0.85),
    maxParticipants,
    languages: [...new Set(languages)],
    wheelchair: null,
    features: null,
    place,
    locationNote: null,
    conditions: template.conditions ?? null,
    speaker: null,
    courseNumber,
    cooperationPartner: rng.chance(0.1) ? rng.pick(cooperationNames.filter((name) => name !== org.name)) : null,
    volunteering: null,
  };
}

export function inputFromFeatured(featured: FeaturedOffer, org: OrgRecord): OfferInput {
  return {
    org,
    title: featured.title,
    summary: featured.summary,
    details: featured.details,
    categories: featured.categories,
    groups: featured.groups,
    ages: featured.ages ?? null,
    style: featured.style,
    time: featured.time,
    windows: featured.windows,
    exceptions: featured.exceptions,
    intervalWeeks: featured.intervalWeeks,
    status: featured.status,
    expired: Boolean(featured.expired),
    isFree: featured.costAmountCents === undefined,
    costAmountCents: featured.costAmountCents ?? null,
    costNote: featured.costNote ?? null,
    format: featured.format,
    registration: Boolean(featured.registration),
    maxParticipants: featured.maxParticipants ?? null,
    languages: ["de", ...(featured.languages ?? [])],
    wheelchair: featured.wheelchair,
    features: featured.features ?? [],
    place: featured.place,
    locationNote: featured.locationNote ?? null,
    conditions: featured.conditions ?? null,
    speaker: featured.speaker ?? null,
    courseNumber: featured.courseNumber ?? null,
    cooperationPartner: featured.cooperationPartner ?? null,
    volunteering: featured.volunteering ?? false,
  };
}
