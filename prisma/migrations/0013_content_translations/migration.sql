-- Content translations (issue 14): an offer's title/summary/description and an organisation's
-- subline/summary/description per locale. German stays the text providers write; a translation is
-- shown to residents of its locale and is part of the offer's search document (features/search/fts.ts).
CREATE TABLE "OfferTranslation" (
    "offerId" INTEGER NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "description" TEXT,
    "source" TEXT NOT NULL DEFAULT 'HUMAN',
    "reviewed" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("offerId", "locale"),
    CONSTRAINT "OfferTranslation_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "OrganizationTranslation" (
    "organizationId" INTEGER NOT NULL,
    "locale" TEXT NOT NULL,
    "subline" TEXT,
    "summary" TEXT,
    "description" TEXT,
    "source" TEXT NOT NULL DEFAULT 'HUMAN',
    "reviewed" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("organizationId", "locale"),
    CONSTRAINT "OrganizationTranslation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
