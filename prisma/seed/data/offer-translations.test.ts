import { describe, expect, it } from "vitest";
import { TRANSLATION_LOCALES } from "@/lib/content-translation";
import { normalizeSearchText } from "@/features/search/normalize";
import { FEATURED_OFFERS } from "./featured-offers";
import { DEMO_OFFER_TRANSLATIONS, DEMO_ORGANIZATION_TRANSLATIONS, MACHINE_TRANSLATED } from "./offer-translations";

// The demo's offer translations belong to hand-written demo offers and cover every translation
// locale with a title and summary within the offer form's limits.

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
