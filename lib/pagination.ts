import { z } from "zod";

export const PAGE_SIZE = 20;

// `?page=` comes straight from the URL: anything that is not a positive whole number means page 1,
// and numbers past the end are clamped later (once the total is known) — never an error page.
const PageParamSchema = z
  .string()
  .trim()
  .regex(/^\d+$/)
  // Longer digit strings than a safe integer can hold are simply "very far": the last page.
  .transform((digits) => (digits.length > 15 ? Number.MAX_SAFE_INTEGER : Number(digits)))
  .pipe(z.number().int().min(1))
  .catch(1);

/** The requested page from a search param (repeated params such as `?page=1&page=2` count as invalid). */
export function parsePageParam(value: string | string[] | undefined): number {
  return PageParamSchema.parse(value);
}

export type PageInfo = { page: number; pageCount: number; pageSize: number; total: number; skip: number };

/** Clamps the requested page to the existing pages; an empty list still has one (empty) page. */
export function pageInfo(requestedPage: number, total: number, pageSize = PAGE_SIZE): PageInfo {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(requestedPage)), pageCount);
  return { page, pageCount, pageSize, total, skip: (page - 1) * pageSize };
}

/** First, last, current and its neighbours; gaps become null (an ellipsis). */
export function visiblePages(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push(null);
    out.push(p);
  });
  return out;
}
