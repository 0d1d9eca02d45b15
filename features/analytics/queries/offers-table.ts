import "server-only";
import { prisma } from "@/lib/db";
import { toSqlDateTime } from "@/lib/sql-dates";
import type { AnalyticsFilter } from "../schemas";
import { PUBLISHED_AT, supplySql, SUPPLY_OFFERS } from "./supply-sql";

export const OFFERS_TABLE_PAGE_SIZE = 25;
/** Rows of the offers table's download at most (the file says when it was cut). */
export const OFFERS_TABLE_MAX_EXPORT = 50_000;

export type OfferTableRow = {
  id: number;
  slug: string;
  title: string;
  provider: string;
  district: string | null;
  postalCode: string | null;
  publishedAt: Date;
  endsAt: Date | null;
  current: boolean;
};

/**
 * The offers visible in the range (the same set every supply chart counts), current ones (visible
 * now and not ended) first, then past ones; newest publication first. `page` is 1-based; `pageSize` null = everything up to
 * OFFERS_TABLE_MAX_EXPORT (downloads).
 */
export async function offersTable(
  filter: AnalyticsFilter,
  { page = 1, pageSize = OFFERS_TABLE_PAGE_SIZE, now = new Date() }: { page?: number; pageSize?: number | null; now?: Date } = {},
): Promise<{ rows: OfferTableRow[]; total: number; page: number; pageSize: number }> {
  const where = supplySql(filter);
  const size = pageSize ?? OFFERS_TABLE_MAX_EXPORT;
  const [{ n }] = await prisma.$queryRawUnsafe<{ n: number | bigint }[]>(
    `SELECT COUNT(*) AS n FROM ${SUPPLY_OFFERS} WHERE ${where.sql}`,
    ...where.params,
  );
  const total = Number(n);
  const lastPage = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, page), lastPage);
  const nowSql = toSqlDateTime(now);
  // The order is decided on the covering index alone (ids, dates); only the page's rows are read.
  const page_ = await prisma.$queryRawUnsafe<{ id: number | bigint; current: number | bigint }[]>(
    `SELECT o."id" AS id, (IFNULL(o."endsAt", '9999-12-31') >= ?
        AND EXISTS (SELECT 1 FROM "OfferVisibilityPeriod" cp WHERE cp."offerId" = o."id" AND cp."untilAt" IS NULL)) AS current FROM ${SUPPLY_OFFERS}
     WHERE ${where.sql}
     ORDER BY current DESC, ${PUBLISHED_AT("o")} DESC, o."id" DESC LIMIT ? OFFSET ?`,
    nowSql,
    ...where.params,
    size,
    (current - 1) * size,
  );
  const ids = page_.map((r) => Number(r.id));
  const details =
    ids.length === 0
      ? []
      : await prisma.$queryRawUnsafe<
          {
            id: number;
            slug: string;
            title: string;
            provider: string;
            district: string | null;
            postalCode: string | null;
            p: string;
            endsAt: string | null;
          }[]
        >(
          `SELECT o."id" AS id, o."slug" AS slug, o."title" AS title, g."name" AS provider, d."name" AS district, o."postalCode" AS "postalCode",
                  ${PUBLISHED_AT("o")} AS p, o."endsAt" AS "endsAt"
           FROM "Offer" o JOIN "Organization" g ON g."id" = o."organizationId" LEFT JOIN "District" d ON d."id" = o."districtId"
           WHERE o."id" IN (${ids.map(() => "?").join(", ")})`,
          ...ids,
        );
  const byId = new Map(details.map((d) => [Number(d.id), d]));
  const rows = page_.flatMap((r) => {
    const d = byId.get(Number(r.id));
    return d ? [{ ...d, current: r.current }] : [];
  });
  return {
    rows: rows.map((r) => ({
      id: Number(r.id),
      slug: r.slug,
      title: r.title,
      provider: r.provider,
      district: r.district,
      postalCode: r.postalCode,
      publishedAt: new Date(r.p),
      endsAt: r.endsAt ? new Date(r.endsAt) : null,
      current: Number(r.current) === 1,
    })),
    total,
    page: current,
    pageSize: size,
  };
}
