export type CarrierTypeName =
  | "ASSOCIATION"
  | "FOUNDATION"
  | "WELFARE_ASSOCIATION"
  | "CHURCH"
  | "PUBLIC_BODY"
  | "SCHOOL"
  | "COMPANY"
  | "INITIATIVE"
  | "OTHER";

/** Typical opening hours of a kind of provider (expanded in organizations.ts). */
export type HoursPattern = "office" | "counselling" | "club" | "school" | "care" | "daycare" | "practice" | "youth" | "library" | "none";

export type ProviderSeed = {
  name: string;
  /** Fixed slug where other code or docs rely on it; otherwise derived from the name. */
  slug?: string;
  subline?: string;
  carrierType: CarrierTypeName;
  district: string;
  /** Subcategory slugs; the offers of the provider are drawn from these. */
  categories: string[];
  summary: string;
  /** One more sentence for the description: what makes this provider special. */
  focus: string;
  hours: HoursPattern;
  status?: "PENDING" | "REJECTED" | "BLOCKED";
  statusReason?: string;
  founded?: number;
  members?: number;
  staff?: number;
  volunteers?: number;
  places?: number;
  volunteering?: "WANTED" | "POSSIBLE" | "NOT_POSSIBLE";
};
