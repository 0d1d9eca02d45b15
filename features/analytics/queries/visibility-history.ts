// The reconstruction of visibility periods for offers that have none (issue 12): run once by
// migration 0021_offer_visibility_periods (its last two statements, verbatim — a test compares them)
// and by the seed after writing rows in their final state (an archived offer is inserted archived,
// so no trigger saw it published). A visible offer has been visible since its publication; an
// offer no longer visible was visible from its publication until the earliest recorded end.
// Kept free of "server-only": the seed runs it outside Next.

export const RECONSTRUCT_VISIBILITY_PERIODS_SQL: readonly string[] = [
  `INSERT INTO "OfferVisibilityPeriod" ("offerId", "fromAt")
SELECT o."id", IFNULL(o."publishedAt", o."createdAt")
FROM "Offer" o JOIN "Organization" g ON g."id" = o."organizationId"
WHERE o."status" = 'PUBLISHED' AND o."deletedAt" IS NULL AND o."staleHiddenAt" IS NULL AND g."status" = 'APPROVED' AND g."deletedAt" IS NULL
  AND NOT EXISTS (SELECT 1 FROM "OfferVisibilityPeriod" p WHERE p."offerId" = o."id");`,
  `INSERT INTO "OfferVisibilityPeriod" ("offerId", "fromAt", "untilAt")
SELECT e."id", e."fromAt", e."untilAt"
FROM (SELECT o."id", o."publishedAt" AS "fromAt", NULLIF(MIN(
        IFNULL(o."deletedAt", '9999-12-31'),
        IFNULL(o."staleHiddenAt", '9999-12-31'),
        CASE WHEN o."status" = 'ARCHIVED' THEN IFNULL(o."archivedAt", o."updatedAt") WHEN o."status" <> 'PUBLISHED' THEN o."updatedAt" ELSE '9999-12-31' END,
        IFNULL(g."deletedAt", '9999-12-31'),
        CASE WHEN g."status" <> 'APPROVED' THEN g."updatedAt" ELSE '9999-12-31' END), '9999-12-31') AS "untilAt"
      FROM "Offer" o JOIN "Organization" g ON g."id" = o."organizationId"
      WHERE o."publishedAt" IS NOT NULL AND (g."status" = 'APPROVED' OR g."approvedAt" IS NOT NULL)
        AND NOT EXISTS (SELECT 1 FROM "OfferVisibilityPeriod" p WHERE p."offerId" = o."id")) e
WHERE e."untilAt" IS NOT NULL AND e."untilAt" > e."fromAt";`,
];
