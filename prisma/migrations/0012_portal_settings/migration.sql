-- Portal settings admins keep themselves (features/settings): favicon, contact and footer links.
ALTER TABLE "Settings" ADD COLUMN "faviconPath" TEXT;
ALTER TABLE "Settings" ADD COLUMN "contactAddress" TEXT;
ALTER TABLE "Settings" ADD COLUMN "contactPhone" TEXT;
ALTER TABLE "Settings" ADD COLUMN "footerLinks" TEXT NOT NULL DEFAULT '[]';

-- Old and new values of configuration changes (settings, vocabularies) for the audit log.
ALTER TABLE "AuditLog" ADD COLUMN "changes" TEXT;

-- Former slugs of categories: old search links keep finding the (renamed or merged) category.
CREATE TABLE "CategorySlugAlias" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "categoryId" INTEGER NOT NULL,
    CONSTRAINT "CategorySlugAlias_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "CategorySlugAlias_categoryId_idx" ON "CategorySlugAlias"("categoryId");

-- Search link bits without the id cliff (docs/PERFORMANCE.md "Link bits by term slot"). Until now bit n
-- of Offer."searchCategories" / "searchTargetGroups" meant category / target group id n, ids 1–30
-- only; terms with larger ids (a portal with more terms, or any term created after the seed) fell
-- back to the slower link-table path. Now every term holds a slot ("searchBit", 0–103, the smallest
-- free one, given by a trigger on insert and freed when the term is deleted) and the offer carries
-- two words per vocabulary: slot s < 52 is bit s of the first column, 52–103 bit s-52 of the second
-- (52 bits per word keep the values exact in JavaScript numbers). Only beyond 104 live terms of one
-- vocabulary does a term fall back to the link tables.
ALTER TABLE "Category" ADD COLUMN "searchBit" INTEGER;
ALTER TABLE "TargetGroup" ADD COLUMN "searchBit" INTEGER;
UPDATE "Category" SET "searchBit" = (SELECT COUNT(*) FROM "Category" c WHERE c."id" < "Category"."id");
UPDATE "Category" SET "searchBit" = NULL WHERE "searchBit" >= 104;
UPDATE "TargetGroup" SET "searchBit" = (SELECT COUNT(*) FROM "TargetGroup" g WHERE g."id" < "TargetGroup"."id");
UPDATE "TargetGroup" SET "searchBit" = NULL WHERE "searchBit" >= 104;
CREATE UNIQUE INDEX "Category_searchBit_key" ON "Category"("searchBit");
CREATE UNIQUE INDEX "TargetGroup_searchBit_key" ON "TargetGroup"("searchBit");

CREATE TRIGGER "Category_search_bit" AFTER INSERT ON "Category" WHEN new."searchBit" IS NULL BEGIN
    UPDATE "Category" SET "searchBit" = (
        SELECT MIN(s."n") FROM (SELECT 0 AS "n" UNION ALL SELECT "searchBit" + 1 FROM "Category" WHERE "searchBit" IS NOT NULL) s
        WHERE s."n" < 104 AND NOT EXISTS (SELECT 1 FROM "Category" x WHERE x."searchBit" = s."n")
    ) WHERE "id" = new."id";
END;

CREATE TRIGGER "TargetGroup_search_bit" AFTER INSERT ON "TargetGroup" WHEN new."searchBit" IS NULL BEGIN
    UPDATE "TargetGroup" SET "searchBit" = (
        SELECT MIN(s."n") FROM (SELECT 0 AS "n" UNION ALL SELECT "searchBit" + 1 FROM "TargetGroup" WHERE "searchBit" IS NOT NULL) s
        WHERE s."n" < 104 AND NOT EXISTS (SELECT 1 FROM "TargetGroup" x WHERE x."searchBit" = s."n")
    ) WHERE "id" = new."id";
END;

ALTER TABLE "Offer" ADD COLUMN "searchCategories2" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Offer" ADD COLUMN "searchTargetGroups2" INTEGER NOT NULL DEFAULT 0;

