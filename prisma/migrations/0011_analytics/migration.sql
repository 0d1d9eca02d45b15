-- Analytics (issue 12): more event fields, the Berlin day of every event, and daily aggregates that
-- outlive the raw events (retention: features/analytics/retention.ts).

-- AlterTable
ALTER TABLE "AnalyticsEvent" ADD COLUMN "zeroResult" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "AnalyticsEvent" ADD COLUMN "view" TEXT;
ALTER TABLE "AnalyticsEvent" ADD COLUMN "contactKind" TEXT;
ALTER TABLE "AnalyticsEvent" ADD COLUMN "day" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "AnalyticsDaily" (
    "day" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "key" TEXT NOT NULL DEFAULT '',
    "offerId" INTEGER NOT NULL DEFAULT 0,
    "organizationId" INTEGER NOT NULL DEFAULT 0,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("metric", "day", "key", "offerId", "organizationId")
);

-- CreateIndex
CREATE INDEX "AnalyticsEvent_createdAt_idx" ON "AnalyticsEvent"("createdAt");

-- CreateIndex
CREATE INDEX "AnalyticsDaily_organizationId_metric_day_idx" ON "AnalyticsDaily"("organizationId", "metric", "day");

-- CreateIndex: covering index of the planner's supply charts (features/analytics/queries/supply-sql.ts).
CREATE INDEX "Offer_analytics_idx" ON "Offer"("status", "deletedAt", "organizationId", "publishedAt", "createdAt", "endsAt", "districtId", "postalCode", "isFree", "wheelchair", "searchCategories", "searchTargetGroups");
