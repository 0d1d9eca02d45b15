-- The key of the "soonest" order (Aktualität): nextOccurrenceAt, except that a permanent service
-- (opening hours) is listed at the end of the local day of its next opening, so the dated offers of
-- that day come first (features/offers/schedule.ts nextListedAt; written with every schedule save and
-- by the seed). The backfill below takes Berlin as UTC+1 (exact in winter, one hour late in summer);
-- `npm run jobs:daily` rewrites the key of every offer whose next date has passed, and any save
-- rewrites it exactly.
ALTER TABLE "Offer" ADD COLUMN "nextListedAt" DATETIME;

UPDATE "Offer" SET "nextListedAt" = CASE
  WHEN "nextOccurrenceAt" IS NULL THEN NULL
  WHEN "scheduleKind" = 'PERMANENT' THEN strftime('%Y-%m-%dT23:00:00.000+00:00', "nextOccurrenceAt", '+1 hours')
  ELSE "nextOccurrenceAt"
END;

CREATE INDEX "Offer_status_nextListedAt_idx" ON "Offer"("status", "nextListedAt");

-- The covering index reads the order key instead of nextOccurrenceAt (which the search never
-- filters on; the cards read it from the row).
DROP INDEX "Offer_search_idx";
CREATE INDEX "Offer_search_idx" ON "Offer"("status", "deletedAt", "organizationId", "endsAt", "nextListedAt", "publishedAt", "locationType", "isFree", "wheelchair", "registrationRequired", "districtId", "ageMin", "ageMax", "lat", "lng", "scheduleKind", "searchMode", "searchMask", "searchFrom", "searchUntil", "searchExceptionsFrom", "searchExceptionsUntil", "searchCategories", "searchTargetGroups", "intervalWeeks", "searchExceptionCount");

-- Writers that set nextOccurrenceAt without the key (tests, scripts, hand-made rows) get it from the
-- same formula; the save path and the seed write the exact value themselves, so these find nothing
-- to do for them (except moving a permanent service's key by the summer-time hour when its next
-- opening moves within the same day — harmless for the order).
CREATE TRIGGER "Offer_nextListedAt_ai" AFTER INSERT ON "Offer"
WHEN NEW."nextListedAt" IS NULL AND NEW."nextOccurrenceAt" IS NOT NULL BEGIN
    UPDATE "Offer" SET "nextListedAt" = CASE WHEN NEW."scheduleKind" = 'PERMANENT' THEN strftime('%Y-%m-%dT23:00:00.000+00:00', NEW."nextOccurrenceAt", '+1 hours') ELSE NEW."nextOccurrenceAt" END WHERE "id" = NEW."id";
END;

CREATE TRIGGER "Offer_nextListedAt_au" AFTER UPDATE OF "nextOccurrenceAt" ON "Offer"
WHEN NEW."nextListedAt" IS OLD."nextListedAt" AND NEW."nextOccurrenceAt" IS NOT OLD."nextOccurrenceAt" BEGIN
    UPDATE "Offer" SET "nextListedAt" = CASE WHEN NEW."nextOccurrenceAt" IS NULL THEN NULL WHEN NEW."scheduleKind" = 'PERMANENT' THEN strftime('%Y-%m-%dT23:00:00.000+00:00', NEW."nextOccurrenceAt", '+1 hours') ELSE NEW."nextOccurrenceAt" END WHERE "id" = NEW."id";
END;
