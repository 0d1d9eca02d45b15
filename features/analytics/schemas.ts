import { z } from "zod";
import { addDays, daysBetween, isValidDate, todayLocal } from "@/lib/dates";

// The planner area's one filter (features/analytics/queries/*): parsed from the URL, so every view is
// a shareable link, and taken by every chart query and download alike. A value that does not parse
// is dropped (the default applies) and named in `ignored` — never an error page.

/** URL parameter names (German, like the search's). */
export const FILTER_PARAM = {
  from: "von",
  to: "bis",
  category: "kategorie",
  targetGroup: "zielgruppe",
  district: "stadtteil",
  postalCode: "plz",
  free: "kostenlos",
  accessible: "barrierefrei",
} as const;
export type FilterField = keyof typeof FILTER_PARAM;

/** Longest range a view may span (the week chart has one bar per week). */
export const MAX_RANGE_DAYS = 3 * 366;
/** Default range: the last 12 weeks up to today. */
export const DEFAULT_RANGE_DAYS = 12 * 7;

const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isValidDate);
// The rule of lib/ids.ts (a positive safe integer of digits), without its error classes: the schema is
// also loaded by scripts outside Next.js (bench:analytics), where lib/errors cannot load.
const id = z
  .union([z.string().regex(/^\d{1,16}$/), z.number()])
  .transform(Number)
  .pipe(z.number().int().positive().max(Number.MAX_SAFE_INTEGER));
const flag = z.enum(["1", "true", "ja"]).transform(() => true);

export const AnalyticsFilterSchema = z.object({
  from: localDate,
  to: localDate,
  category: id.nullable(),
  targetGroup: id.nullable(),
  district: id.nullable(),
  postalCode: z
    .string()
    .regex(/^\d{5}$/)
    .nullable(),
  free: z.boolean(),
  accessible: z.boolean(),
});
export type AnalyticsFilter = z.infer<typeof AnalyticsFilterSchema>;

const FIELD_SCHEMAS = {
  from: localDate,
  to: localDate,
  category: id,
  targetGroup: id,
  district: id,
  postalCode: z.string().regex(/^\d{5}$/),
  free: flag,
  accessible: flag,
} as const;

export function defaultAnalyticsFilter(now = new Date()): AnalyticsFilter {
  const to = todayLocal(now);
  return {
    from: addDays(to, -(DEFAULT_RANGE_DAYS - 1)),
    to,
    category: null,
    targetGroup: null,
    district: null,
    postalCode: null,
    free: false,
    accessible: false,
  };
}

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

/** The filter in a URL's parameters; bad or repeated values fall back to the default and are listed in `ignored`. */
export function parseAnalyticsFilter(params: Params, now = new Date()): { filter: AnalyticsFilter; ignored: FilterField[] } {
  const get = (name: string): string | string[] | undefined =>
    params instanceof URLSearchParams
      ? params.getAll(name).length > 1
        ? params.getAll(name)
        : (params.get(name) ?? undefined)
      : params[name];
  const filter: AnalyticsFilter = defaultAnalyticsFilter(now);
  const ignored: FilterField[] = [];
  for (const field of Object.keys(FILTER_PARAM) as FilterField[]) {
    const raw = get(FILTER_PARAM[field]);
    if (raw === undefined || (typeof raw === "string" && raw.trim() === "")) continue;
    const parsed = FIELD_SCHEMAS[field].safeParse(typeof raw === "string" ? raw.trim() : raw);
    if (parsed.success) (filter as Record<FilterField, unknown>)[field] = parsed.data;
    else ignored.push(field);
  }
  if (filter.from > filter.to) [filter.from, filter.to] = [filter.to, filter.from];
  if (daysBetween(filter.from, filter.to) > MAX_RANGE_DAYS) {
    filter.from = addDays(filter.to, -MAX_RANGE_DAYS);
    ignored.push("from");
  }
  return { filter: AnalyticsFilterSchema.parse(filter), ignored };
}

/** The filter as URL parameters (inverse of parseAnalyticsFilter), for links and downloads. */
export function analyticsFilterToParams(filter: AnalyticsFilter): URLSearchParams {
  const p = new URLSearchParams();
  p.set(FILTER_PARAM.from, filter.from);
  p.set(FILTER_PARAM.to, filter.to);
  if (filter.category) p.set(FILTER_PARAM.category, String(filter.category));
  if (filter.targetGroup) p.set(FILTER_PARAM.targetGroup, String(filter.targetGroup));
  if (filter.district) p.set(FILTER_PARAM.district, String(filter.district));
  if (filter.postalCode) p.set(FILTER_PARAM.postalCode, filter.postalCode);
  if (filter.free) p.set(FILTER_PARAM.free, "1");
  if (filter.accessible) p.set(FILTER_PARAM.accessible, "1");
  return p;
}
