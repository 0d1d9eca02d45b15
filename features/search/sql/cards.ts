import "server-only";
import type { OfferCard } from "../offer-card";
import { placeholders } from "./fragment";
import type { Run } from "./query";

type CardRow = {
  id: number | bigint;
  slug: string;
  title: string;
  summary: string | null;
  isFree: boolean | number | bigint;
  locationType: OfferCard["locationType"];
  city: string | null;
  nextOccurrenceAt: string | Date | null;
  scheduleKind: OfferCard["scheduleKind"];
  organizationName: string;
  organizationSlug: string;
  categories: string;
  translations: string;
};

/**
 * The cards of one page (`offerCardSelect`'s shape) in one statement: Prisma's nested select
 * issues one query per relation level, which cost more than the search itself. Categories are
 * ordered by id and translations by locale, as Prisma returns them.
 */
export async function loadCards(ids: number[], run: Run): Promise<OfferCard[]> {
  if (ids.length === 0) return [];
  const rows = await run<CardRow>(
    `SELECT c."id" AS id, c."slug" AS slug, c."title" AS title, c."summary" AS summary, c."isFree" AS isFree,
       c."locationType" AS locationType, c."city" AS city, c."nextOccurrenceAt" AS nextOccurrenceAt, c."scheduleKind" AS scheduleKind,
       org."name" AS organizationName, org."slug" AS organizationSlug,
       (SELECT json_group_array(json(x."category")) FROM (
          SELECT json_object('id', cat."id", 'name', cat."name", 'translations', json((
            SELECT json_group_array(json_object('locale', t."locale", 'name', t."name"))
            FROM (SELECT t0."locale", t0."name" FROM "CategoryTranslation" t0 WHERE t0."categoryId" = cat."id" ORDER BY t0."locale") t
          ))) AS "category"
          FROM "OfferCategory" oc JOIN "Category" cat ON cat."id" = oc."categoryId"
          WHERE oc."offerId" = c."id" ORDER BY cat."id"
       ) x) AS categories,
       (SELECT json_group_array(json_object('locale', ot."locale", 'title', ot."title", 'summary', ot."summary", 'source', ot."source", 'reviewed', ot."reviewed"))
          FROM (SELECT * FROM "OfferTranslation" ot0 WHERE ot0."offerId" = c."id" ORDER BY ot0."locale") ot) AS translations
     FROM "Offer" c JOIN "Organization" org ON org."id" = c."organizationId"
     WHERE c."id" IN (${placeholders(ids.length)})`,
    ids,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    isFree: typeof r.isFree === "boolean" ? r.isFree : Number(r.isFree) === 1,
    locationType: r.locationType,
    city: r.city,
    nextOccurrenceAt: r.nextOccurrenceAt === null ? null : new Date(r.nextOccurrenceAt),
    scheduleKind: r.scheduleKind,
    organization: { name: r.organizationName, slug: r.organizationSlug },
    categories: (JSON.parse(r.categories) as { id: number; name: string; translations: { locale: string; name: string }[] }[]).map(
      (category) => ({
        category,
      }),
    ),
    translations: (
      JSON.parse(r.translations) as {
        locale: string;
        title: string;
        summary: string | null;
        source: "HUMAN" | "MACHINE";
        reviewed: number | boolean;
      }[]
    ).map((t) => ({ ...t, reviewed: t.reviewed === true || t.reviewed === 1 })),
  }));
}
