-- The number of exception days of an offer (features/search/schedule-columns.ts). With it the search
-- decides most weekly offers on the covering index for any date range: more fitting days in
-- validity ∩ range than the offer has exception days at all means one of them takes place; before,
-- every offer with an exception day ahead had its exceptions counted per search (~1.3 µs each,
-- ~25k offers at 100k).
ALTER TABLE "Offer" ADD COLUMN "searchExceptionCount" INTEGER NOT NULL DEFAULT 0;

UPDATE "Offer" SET "searchExceptionCount" = (SELECT COUNT(*) FROM "OfferException" e WHERE e."offerId" = "Offer"."id")
WHERE "id" IN (SELECT "offerId" FROM "OfferException");

DROP INDEX "Offer_search_idx";
CREATE INDEX "Offer_search_idx" ON "Offer"("status", "deletedAt", "organizationId", "endsAt", "nextOccurrenceAt", "publishedAt", "locationType", "isFree", "wheelchair", "registrationRequired", "districtId", "ageMin", "ageMax", "lat", "lng", "scheduleKind", "searchMode", "searchMask", "searchFrom", "searchUntil", "searchExceptionsFrom", "searchExceptionsUntil", "searchCategories", "searchTargetGroups", "intervalWeeks", "searchExceptionCount");

-- Partial index: not declared in schema.prisma (see 0006).
DROP INDEX "Offer_visible_search_idx";
CREATE INDEX "Offer_visible_search_idx" ON "Offer"("organizationId", "endsAt", "locationType", "isFree", "wheelchair", "registrationRequired", "districtId", "ageMin", "ageMax", "lat", "lng", "scheduleKind", "searchMode", "searchMask", "searchFrom", "searchUntil", "searchExceptionsFrom", "searchExceptionsUntil", "searchCategories", "searchTargetGroups", "intervalWeeks", "searchExceptionCount", "status", "deletedAt") WHERE "status" = 'PUBLISHED' AND "deletedAt" IS NULL;
