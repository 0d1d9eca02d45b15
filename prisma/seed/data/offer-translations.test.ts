import { describe, expect, it } from "vitest";
import { TRANSLATION_LOCALES } from "@/lib/content-translation";
import { normalizeSearchText } from "@/features/search/normalize";
import { OFFER_LIMITS, OfferTranslationSchema } from "@/features/offers/schemas";
import { templateSummary } from "../translations";
import { CATALOGUE_OFFER_TRANSLATIONS } from "./catalogue-translations";
import { FEATURED_OFFERS } from "./featured-offers";
import { DEMO_OFFER_TRANSLATIONS, DEMO_ORGANIZATION_TRANSLATIONS, MACHINE_TRANSLATED } from "./offer-translations";

// The demo's offer translations belong to hand-written demo offers or to templates of the generated
// catalogue, and cover every translation locale with a title and summary within the offer form's limits.

describe("demo offer translations", () => {
  const featured = new Set(FEATURED_OFFERS.map((offer) => offer.title));

  it("translate existing demo offers into every locale but German", () => {
    for (const [title, translations] of Object.entries(DEMO_OFFER_TRANSLATIONS)) {
      expect(featured.has(title), title).toBe(true);
      expect(Object.keys(translations).sort()).toEqual([...TRANSLATION_LOCALES].sort());
      for (const [locale, text] of Object.entries(translations)) {
        expect(text.title.length, `${title} ${locale}`).toBeGreaterThan(3);
        expect(text.title.length, `${title} ${locale}`).toBeLessThanOrEqual(150);
        expect(text.summary.length, `${title} ${locale}`).toBeLessThanOrEqual(200);
        // A translation, not the German text copied.
        expect(normalizeSearchText(text.title), `${title} ${locale}`).not.toBe(normalizeSearchText(title));
      }
    }
    expect(Object.keys(DEMO_OFFER_TRANSLATIONS).length).toBe(FEATURED_OFFERS.length);
    for (const title of Object.keys(MACHINE_TRANSLATED)) expect(DEMO_OFFER_TRANSLATIONS[title], title).toBeDefined();
  });

  it("translate generated catalogue offers: each title belongs to one template and is no hand-written offer's", () => {
    for (const title of Object.keys(CATALOGUE_OFFER_TRANSLATIONS)) {
      expect(templateSummary(title), title).not.toBeNull();
      expect(title.includes("{"), title).toBe(false);
      expect(featured.has(title), title).toBe(false);
    }
  });

  it("carry at least 36 offers per language, each valid for the offer form's translation schema", () => {
    const all = { ...DEMO_OFFER_TRANSLATIONS, ...CATALOGUE_OFFER_TRANSLATIONS };
    expect(Object.keys(all).length).toBe(Object.keys(DEMO_OFFER_TRANSLATIONS).length + Object.keys(CATALOGUE_OFFER_TRANSLATIONS).length);
    for (const locale of TRANSLATION_LOCALES) {
      const texts = Object.entries(all).map(([title, translations]) => [title, translations[locale]] as const);
      expect(texts.filter(([, text]) => text !== undefined).length, locale).toBeGreaterThanOrEqual(36);
      for (const [title, text] of texts) {
        expect(text.title.length, `${title} ${locale}`).toBeLessThanOrEqual(OFFER_LIMITS.title);
        expect(text.summary.length, `${title} ${locale}`).toBeLessThanOrEqual(OFFER_LIMITS.summary);
        expect(text.summary.length, `${title} ${locale}`).toBeGreaterThan(20);
        expect(normalizeSearchText(text.title), `${title} ${locale}`).not.toBe(normalizeSearchText(title));
        expect(OfferTranslationSchema.safeParse({ locale, ...text }).success, `${title} ${locale}`).toBe(true);
      }
    }
  });

  it("translate the demo organisations' profiles into every locale but German, within the profile's limits", () => {
    for (const [slug, translations] of Object.entries(DEMO_ORGANIZATION_TRANSLATIONS)) {
      expect(Object.keys(translations).sort(), slug).toEqual([...TRANSLATION_LOCALES].sort());
      for (const text of Object.values(translations)) {
        expect(text.subline.length).toBeLessThanOrEqual(150);
        expect(text.summary.length).toBeLessThanOrEqual(200);
        expect(text.summary).not.toMatch(/<\s*[a-z!/?]/i);
      }
    }
  });
});
