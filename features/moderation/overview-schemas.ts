import { z } from "zod";
import { isValidDate } from "@/lib/dates";

// URL parameters of the editors' overview pages (recently published, audit log). They come straight
// from the address bar, so nothing here may lead to an error page: a bad value is dropped and named
// in `ignored`, so the page can say which filter it did not apply.

/** The entity types AuditLog rows use (lib/audit.ts AuditEntry["entityType"]). */
export const AUDIT_ENTITY_TYPES = [
  "offer",
  "organization",
  "user",
  "membership",
  "invitation",
  "joinRequest",
  "settings",
  "category",
  "targetGroup",
  "carrierType",
  "district",
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export const AUDIT_FILTER_FIELDS = ["entityType", "entityId", "action", "actor", "from", "to"] as const;
export type AuditFilterField = (typeof AUDIT_FILTER_FIELDS)[number];

/** Absent, empty or blank → undefined; a repeated parameter (an array) stays and fails the schema. */
const optionalText = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : typeof value === "string" ? value.trim() : value),
    schema,
  );

const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isValidDate);

/** One schema for the audit log's filter form (GET) and its query. */
export const AuditFilterSchema = z
  .object({
    entityType: optionalText(z.enum(AUDIT_ENTITY_TYPES).optional()),
    // Ids are numbers for most entities, "1" for the settings row, "names" for the carrier type names.
    entityId: optionalText(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,40}$/)
        .optional(),
    ),
    action: optionalText(
      z
        .string()
        .max(60)
        .regex(/^[a-zA-Z]+\.[a-zA-Z]+$/)
        .optional(),
    ),
    actor: optionalText(z.string().max(100).optional()),
    from: optionalText(localDate.optional()),
    to: optionalText(localDate.optional()),
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.from > value.to) ctx.addIssue({ code: "custom", path: ["to"], message: "toBeforeFrom" });
  });
export type AuditFilters = z.output<typeof AuditFilterSchema>;

/**
 * The valid filters of `raw` (search params); invalid ones are left out and listed in `ignored`,
 * so "?from=gestern" shows the unfiltered log with a note instead of an error.
 */
export function parseAuditFilters(raw: Record<string, unknown>): { filters: AuditFilters; ignored: AuditFilterField[] } {
  const picked: Record<string, unknown> = {};
  for (const field of AUDIT_FILTER_FIELDS) picked[field] = raw[field];
  const ignored = new Set<AuditFilterField>();
  // Two rounds at most: the cross-field check (from ≤ to) only runs once every field is valid.
  for (let round = 0; round < 3; round += 1) {
    const parsed = AuditFilterSchema.safeParse(picked);
    if (parsed.success) return { filters: parsed.data, ignored: AUDIT_FILTER_FIELDS.filter((field) => ignored.has(field)) };
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === "string" && (AUDIT_FILTER_FIELDS as readonly string[]).includes(field)) {
        ignored.add(field as AuditFilterField);
        picked[field] = undefined;
      }
    }
  }
  return {
    filters: { entityType: undefined, entityId: undefined, action: undefined, actor: undefined, from: undefined, to: undefined },
    ignored: [...AUDIT_FILTER_FIELDS],
  };
}

/** "Recently published": how far back the list goes. */
export const PUBLISHED_PERIODS = ["7", "30", "all"] as const;
/** "recent": newest change first; "stale": not confirmed for Settings.offerReminderMonths; "expiring": ends soon. */
export const PUBLISHED_VIEWS = ["recent", "stale", "expiring"] as const;
export type PublishedView = (typeof PUBLISHED_VIEWS)[number];
export const PublishedListParamsSchema = z.object({
  view: z.enum(PUBLISHED_VIEWS).catch("recent"),
  days: z.enum(PUBLISHED_PERIODS).catch("all"),
});
export type PublishedListParams = z.output<typeof PublishedListParamsSchema>;

/** What counts as "recent" on the dashboard and in the digest. */
export const RECENT_DAYS = 7;
/** Offers ending within this many days are "expiring" on the dashboard. */
export const EXPIRING_DAYS = 14;
