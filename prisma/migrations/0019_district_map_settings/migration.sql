-- Map tiles: NULL means "the server's MAP_TILE_URL / MAP_TILE_ATTRIBUTION" (lib/env.ts), so the
-- environment stays the default until an admin sets a tile server in the map settings. Until now no
-- screen wrote these columns, so the former defaults become NULL.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Settings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "portalName" TEXT NOT NULL DEFAULT 'Chancenportal',
    "municipalityName" TEXT NOT NULL DEFAULT 'Musterstadt',
    "logoPath" TEXT,
    "faviconPath" TEXT,
    "primaryColor" TEXT NOT NULL DEFAULT '#1d4ed8',
    "accentColor" TEXT NOT NULL DEFAULT '#b45309',
    "introText" TEXT,
    "introTextEn" TEXT,
    "contactEmail" TEXT,
    "contactAddress" TEXT,
    "contactPhone" TEXT,
    "footerLinks" TEXT NOT NULL DEFAULT '[]',
    "requireOfferApproval" BOOLEAN NOT NULL DEFAULT false,
    "editorNotification" TEXT NOT NULL DEFAULT 'IMMEDIATE',
    "lastEditorDigestAt" DATETIME,
    "providerReminderMonths" INTEGER NOT NULL DEFAULT 6,
    "offerReminderMonths" INTEGER NOT NULL DEFAULT 6,
    "offerEndingReminderDays" INTEGER NOT NULL DEFAULT 14,
    "staleHideAfterDays" INTEGER NOT NULL DEFAULT 30,
    "mapCenterLat" REAL NOT NULL DEFAULT 51.5,
    "mapCenterLng" REAL NOT NULL DEFAULT 7.46,
    "mapZoom" INTEGER NOT NULL DEFAULT 12,
    "tileUrl" TEXT,
    "tileAttribution" TEXT,
    "termsVersion" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Settings" ("id", "portalName", "municipalityName", "logoPath", "faviconPath", "primaryColor", "accentColor", "introText", "introTextEn", "contactEmail", "contactAddress", "contactPhone", "footerLinks", "requireOfferApproval", "editorNotification", "lastEditorDigestAt", "providerReminderMonths", "offerReminderMonths", "offerEndingReminderDays", "staleHideAfterDays", "mapCenterLat", "mapCenterLng", "mapZoom", "tileUrl", "tileAttribution", "termsVersion", "updatedAt")
SELECT "id", "portalName", "municipalityName", "logoPath", "faviconPath", "primaryColor", "accentColor", "introText", "introTextEn", "contactEmail", "contactAddress", "contactPhone", "footerLinks", "requireOfferApproval", "editorNotification", "lastEditorDigestAt", "providerReminderMonths", "offerReminderMonths", "offerEndingReminderDays", "staleHideAfterDays", "mapCenterLat", "mapCenterLng", "mapZoom",
    NULLIF("tileUrl", 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
    NULLIF("tileAttribution", '© OpenStreetMap-Mitwirkende'),
    "termsVersion", "updatedAt"
FROM "Settings";
DROP TABLE "Settings";
ALTER TABLE "new_Settings" RENAME TO "Settings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
