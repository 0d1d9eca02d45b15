-- Database size (docs/PERFORMANCE.md "Seed", issue 17): the FTS5 index "OfferSearch" becomes
-- contentless. It was an external-content index over OfferSearchDocument, so every document's
-- normalized text was stored twice: once in the index (which bm25 and MATCH need) and once in the
-- document row (which only 'rebuild' and highlight/snippet need — the portal uses neither). At 100k
-- offers the document rows held ~68 MB of text. `contentless_delete=1` (SQLite 3.43+) lets rows be
-- deleted by rowid without their old text. OfferSearchDocument keeps offerId, the A–Z key and the
-- title (the editor's offer list matches titles with LIKE); features/search/fts.ts writes the index
-- rows itself, and deleting a document row (an offer's cascade, the trash) deletes its index row.

DROP TRIGGER "OfferSearchDocument_ai";
DROP TRIGGER "OfferSearchDocument_ad";
DROP TRIGGER "OfferSearchDocument_au";

CREATE VIRTUAL TABLE "OfferSearch_new" USING fts5(
    title, summary, description, provider, categories, place,
    content='', contentless_delete=1,
    tokenize='trigram remove_diacritics 1'
);
INSERT INTO "OfferSearch_new"(rowid, title, summary, description, provider, categories, place)
    SELECT "offerId", "title", "summary", "description", "provider", "categories", "place" FROM "OfferSearchDocument";
INSERT INTO "OfferSearch_new"("OfferSearch_new") VALUES ('optimize');
DROP TABLE "OfferSearch";
ALTER TABLE "OfferSearch_new" RENAME TO "OfferSearch";

ALTER TABLE "OfferSearchDocument" DROP COLUMN "provider";
ALTER TABLE "OfferSearchDocument" DROP COLUMN "categories";
ALTER TABLE "OfferSearchDocument" DROP COLUMN "place";
ALTER TABLE "OfferSearchDocument" DROP COLUMN "summary";
ALTER TABLE "OfferSearchDocument" DROP COLUMN "description";

CREATE TRIGGER "OfferSearchDocument_ad" AFTER DELETE ON "OfferSearchDocument" BEGIN
    DELETE FROM "OfferSearch" WHERE rowid = old."offerId";
END;
