-- Offer search: a normalized search document per offer (modelled in schema.prisma) and an FTS5
-- trigram index over it. The FTS5 table and its triggers are not modelled by Prisma
-- (`prisma migrate diff` reports the FTS shadow tables as drift; see docs/DECISIONS.md "Search").

-- CreateTable
CREATE TABLE "OfferSearchDocument" (
    "offerId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "titleKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "categories" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    CONSTRAINT "OfferSearchDocument_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "OfferSearchDocument_offerId_titleKey_idx" ON "OfferSearchDocument"("offerId", "titleKey");

-- CreateIndex
CREATE INDEX "Offer_search_idx" ON "Offer"("status", "deletedAt", "organizationId", "endsAt", "nextOccurrenceAt", "publishedAt", "locationType", "isFree", "wheelchair", "registrationRequired", "districtId", "ageMin", "ageMax", "lat", "lng", "scheduleKind");

-- CreateIndex
CREATE INDEX "Offer_id_intervalWeeks_idx" ON "Offer"("id", "intervalWeeks");

-- CreateIndex
CREATE INDEX "OfferSlot_search_idx" ON "OfferSlot"("weekday", "startMinute", "endMinute", "validFrom", "validUntil", "offerId");

-- CreateIndex
CREATE INDEX "OfferDate_search_idx" ON "OfferDate"("date", "offerId", "startMinute", "endMinute");

-- Full-text index (external content: the text lives once, in OfferSearchDocument). Text is already
-- normalized in JS (features/search/normalize.ts); trigrams give substring matches.
CREATE VIRTUAL TABLE "OfferSearch" USING fts5(
    title, summary, description, provider, categories, place,
    content='OfferSearchDocument', content_rowid='offerId',
    tokenize='trigram remove_diacritics 1'
);

CREATE TRIGGER "OfferSearchDocument_ai" AFTER INSERT ON "OfferSearchDocument" BEGIN
    INSERT INTO "OfferSearch"(rowid, title, summary, description, provider, categories, place)
    VALUES (new."offerId", new."title", new."summary", new."description", new."provider", new."categories", new."place");
END;

CREATE TRIGGER "OfferSearchDocument_ad" AFTER DELETE ON "OfferSearchDocument" BEGIN
    INSERT INTO "OfferSearch"("OfferSearch", rowid, title, summary, description, provider, categories, place)
    VALUES ('delete', old."offerId", old."title", old."summary", old."description", old."provider", old."categories", old."place");
END;

CREATE TRIGGER "OfferSearchDocument_au" AFTER UPDATE ON "OfferSearchDocument" BEGIN
    INSERT INTO "OfferSearch"("OfferSearch", rowid, title, summary, description, provider, categories, place)
    VALUES ('delete', old."offerId", old."title", old."summary", old."description", old."provider", old."categories", old."place");
    INSERT INTO "OfferSearch"(rowid, title, summary, description, provider, categories, place)
    VALUES (new."offerId", new."title", new."summary", new."description", new."provider", new."categories", new."place");
END;