DROP TRIGGER "OfferCategory_search_ai";
DROP TRIGGER "OfferCategory_search_ad";
DROP TRIGGER "OfferCategory_search_au";
DROP TRIGGER "OfferTargetGroup_search_ai";
DROP TRIGGER "OfferTargetGroup_search_ad";
DROP TRIGGER "OfferTargetGroup_search_au";
UPDATE "Offer" SET "searchCategories" = (SELECT IFNULL(SUM(CASE WHEN t."searchBit" < 52 THEN 1 << t."searchBit" ELSE 0 END), 0) FROM "OfferCategory" l JOIN "Category" t ON t."id" = l."categoryId" WHERE l."offerId" = "Offer"."id"), "searchCategories2" = (SELECT IFNULL(SUM(CASE WHEN t."searchBit" BETWEEN 52 AND 103 THEN 1 << (t."searchBit" - 52) ELSE 0 END), 0) FROM "OfferCategory" l JOIN "Category" t ON t."id" = l."categoryId" WHERE l."offerId" = "Offer"."id");
UPDATE "Offer" SET "searchTargetGroups" = (SELECT IFNULL(SUM(CASE WHEN t."searchBit" < 52 THEN 1 << t."searchBit" ELSE 0 END), 0) FROM "OfferTargetGroup" l JOIN "TargetGroup" t ON t."id" = l."targetGroupId" WHERE l."offerId" = "Offer"."id"), "searchTargetGroups2" = (SELECT IFNULL(SUM(CASE WHEN t."searchBit" BETWEEN 52 AND 103 THEN 1 << (t."searchBit" - 52) ELSE 0 END), 0) FROM "OfferTargetGroup" l JOIN "TargetGroup" t ON t."id" = l."targetGroupId" WHERE l."offerId" = "Offer"."id");

CREATE TRIGGER "OfferCategory_search_ai" AFTER INSERT ON "OfferCategory" BEGIN
    UPDATE "Offer" SET "searchCategories" = "searchCategories" | (SELECT CASE WHEN t."searchBit" < 52 THEN 1 << t."searchBit" ELSE 0 END FROM "Category" t WHERE t."id" = new."categoryId"), "searchCategories2" = "searchCategories2" | (SELECT CASE WHEN t."searchBit" BETWEEN 52 AND 103 THEN 1 << (t."searchBit" - 52) ELSE 0 END FROM "Category" t WHERE t."id" = new."categoryId")
    WHERE "id" = new."offerId" AND ("searchCategories" | (SELECT CASE WHEN t."searchBit" < 52 THEN 1 << t."searchBit" ELSE 0 END FROM "Category" t WHERE t."id" = new."categoryId") <> "searchCategories" OR "searchCategories2" | (SELECT CASE WHEN t."searchBit" BETWEEN 52 AND 103 THEN 1 << (t."searchBit" - 52) ELSE 0 END FROM "Category" t WHERE t."id" = new."categoryId") <> "searchCategories2");
END;

CREATE TRIGGER "OfferCategory_search_ad" AFTER DELETE ON "OfferCategory" BEGIN
    UPDATE "Offer" SET "searchCategories" = (SELECT IFNULL(SUM(CASE WHEN t."searchBit" < 52 THEN 1 << t."searchBit" ELSE 0 END), 0) FROM "OfferCategory" l JOIN "Category" t ON t."id" = l."categoryId" WHERE l."offerId" = old."offerId"), "searchCategories2" = (SELECT IFNULL(SUM(CASE WHEN t."searchBit" BETWEEN 52 AND 103 THEN 1 << (t."searchBit" - 52) ELSE 0 END), 0) FROM "OfferCategory" l JOIN "Category" t ON t."id" = l."categoryId" WHERE l."offerId" = old."offerId")
    WHERE "id" = old."offerId";
END;

CREATE TRIGGER "OfferCategory_search_au" AFTER UPDATE ON "OfferCategory" BEGIN
    UPDATE "Offer" SET "searchCategories" = (SELECT IFNULL(SUM(CASE WHEN t."searchBit" < 52 THEN 1 << t."searchBit" ELSE 0 END), 0) FROM "OfferCategory" l JOIN "Category" t ON t."id" = l."categoryId" WHERE l."offerId" = "Offer"."id"), "searchCategories2" = (SELECT IFNULL(SUM(CASE WHEN t."searchBit" BETWEEN 52 AND 103 THEN 1 << (t."searchBit" - 52) ELSE 0 END), 0) FROM "OfferCategory" l JOIN "Category" t ON t."id" = l."categoryId" WHERE l."offerId" = "Offer"."id")
    WHERE "id" IN (old."offerId", new."offerId");
END;

