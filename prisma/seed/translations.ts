import type Database from "better-sqlite3";
import { toSqlDateTime } from "@/lib/sql-dates";
import { CATALOGUE_OFFER_TRANSLATIONS } from "./data/catalogue-translations";
import { FEATURED_OFFERS } from "./data/featured-offers";
import {
  DEMO_OFFER_TRANSLATIONS,
  DEMO_ORGANIZATION_TRANSLATIONS,
  MACHINE_TRANSLATED,
  type DemoTranslation,
} from "./data/offer-translations";
import { TEMPLATES } from "./offer-input";

// The demo's content translations (issue 14): the hand-written demo offers and a part of the
// generated catalogue in every interface language, so translated pages, notes and the search over
// translations can be seen after `npm run demo`.

/** The German summary of the template that has this title (catalogue translations match title and summary). */
export function templateSummary(title: string): string | null {
  const templates = TEMPLATES.filter((template) => template.titles.includes(title));
  return templates.length === 1 ? templates[0].summary : null;
}

export function writeDemoTranslations(db: Database.Database, now: Date): number {
  // The hand-written offer itself: generated offers may share its title, not its text.
  const findOffers = db.prepare(`SELECT id FROM "Offer" WHERE title = ? AND summary = ?`);
  // Generated offers written from a template share its title and summary, and so its translation.
  const summaries = new Map<string, string | null>(FEATURED_OFFERS.map((offer) => [offer.title, offer.summary]));
  for (const title of Object.keys(CATALOGUE_OFFER_TRANSLATIONS)) summaries.set(title, templateSummary(title));
  const insert = db.prepare(
    `INSERT INTO "OfferTranslation" ("offerId", "locale", "title", "summary", "description", "source", "reviewed", "updatedAt")
     VALUES (?, ?, ?, ?, NULL, ?, ?, ?)`,
  );
  let written = 0;
  for (const [germanTitle, translations] of [...Object.entries(DEMO_OFFER_TRANSLATIONS), ...Object.entries(CATALOGUE_OFFER_TRANSLATIONS)]) {
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

/** The demo organisations' profile translations (see DEMO_ORGANIZATION_TRANSLATIONS). */
export function writeDemoOrganizationTranslations(db: Database.Database, now: Date): number {
  const find = db.prepare(`SELECT id FROM "Organization" WHERE slug = ?`);
  const insert = db.prepare(
    `INSERT INTO "OrganizationTranslation" ("organizationId", "locale", "subline", "summary", "description", "source", "reviewed", "updatedAt")
     VALUES (?, ?, ?, ?, NULL, 'HUMAN', 1, ?)`,
  );
  let written = 0;
  for (const [slug, translations] of Object.entries(DEMO_ORGANIZATION_TRANSLATIONS)) {
    const organization = find.get(slug) as { id: number } | undefined;
    if (!organization) continue;
    for (const [locale, text] of Object.entries(translations)) {
      insert.run(organization.id, locale, text.subline, text.summary, toSqlDateTime(now));
      written += 1;
    }
  }
  return written;
}
