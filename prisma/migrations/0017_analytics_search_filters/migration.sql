-- Analytics (issue 12): the planner's filters (category, target group, district, postal code, free,
-- accessible) on the demand charts. Search counts per day, keyword, result flag, view and filter
-- "shape" (the filters a search used, with the ids their slugs named) — written with every search
-- and kept after the raw events expire, like AnalyticsDaily (features/analytics/record.ts, events.ts).

-- CreateTable
CREATE TABLE "AnalyticsSearchShape" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "filters" TEXT NOT NULL,
    "categoryIds" TEXT NOT NULL DEFAULT '[]',
    "targetGroupIds" TEXT NOT NULL DEFAULT '[]',
    "districtIds" TEXT NOT NULL DEFAULT '[]',
    "postalCode" TEXT,
    "free" BOOLEAN NOT NULL DEFAULT false,
    "accessible" BOOLEAN NOT NULL DEFAULT false
);

-- CreateTable
CREATE TABLE "AnalyticsSearchDaily" (
    "shapeId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "term" TEXT NOT NULL DEFAULT '',
    "zeroResult" BOOLEAN NOT NULL DEFAULT false,
    "view" TEXT NOT NULL DEFAULT 'list',
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("shapeId", "day", "term", "zeroResult", "view")
);

-- CreateIndex
CREATE UNIQUE INDEX "AnalyticsSearchShape_filters_key" ON "AnalyticsSearchShape"("filters");

-- CreateIndex: covering, per offer — offer views, contact clicks and downloads of the offers matching
-- a filter are read by probing each matching offer's days; provider rows (offerId 0) of a range are
-- one range of it, organisation included (features/analytics/queries/demand-sql.ts).
CREATE INDEX "AnalyticsDaily_metric_offerId_day_key_organizationId_count_idx" ON "AnalyticsDaily"("metric", "offerId", "day", "key", "organizationId", "count");

-- Backfill from the raw events still kept (days whose raw events already expired have only the
-- unfiltered daily counts). The same statements as DAILY_FROM_EVENTS_SQL's last three.
INSERT OR IGNORE INTO "AnalyticsSearchShape" ("filters", "categoryIds", "targetGroupIds", "districtIds", "postalCode", "free", "accessible")
   SELECT src."f", (SELECT json_group_array(t."id") FROM json_each(NULLIF(src."f", '')) j JOIN "Category" t ON j.value = 'kategorie=' || t."slug"), (SELECT json_group_array(t."id") FROM json_each(NULLIF(src."f", '')) j JOIN "TargetGroup" t ON j.value = 'zielgruppe=' || t."slug"), (SELECT json_group_array(t."id") FROM json_each(NULLIF(src."f", '')) j JOIN "District" t ON j.value = 'stadtteil=' || t."slug"),
          (SELECT substr(j.value, 5) FROM json_each(NULLIF(src."f", '')) j WHERE j.value GLOB 'ort=[0-9][0-9][0-9][0-9][0-9]' LIMIT 1),
          EXISTS (SELECT 1 FROM json_each(NULLIF(src."f", '')) j WHERE j.value = 'kostenlos'),
          EXISTS (SELECT 1 FROM json_each(NULLIF(src."f", '')) j WHERE j.value = 'barrierefrei')
   FROM (SELECT DISTINCT IFNULL("filters", '') AS "f" FROM "AnalyticsEvent" WHERE "type" = 'SEARCH' AND "day" BETWEEN '0000-01-01' AND '9999-12-31') src;

DELETE FROM "AnalyticsSearchDaily" WHERE "day" BETWEEN '0000-01-01' AND '9999-12-31';

INSERT INTO "AnalyticsSearchDaily" ("shapeId", "day", "term", "zeroResult", "view", "count")
   SELECT s."id", e."day", IFNULL(e."term", ''), e."zeroResult", IFNULL(e."view", 'list'), COUNT(*)
   FROM "AnalyticsEvent" e JOIN "AnalyticsSearchShape" s ON s."filters" = IFNULL(e."filters", '')
   WHERE e."type" = 'SEARCH' AND e."day" BETWEEN '0000-01-01' AND '9999-12-31'
   GROUP BY s."id", e."day", IFNULL(e."term", ''), e."zeroResult", IFNULL(e."view", 'list');
