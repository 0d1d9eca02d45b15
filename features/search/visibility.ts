import type { Prisma } from "@/generated/prisma/client";
import { toSqlDateTime } from "@/lib/sql-dates";

/**
 * The one visibility rule for everything public (search, map, counts, home, similar offers,
 * provider pages, JSON-LD, sitemap): published, not deleted, not hidden as stale ("veraltet", set by
 * the daily freshness job, features/freshness), of an approved, not deleted provider. `current`
 * additionally drops offers whose last date has passed. *
 * The triggers of migration 0021_offer_visibility_periods record when this rule (without `current`)
 * held for each offer, for the planner's supply history: a change of the rule needs a migration
 * that changes them too (a test compares them: features/analytics/visibility-periods.integration.test.ts).
 */
export function publishedOffersWhere({ now = new Date(), current = true }: { now?: Date; current?: boolean } = {}): Prisma.OfferWhereInput {
  return {
    status: "PUBLISHED",
    deletedAt: null,
    staleHiddenAt: null,
    organization: { status: "APPROVED", deletedAt: null },
    ...(current ? { OR: [{ endsAt: null }, { endsAt: { gte: now } }] } : {}),
  };
}

export function approvedOrganizationsWhere(): Prisma.OrganizationWhereInput {
  return { status: "APPROVED", deletedAt: null };
}

/**
 * The raw-SQL twin of `publishedOffersWhere` for hand-written queries (the search): a condition on
 * the Offer row `alias` plus its positional parameters. A test proves both select the same rows.
 * DateTimes are compared as Prisma stores them (text, lib/sql-dates.ts).
 */
export function publishedOffersSql(
  alias = "o",
  { now = new Date(), current = true }: { now?: Date; current?: boolean } = {},
): { sql: string; params: unknown[] } {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(alias)) throw new Error(`Invalid SQL alias "${alias}"`);
  const parts = [
    `${alias}."status" = 'PUBLISHED'`,
    `${alias}."deletedAt" IS NULL`,
    `${alias}."staleHiddenAt" IS NULL`,
    // A non-correlated IN (evaluated once) and IFNULL instead of "IS NULL OR" keep the search on
    // its covering index (Offer_search_idx); the meaning is the same as publishedOffersWhere.
    `${alias}."organizationId" IN (SELECT vis_org."id" FROM "Organization" vis_org WHERE vis_org."status" = 'APPROVED' AND vis_org."deletedAt" IS NULL)`,
  ];
  const params: unknown[] = [];
  if (current) {
    parts.push(`IFNULL(${alias}."endsAt", '9999-12-31') >= ?`);
    params.push(toSqlDateTime(now));
  }
  return { sql: `(${parts.join(" AND ")})`, params };
}
