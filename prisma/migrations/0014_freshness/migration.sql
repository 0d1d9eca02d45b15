-- Freshness (issue 15): stale-hidden and archived offers, reminder bookkeeping, one-click links,
-- the intervals in the settings and the providers' choice of immediate or weekly reminders.

ALTER TABLE "Offer" ADD COLUMN "staleHiddenAt" DATETIME;
ALTER TABLE "Offer" ADD COLUMN "archivedAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "reminderMode" TEXT NOT NULL DEFAULT 'IMMEDIATE';
ALTER TABLE "Settings" ADD COLUMN "offerEndingReminderDays" INTEGER NOT NULL DEFAULT 14;
ALTER TABLE "Settings" ADD COLUMN "staleHideAfterDays" INTEGER NOT NULL DEFAULT 30;

-- The confirmation clock starts at the last change for rows nobody has confirmed yet.
UPDATE "Offer" SET "lastConfirmedAt" = "updatedAt" WHERE "lastConfirmedAt" IS NULL;
UPDATE "Organization" SET "lastConfirmedAt" = "updatedAt" WHERE "lastConfirmedAt" IS NULL;

-- The visibility rule reads staleHiddenAt: keep the search on its covering index.
DROP INDEX "Offer_search_idx";
CREATE INDEX "Offer_search_idx" ON "Offer"("status", "deletedAt", "organizationId", "endsAt", "nextListedAt", "publishedAt", "locationType", "isFree", "wheelchair", "registrationRequired", "districtId", "ageMin", "ageMax", "lat", "lng", "scheduleKind", "searchMode", "searchMask", "searchFrom", "searchUntil", "searchExceptionsFrom", "searchExceptionsUntil", "searchCategories", "searchTargetGroups", "intervalWeeks", "searchExceptionCount", "staleHiddenAt");

CREATE TABLE "FreshnessNotice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "rule" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "offerId" INTEGER,
    "organizationId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FreshnessNotice_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FreshnessNotice_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "FreshnessNotice_rule_subjectKey_periodKey_key" ON "FreshnessNotice"("rule", "subjectKey", "periodKey");
CREATE INDEX "FreshnessNotice_organizationId_createdAt_idx" ON "FreshnessNotice"("organizationId", "createdAt");
CREATE INDEX "FreshnessNotice_offerId_idx" ON "FreshnessNotice"("offerId");

CREATE TABLE "FreshnessToken" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tokenHash" TEXT NOT NULL,
    "offerId" INTEGER,
    "organizationId" INTEGER,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FreshnessToken_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FreshnessToken_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "FreshnessToken_tokenHash_key" ON "FreshnessToken"("tokenHash");
CREATE INDEX "FreshnessToken_offerId_idx" ON "FreshnessToken"("offerId");
CREATE INDEX "FreshnessToken_organizationId_idx" ON "FreshnessToken"("organizationId");