CREATE TRIGGER "OfferTargetGroup_search_ai" AFTER INSERT ON "OfferTargetGroup" BEGIN
    UPDATE "Offer" SET "searchTargetGroups" = "searchTargetGroups" | (SELECT CASE WHEN t."searchBit" < 52 THEN 1 << t."searchBit" ELSE 0 END FROM "TargetGroup" t WHERE t."id" = new."targetGroupId"), "searchTargetGroups2" = "searchTargetGroups2" | (SELECT CASE WHEN t."searchBit" BETWEEN 52 AND 103 THEN 1 << (t."searchBit" - 52) ELSE 0 END FROM "TargetGroup" t WHERE t."id" = new."targetGroupId")
    WHERE "id" = new."offerId" AND ("searchTargetGroups" | (SELECT CASE WHEN t."searchBit" < 52 THEN 1 << t."searchBit" ELSE 0 END FROM "TargetGroup" t WHERE t."id" = new."targetGroupId") <> "searchTargetGroups" OR "searchTargetGroups2" | (SELECT CASE WHEN t."searchBit" BETWEEN 52 AND 103 THEN 1 << (t."searchBit" - 52) ELSE 0 END FROM "TargetGroup" t WHERE t."id" = new."targetGroupId") <> "searchTargetGroups2");
END;

CREATE TRIGGER "OfferTargetGroup_search_ad" AFTER DELETE ON "OfferTargetGroup" BEGIN
    UPDATE "Offer" SET "searchTargetGroups" = (SELECT IFNULL(SUM(CASE WHEN t."searchBit" < 52 THEN 1 << t."searchBit" ELSE 0 END), 0) FROM "OfferTargetGroup" l JOIN "TargetGroup" t ON t."id" = l."targetGroupId" WHERE l."offerId" = old."offerId"), "searchTargetGroups2" = (SELECT IFNULL(SUM(CASE WHEN t."searchBit" BETWEEN 52 AND 103 THEN 1 << (t."searchBit" - 52) ELSE 0 END), 0) FROM "OfferTargetGroup" l JOIN "TargetGroup" t ON t."id" = l."targetGroupId" WHERE l."offerId" = old."offerId")
    WHERE "id" = old."offerId";
END;

CREATE TRIGGER "OfferTargetGroup_search_au" AFTER UPDATE ON "OfferTargetGroup" BEGIN
    UPDATE "Offer" SET "searchTargetGroups" = (SELECT IFNULL(SUM(CASE WHEN t."searchBit" < 52 THEN 1 << t."searchBit" ELSE 0 END), 0) FROM "OfferTargetGroup" l JOIN "TargetGroup" t ON t."id" = l."targetGroupId" WHERE l."offerId" = "Offer"."id"), "searchTargetGroups2" = (SELECT IFNULL(SUM(CASE WHEN t."searchBit" BETWEEN 52 AND 103 THEN 1 << (t."searchBit" - 52) ELSE 0 END), 0) FROM "OfferTargetGroup" l JOIN "TargetGroup" t ON t."id" = l."targetGroupId" WHERE l."offerId" = "Offer"."id")
    WHERE "id" IN (old."offerId", new."offerId");
END;

-- The covering indexes carry the second words too, so a filter on any slot stays index-only.
DROP INDEX "Offer_search_idx";
CREATE INDEX "Offer_search_idx" ON "Offer"("status", "deletedAt", "organizationId", "endsAt", "nextListedAt", "publishedAt", "locationType", "isFree", "wheelchair", "registrationRequired", "districtId", "ageMin", "ageMax", "lat", "lng", "scheduleKind", "searchMode", "searchMask", "searchFrom", "searchUntil", "searchExceptionsFrom", "searchExceptionsUntil", "searchCategories", "searchTargetGroups", "searchCategories2", "searchTargetGroups2", "intervalWeeks", "searchExceptionCount");
DROP INDEX "Offer_visible_search_idx";
CREATE INDEX "Offer_visible_search_idx" ON "Offer"("organizationId", "endsAt", "locationType", "isFree", "wheelchair", "registrationRequired", "districtId", "ageMin", "ageMax", "lat", "lng", "scheduleKind", "searchMode", "searchMask", "searchFrom", "searchUntil", "searchExceptionsFrom", "searchExceptionsUntil", "searchCategories", "searchTargetGroups", "searchCategories2", "searchTargetGroups2", "intervalWeeks", "searchExceptionCount", "status", "deletedAt") WHERE "status" = 'PUBLISHED' AND "deletedAt" IS NULL;

-- Former versions of the legal texts (features/settings/legal-mutations.ts): publishing a new
-- version of the terms archives the old one here, readable at /nutzungsbedingungen?version=n.
CREATE TABLE "LegalTextVersion" (
    "kind" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL,

    PRIMARY KEY ("kind", "locale", "version")
);
