-- Issue 12: when each offer was publicly visible by status, so the planner's supply charts count the
-- past exactly (features/analytics/queries/supply-sql.ts). A period is open (untilAt NULL) while the
-- offer passes the visibility rule of features/search/visibility.ts without its own date window:
-- status PUBLISHED, not deleted, not stale-hidden, provider APPROVED and not deleted. The triggers
-- below keep the table on every write path (actions, Excel import, jobs, seeds, moderation).
-- previousUntilAt = the end of the offer's previous period (the gap before this one), so a week can
-- count an offer with several periods once. DateTimes in Prisma's text form (lib/sql-dates.ts).

CREATE TABLE "OfferVisibilityPeriod" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "offerId" INTEGER NOT NULL,
    "fromAt" DATETIME NOT NULL,
    "untilAt" DATETIME,
    "previousUntilAt" DATETIME,
    CONSTRAINT "OfferVisibilityPeriod_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "OfferVisibilityPeriod_offerId_fromAt_untilAt_previousUntilAt_idx" ON "OfferVisibilityPeriod"("offerId", "fromAt", "untilAt", "previousUntilAt");

-- The supply charts scan offers by their attributes (visibility comes from the periods): a covering
-- index without the status columns of Offer_analytics_idx, probed per offer into the one above.
CREATE INDEX "Offer_supply_idx" ON "Offer"("endsAt", "districtId", "postalCode", "isFree", "wheelchair", "searchCategories", "searchTargetGroups", "searchCategories2", "searchTargetGroups2", "publishedAt", "createdAt");

