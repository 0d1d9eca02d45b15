-- Search speed (docs/PERFORMANCE.md "Search"):
-- 1. The visibility rule's list of approved providers (features/offers/visibility.ts) is read by every
--    search statement; with (status, deletedAt) it comes from the index alone instead of ~3,600 wide
--    Organization rows (at 100k offers 3–10 ms per statement → 0.3 ms).
-- 2. Category and target-group bits on Offer: bit n is set when the offer is linked to category
--    (target group) id n, for ids 1–30 (the values stay 32-bit integers). Kept by the triggers below
--    on every write of the link tables (Prisma, raw inserts, cascades), so the columns never go stale
--    (an insert sets its bit, a delete or update recomputes the offer's bits from its rows; they write
--    only when the value changes, and the seed inserts offers with the bits already set);
--    the search decides category/target-group filters on the covering index when every wanted id is
--    in 1–30 and falls back to the link tables otherwise.

-- CreateIndex
CREATE INDEX "Organization_status_deletedAt_idx" ON "Organization"("status", "deletedAt");

ALTER TABLE "Offer" ADD COLUMN "searchCategories" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Offer" ADD COLUMN "searchTargetGroups" INTEGER NOT NULL DEFAULT 0;

-- (offerId, categoryId) / (offerId, targetGroupId) are primary keys, so SUM of distinct bits = OR.
UPDATE "Offer" SET
  "searchCategories" = (SELECT IFNULL(SUM(1 << l."categoryId"), 0) FROM "OfferCategory" l WHERE l."offerId" = "Offer"."id" AND l."categoryId" BETWEEN 1 AND 30),
  "searchTargetGroups" = (SELECT IFNULL(SUM(1 << l."targetGroupId"), 0) FROM "OfferTargetGroup" l WHERE l."offerId" = "Offer"."id" AND l."targetGroupId" BETWEEN 1 AND 30);

CREATE TRIGGER "OfferCategory_search_ai" AFTER INSERT ON "OfferCategory" WHEN new."categoryId" BETWEEN 1 AND 30 BEGIN
    UPDATE "Offer" SET "searchCategories" = "searchCategories" | (1 << new."categoryId") WHERE "id" = new."offerId" AND ("searchCategories" & (1 << new."categoryId")) = 0;
END;

CREATE TRIGGER "OfferCategory_search_ad" AFTER DELETE ON "OfferCategory" BEGIN
    UPDATE "Offer" SET "searchCategories" = (SELECT IFNULL(SUM(1 << l."categoryId"), 0) FROM "OfferCategory" l WHERE l."offerId" = old."offerId" AND l."categoryId" BETWEEN 1 AND 30) WHERE "id" = old."offerId" AND "searchCategories" <> (SELECT IFNULL(SUM(1 << l."categoryId"), 0) FROM "OfferCategory" l WHERE l."offerId" = old."offerId" AND l."categoryId" BETWEEN 1 AND 30);
END;

CREATE TRIGGER "OfferCategory_search_au" AFTER UPDATE ON "OfferCategory" BEGIN
    UPDATE "Offer" SET "searchCategories" = (SELECT IFNULL(SUM(1 << l."categoryId"), 0) FROM "OfferCategory" l WHERE l."offerId" = "Offer"."id" AND l."categoryId" BETWEEN 1 AND 30) WHERE "id" IN (old."offerId", new."offerId") AND "searchCategories" <> (SELECT IFNULL(SUM(1 << l."categoryId"), 0) FROM "OfferCategory" l WHERE l."offerId" = "Offer"."id" AND l."categoryId" BETWEEN 1 AND 30);
END;

CREATE TRIGGER "OfferTargetGroup_search_ai" AFTER INSERT ON "OfferTargetGroup" WHEN new."targetGroupId" BETWEEN 1 AND 30 BEGIN
    UPDATE "Offer" SET "searchTargetGroups" = "searchTargetGroups" | (1 << new."targetGroupId") WHERE "id" = new."offerId" AND ("searchTargetGroups" & (1 << new."targetGroupId")) = 0;
END;

CREATE TRIGGER "OfferTargetGroup_search_ad" AFTER DELETE ON "OfferTargetGroup" BEGIN
    UPDATE "Offer" SET "searchTargetGroups" = (SELECT IFNULL(SUM(1 << l."targetGroupId"), 0) FROM "OfferTargetGroup" l WHERE l."offerId" = old."offerId" AND l."targetGroupId" BETWEEN 1 AND 30) WHERE "id" = old."offerId" AND "searchTargetGroups" <> (SELECT IFNULL(SUM(1 << l."targetGroupId"), 0) FROM "OfferTargetGroup" l WHERE l."offerId" = old."offerId" AND l."targetGroupId" BETWEEN 1 AND 30);
END;

CREATE TRIGGER "OfferTargetGroup_search_au" AFTER UPDATE ON "OfferTargetGroup" BEGIN
    UPDATE "Offer" SET "searchTargetGroups" = (SELECT IFNULL(SUM(1 << l."targetGroupId"), 0) FROM "OfferTargetGroup" l WHERE l."offerId" = "Offer"."id" AND l."targetGroupId" BETWEEN 1 AND 30) WHERE "id" IN (old."offerId", new."offerId") AND "searchTargetGroups" <> (SELECT IFNULL(SUM(1 << l."targetGroupId"), 0) FROM "OfferTargetGroup" l WHERE l."offerId" = "Offer"."id" AND l."targetGroupId" BETWEEN 1 AND 30);
END;

-- The covering index of the search gains the bits and intervalWeeks (every-n-weeks offers are decided
-- on the index for day-by-day ranges).
DROP INDEX "Offer_search_idx";
CREATE INDEX "Offer_search_idx" ON "Offer"("status", "deletedAt", "organizationId", "endsAt", "nextOccurrenceAt", "publishedAt", "locationType", "isFree", "wheelchair", "registrationRequired", "districtId", "ageMin", "ageMax", "lat", "lng", "scheduleKind", "searchMode", "searchMask", "searchFrom", "searchUntil", "searchExceptionsFrom", "searchExceptionsUntil", "searchCategories", "searchTargetGroups", "intervalWeeks");

-- A narrower covering index of the offers the visibility rule can show (published, not deleted) for
-- the statements that need no sort key (COUNT, map markers, distance order): without the status,
-- deletedAt, nextOccurrenceAt and publishedAt texts every entry is ~40 % smaller (at 100k offers a
-- COUNT over all published offers: ~20 % less CPU). Partial indexes cannot be declared in
-- schema.prisma, so `prisma migrate diff` lists it as drift — expected, like the FTS table.
CREATE INDEX "Offer_visible_search_idx" ON "Offer"("organizationId", "endsAt", "locationType", "isFree", "wheelchair", "registrationRequired", "districtId", "ageMin", "ageMax", "lat", "lng", "scheduleKind", "searchMode", "searchMask", "searchFrom", "searchUntil", "searchExceptionsFrom", "searchExceptionsUntil", "searchCategories", "searchTargetGroups", "intervalWeeks", "status", "deletedAt") WHERE "status" = 'PUBLISHED' AND "deletedAt" IS NULL;
