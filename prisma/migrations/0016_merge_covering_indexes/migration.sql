-- Issues 12, 13 and 15 were built in parallel: 0012 widened the search index by the second link-bit
-- words, 0014 rebuilt it with "staleHiddenAt" (without those words), and 0011's planner index knew
-- neither. Both covering indexes get every column their queries read.
DROP INDEX IF EXISTS "Offer_search_idx";
CREATE INDEX "Offer_search_idx" ON "Offer"("status", "deletedAt", "organizationId", "endsAt", "nextListedAt", "publishedAt", "locationType", "isFree", "wheelchair", "registrationRequired", "districtId", "ageMin", "ageMax", "lat", "lng", "scheduleKind", "searchMode", "searchMask", "searchFrom", "searchUntil", "searchExceptionsFrom", "searchExceptionsUntil", "searchCategories", "searchTargetGroups", "searchCategories2", "searchTargetGroups2", "intervalWeeks", "searchExceptionCount", "staleHiddenAt");

DROP INDEX IF EXISTS "Offer_analytics_idx";
CREATE INDEX "Offer_analytics_idx" ON "Offer"("status", "deletedAt", "organizationId", "publishedAt", "createdAt", "endsAt", "districtId", "postalCode", "isFree", "wheelchair", "searchCategories", "searchTargetGroups", "searchCategories2", "searchTargetGroups2", "staleHiddenAt");
