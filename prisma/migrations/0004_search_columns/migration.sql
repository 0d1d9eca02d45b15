-- Search columns derived from the schedule rows (features/search/schedule-columns.ts), written on
-- every save through deriveOccurrenceFields. Existing rows keep the defaults ("unknown"), which the
-- search checks against the slot/date rows exactly, until they are saved again.
ALTER TABLE "Offer" ADD COLUMN "searchMode" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Offer" ADD COLUMN "searchMask" INTEGER NOT NULL DEFAULT 268435455;
ALTER TABLE "Offer" ADD COLUMN "searchFrom" TEXT;
ALTER TABLE "Offer" ADD COLUMN "searchUntil" TEXT;
ALTER TABLE "Offer" ADD COLUMN "searchExceptionsFrom" TEXT;
ALTER TABLE "Offer" ADD COLUMN "searchExceptionsUntil" TEXT;

-- The covering index of the search gains them, so date/weekday/time filters are decided in the index.
DROP INDEX "Offer_search_idx";
CREATE INDEX "Offer_search_idx" ON "Offer"("status", "deletedAt", "organizationId", "endsAt", "nextOccurrenceAt", "publishedAt", "locationType", "isFree", "wheelchair", "registrationRequired", "districtId", "ageMin", "ageMax", "lat", "lng", "scheduleKind", "searchMode", "searchMask", "searchFrom", "searchUntil", "searchExceptionsFrom", "searchExceptionsUntil");