-- Offer inserted visible: the period starts at its publication (seeds and imports with a past
-- publishedAt; the rows' own clock, like the rule before this migration).
CREATE TRIGGER "Offer_visibility_ai" AFTER INSERT ON "Offer"
WHEN new."status" = 'PUBLISHED' AND new."deletedAt" IS NULL AND new."staleHiddenAt" IS NULL
  AND EXISTS (SELECT 1 FROM "Organization" g WHERE g."id" = new."organizationId" AND g."status" = 'APPROVED' AND g."deletedAt" IS NULL)
BEGIN
  INSERT INTO "OfferVisibilityPeriod" ("offerId", "fromAt")
  VALUES (new."id", IFNULL(new."publishedAt", new."createdAt"));
END;

-- Offer updated: close the open period when the offer stopped being visible; open one when it
-- became visible (a period closed at this very instant is continued instead). The start is now, or
-- the publishedAt this very write sets (seeds, first publication), but never before the last period.
CREATE TRIGGER "Offer_visibility_au" AFTER UPDATE OF "status", "deletedAt", "staleHiddenAt", "organizationId", "publishedAt" ON "Offer"
BEGIN
  UPDATE "OfferVisibilityPeriod" SET "untilAt" = strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
  WHERE "offerId" = new."id" AND "untilAt" IS NULL
    AND NOT (new."status" = 'PUBLISHED' AND new."deletedAt" IS NULL AND new."staleHiddenAt" IS NULL
      AND EXISTS (SELECT 1 FROM "Organization" g WHERE g."id" = new."organizationId" AND g."status" = 'APPROVED' AND g."deletedAt" IS NULL));
  DELETE FROM "OfferVisibilityPeriod" WHERE "offerId" = new."id" AND "untilAt" IS NOT NULL AND "fromAt" >= "untilAt";
  UPDATE "OfferVisibilityPeriod" SET "untilAt" = NULL
  WHERE "offerId" = new."id" AND "untilAt" >= strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
    AND NOT EXISTS (SELECT 1 FROM "OfferVisibilityPeriod" p WHERE p."offerId" = new."id" AND p."untilAt" IS NULL)
    AND new."status" = 'PUBLISHED' AND new."deletedAt" IS NULL AND new."staleHiddenAt" IS NULL
    AND EXISTS (SELECT 1 FROM "Organization" g WHERE g."id" = new."organizationId" AND g."status" = 'APPROVED' AND g."deletedAt" IS NULL);
  INSERT INTO "OfferVisibilityPeriod" ("offerId", "fromAt", "previousUntilAt")
  SELECT new."id", MAX(IFNULL(s."previous", ''), CASE
      WHEN new."publishedAt" IS NOT NULL AND old."publishedAt" IS NOT new."publishedAt"
      THEN new."publishedAt"
      ELSE strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now') END), s."previous"
  FROM (SELECT MAX(p."untilAt") AS "previous" FROM "OfferVisibilityPeriod" p WHERE p."offerId" = new."id") s
  WHERE NOT EXISTS (SELECT 1 FROM "OfferVisibilityPeriod" p WHERE p."offerId" = new."id" AND p."untilAt" IS NULL)
    AND new."status" = 'PUBLISHED' AND new."deletedAt" IS NULL AND new."staleHiddenAt" IS NULL
    AND EXISTS (SELECT 1 FROM "Organization" g WHERE g."id" = new."organizationId" AND g."status" = 'APPROVED' AND g."deletedAt" IS NULL);
END;

-- Provider blocked, rejected, deleted or approved (again): the same for all its offers.
CREATE TRIGGER "Organization_visibility_au" AFTER UPDATE OF "status", "deletedAt" ON "Organization"
BEGIN
  UPDATE "OfferVisibilityPeriod" SET "untilAt" = strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
  WHERE "untilAt" IS NULL AND NOT (new."status" = 'APPROVED' AND new."deletedAt" IS NULL)
    AND "offerId" IN (SELECT o."id" FROM "Offer" o WHERE o."organizationId" = new."id");
  DELETE FROM "OfferVisibilityPeriod"
  WHERE "untilAt" IS NOT NULL AND "fromAt" >= "untilAt" AND "offerId" IN (SELECT o."id" FROM "Offer" o WHERE o."organizationId" = new."id");
  UPDATE "OfferVisibilityPeriod" SET "untilAt" = NULL
  WHERE new."status" = 'APPROVED' AND new."deletedAt" IS NULL
    AND "untilAt" >= strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
    AND "offerId" IN (SELECT o."id" FROM "Offer" o WHERE o."organizationId" = new."id"
      AND o."status" = 'PUBLISHED' AND o."deletedAt" IS NULL AND o."staleHiddenAt" IS NULL)
    AND NOT EXISTS (SELECT 1 FROM "OfferVisibilityPeriod" p WHERE p."offerId" = "OfferVisibilityPeriod"."offerId" AND p."untilAt" IS NULL);
  INSERT INTO "OfferVisibilityPeriod" ("offerId", "fromAt", "previousUntilAt")
  SELECT s."id", MAX(IFNULL(s."previous", ''), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')), s."previous"
  FROM (SELECT o."id", (SELECT MAX(p."untilAt") FROM "OfferVisibilityPeriod" p WHERE p."offerId" = o."id") AS "previous"
        FROM "Offer" o
        WHERE o."organizationId" = new."id" AND o."status" = 'PUBLISHED' AND o."deletedAt" IS NULL AND o."staleHiddenAt" IS NULL
          AND NOT EXISTS (SELECT 1 FROM "OfferVisibilityPeriod" p WHERE p."offerId" = o."id" AND p."untilAt" IS NULL)) s
  WHERE new."status" = 'APPROVED' AND new."deletedAt" IS NULL;
END;

-- Backfill. History before this migration is reconstructed (docs/DECISIONS.md): a visible offer
-- has been visible since its publication; an offer no longer visible was visible from its
-- publication until the earliest recorded end (deleted, stale-hidden, archived, provider deleted,
-- and for other statuses or a provider no longer approved: the row's last change). Offers never
-- published (or of a provider never approved) get no period. The seed runs the same two statements
-- (features/analytics/queries/visibility-history.ts).
INSERT INTO "OfferVisibilityPeriod" ("offerId", "fromAt")
SELECT o."id", IFNULL(o."publishedAt", o."createdAt")
FROM "Offer" o JOIN "Organization" g ON g."id" = o."organizationId"
WHERE o."status" = 'PUBLISHED' AND o."deletedAt" IS NULL AND o."staleHiddenAt" IS NULL AND g."status" = 'APPROVED' AND g."deletedAt" IS NULL
  AND NOT EXISTS (SELECT 1 FROM "OfferVisibilityPeriod" p WHERE p."offerId" = o."id");
INSERT INTO "OfferVisibilityPeriod" ("offerId", "fromAt", "untilAt")
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
WHERE e."untilAt" IS NOT NULL AND e."untilAt" > e."fromAt";
