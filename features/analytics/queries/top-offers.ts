import "server-only";
import { prisma } from "@/lib/db";
import type { AnalyticsFilter } from "../schemas";
import { TOP_LIMIT } from "./demand-sql";
import { offerAttributesSql } from "./supply-sql";

export type TopOfferRow = { offerId: number; title: string | null; provider: string | null; views: number };

/**
 * The most viewed offer pages in the range. The filter's offer attributes (category, target group,
 * district, postal code, free, accessible) apply to the offers as they are now; deleted offers
 * keep their count without a title.
 */
export async function topOffers(filter: AnalyticsFilter): Promise<TopOfferRow[]> {
  const attributes = offerAttributesSql(filter, "o");
  const restricted = attributes.params.length > 0 || filter.free || filter.accessible;
  const rows = await prisma.$queryRawUnsafe<{ offerId: number; n: number | bigint; title: string | null; provider: string | null }[]>(
    `SELECT t."offerId" AS "offerId", t.n AS n, o2."title" AS title, org."name" AS provider
     FROM (SELECT d."offerId" AS "offerId", SUM(d."count") AS n FROM "AnalyticsDaily" d
           WHERE d."metric" = 'OFFER_VIEW' AND d."day" BETWEEN ? AND ?
           ${restricted ? `AND d."offerId" IN (SELECT o."id" FROM "Offer" o WHERE ${attributes.sql})` : ""}
           GROUP BY d."offerId" ORDER BY n DESC, d."offerId" LIMIT ?) t
     LEFT JOIN "Offer" o2 ON o2."id" = t."offerId" LEFT JOIN "Organization" org ON org."id" = o2."organizationId"
     ORDER BY t.n DESC, t."offerId"`,
    filter.from,
    filter.to,
    ...(restricted ? attributes.params : []),
    TOP_LIMIT,
  );
  return rows.map((r) => ({ offerId: Number(r.offerId), title: r.title, provider: r.provider, views: Number(r.n) }));
}
