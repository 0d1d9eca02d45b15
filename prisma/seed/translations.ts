import type Database from "better-sqlite3";
import { toSqlDateTime } from "@/lib/sql-dates";
import { FEATURED_OFFERS } from "./data/featured-offers";
import { DEMO_OFFER_TRANSLATIONS, MACHINE_TRANSLATED, type DemoTranslation } from "./data/offer-translations";

// The demo's content translations (issue 14): the hand-written demo offers in every interface
// language, so translated pages, notes and the search over translations can be seen after `npm run demo`.

export function writeDemoTranslations(db: Database.Database, now: Date): number {
  // The hand-written offer itself: generated offers may share its title, not its text.
  const findOffers = db.prepare(`SELECT id FROM "Offer" WHERE title = ? AND summary = ?`);
  const summaries = new Map(FEATURED_OFFERS.map((offer) => [offer.title, offer.summary]));
  const insert = db.prepare(
    `INSERT INTO "OfferTranslation" ("offerId", "locale", "title", "summary", "description", "source", "reviewed", "updatedAt")
     VALUES (?, ?, ?, ?, NULL, ?, ?, ?)`,
  );
  let written = 0;
  for (const [germanTitle, translations] of Object.entries(DEMO_OFFER_TRANSLATIONS)) {
    const machine = MACHINE_TRANSLATED[germanTitle] ?? [];
    for (const { id } of findOffers.all(germanTitle, summaries.get(germanTitle) ?? null) as { id: number }[]) {
      for (const [locale, text] of Object.entries(translations) as [keyof DemoTranslation, DemoTranslation[keyof DemoTranslation]][]) {
        const mark = machine.find((m) => m.locale === locale);
        insert.run(id, locale, text.title, text.summary, mark ? "MACHINE" : "HUMAN", mark && !mark.reviewed ? 0 : 1, toSqlDateTime(now));
        written += 1;
      }
    }
  }
  return written;
}
