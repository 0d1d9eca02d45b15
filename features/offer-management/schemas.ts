import { z } from "zod";
import { IdSchema } from "@/lib/ids";
import type { OfferStatus } from "@/generated/prisma/enums";
import { parsePageParam } from "@/lib/pagination";

// The list's URL contract: `?status=<filter>&q=<title words>&page=<n>`. Anything invalid falls back
// to the default (all statuses, no text, page 1) — a hand-edited URL never produces an error page.

/** Status filters of the list: the offer statuses plus "expired" (published, last date passed). */
export const OFFER_LIST_STATUSES = ["all", "draft", "pending", "published", "expired", "rejected", "blocked", "archived"] as const;
export type OfferListStatus = (typeof OFFER_LIST_STATUSES)[number];

export const LIST_STATUS_TO_OFFER_STATUS: Record<Exclude<OfferListStatus, "all" | "expired">, OfferStatus> = {
  draft: "DRAFT",
  pending: "PENDING_REVIEW",
  published: "PUBLISHED",
  rejected: "REJECTED",
  blocked: "BLOCKED",
  archived: "ARCHIVED",
};

export const MAX_LIST_QUERY_LENGTH = 100;

export type OfferListFilter = { status: OfferListStatus; q: string; page: number };

type SearchParamValue = string | string[] | undefined;

const StatusParamSchema = z.enum(OFFER_LIST_STATUSES).catch("all");
const QueryParamSchema = z
  .string()
  .transform((q) => q.replace(/\s+/g, " ").trim().slice(0, MAX_LIST_QUERY_LENGTH))
  .catch("");

/** The list filter from the page's search params; never throws. */
export function parseOfferListFilter(params: Record<string, SearchParamValue>): OfferListFilter {
  const single = (value: SearchParamValue) => (Array.isArray(value) ? value[0] : value);
  return {
    status: StatusParamSchema.parse(single(params.status)),
    q: QueryParamSchema.parse(single(params.q) ?? ""),
    page: parsePageParam(params.page),
  };
}

/** The filter as URL query (defaults omitted), for links and pagination. */
export function offerListFilterToQuery(filter: Pick<OfferListFilter, "status" | "q">): Record<string, string> {
  const query: Record<string, string> = {};
  if (filter.status !== "all") query.status = filter.status;
  if (filter.q) query.q = filter.q;
  return query;
}

/** Most offers a single "still current" submission may confirm (one list page is 20). */
export const MAX_BULK_OFFERS = 100;

export const OfferIdListSchema = z.array(IdSchema).min(1).max(MAX_BULK_OFFERS);

export const OFFER_LIST_INTENTS = ["duplicate", "deactivate", "reactivate", "delete", "confirm"] as const;
export type OfferListIntent = (typeof OFFER_LIST_INTENTS)[number];

/**
 * What a submission of the list's action form asks for. Row buttons submit `intent` as
 * "<intent>:<offerId>"; the "still current" button for the selection submits "confirm-selected"
 * together with the ticked `offerIds`.
 */
export const OfferListCommandSchema = z.union([
  z.object({ intent: z.enum(OFFER_LIST_INTENTS), offerIds: z.tuple([IdSchema]) }),
  z.object({ intent: z.literal("confirm-selected"), offerIds: OfferIdListSchema }),
]);
export type OfferListCommand = z.infer<typeof OfferListCommandSchema>;

/** Reads a submission (FormData entries) into a command; ValidationError-ready zod result. */
export function readOfferListCommand(formData: FormData) {
  const raw = String(formData.get("intent") ?? "");
  if (raw === "confirm-selected") {
    const offerIds = [...new Set(formData.getAll("offerIds").map(String))];
    return OfferListCommandSchema.safeParse({ intent: raw, offerIds });
  }
  const separator = raw.indexOf(":");
  return OfferListCommandSchema.safeParse({ intent: raw.slice(0, separator), offerIds: [raw.slice(separator + 1)] });
}
