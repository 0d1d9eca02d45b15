// Audit entries list raw field names ("postalCode", "costAmountCents", "logoPath"). The dashboard
// shows what a colleague changed in the words of the forms: fields are folded into the parts of the
// offer or profile form they belong to, and actions into a verb. Pure, so it is unit-tested.

export const CHANGE_GROUPS = [
  "name",
  "title",
  "subline",
  "summary",
  "description",
  "details",
  "schedule",
  "location",
  "address",
  "costs",
  "audience",
  "registration",
  "accessibility",
  "categories",
  "languages",
  "images",
  "logo",
  "image",
  "contactDetails",
  "contactPerson",
  "openingHours",
  "facts",
  "carrierType",
  "status",
  "confirmed",
  "other",
] as const;
export type ChangeGroup = (typeof CHANGE_GROUPS)[number];

const GROUP_OF_FIELD: Record<string, ChangeGroup> = {
  name: "name",
  title: "title",
  subline: "subline",
  summary: "summary",
  description: "description",
  format: "details",
  courseNumber: "details",
  speaker: "details",
  cooperationPartner: "details",
  videoUrl: "details",
  volunteeringPossible: "details",
  volunteering: "details",
  employeeCount: "details",
  slug: "details",
  schedule: "schedule",
  scheduleNote: "schedule",
  scheduleKind: "schedule",
  locationType: "location",
  locationName: "location",
  locationNote: "location",
  onlineUrl: "location",
  street: "address",
  postalCode: "address",
  city: "address",
  districtId: "address",
  lat: "address",
  lng: "address",
  geoSource: "address",
  isFree: "costs",
  costAmountCents: "costs",
  costAmount: "costs",
  costNote: "costs",
  ageMin: "audience",
  ageMax: "audience",
  targetGroups: "audience",
  access: "audience",
  conditions: "registration",
  registrationRequired: "registration",
  registrationNote: "registration",
  maxParticipants: "registration",
  wheelchair: "accessibility",
  accessibilityNote: "accessibility",
  accessibilityFeatures: "accessibility",
  categories: "categories",
  languages: "languages",
  images: "images",
  logoPath: "logo",
  logoCopyright: "logo",
  imagePath: "image",
  imageCopyright: "image",
  email: "contactDetails",
  phone: "contactDetails",
  phone2: "contactDetails",
  website: "contactDetails",
  contactSalutation: "contactPerson",
  contactName: "contactPerson",
  contactRole: "contactPerson",
  contactPhone: "contactPerson",
  contactEmail: "contactPerson",
  openingHours: "openingHours",
  openingHoursNote: "openingHours",
  facts: "facts",
  carrierType: "carrierType",
  status: "status",
  statusReason: "status",
  lastConfirmedAt: "confirmed",
};

/** The form parts the fields belong to, each once, in form order (unknown fields as "other"). */
export function changeGroups(fields: readonly string[]): ChangeGroup[] {
  const groups = new Set(fields.map((field) => GROUP_OF_FIELD[field] ?? "other"));
  return CHANGE_GROUPS.filter((group) => groups.has(group));
}

export const CHANGE_VERBS = [
  "create",
  "update",
  "submitRevision",
  "publish",
  "submit",
  "duplicate",
  "deactivate",
  "reactivate",
  "archive",
  "delete",
  "confirm",
  "approve",
  "reject",
  "block",
] as const;
export type ChangeVerb = (typeof CHANGE_VERBS)[number] | "other";

/** The verb of an audit action ("offer.update" → "update"); unknown verbs as "other". */
export function changeVerb(action: string): ChangeVerb {
  const verb = action.slice(action.indexOf(".") + 1);
  return (CHANGE_VERBS as readonly string[]).includes(verb) ? (verb as ChangeVerb) : "other";
}
