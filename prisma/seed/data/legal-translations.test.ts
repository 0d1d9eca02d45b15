import { describe, expect, it } from "vitest";
import { LEGAL_TEXTS } from "./legal";
import { LEGAL_TRANSLATIONS } from "./legal-translations";

// The demo's legal texts for residents (issue 14): every page in every language, each saying as much
// as the German one (same paragraphs, same contact data), none a copy of the German text.
describe("demo legal translations", () => {
  const kinds = ["IMPRINT", "PRIVACY", "TERMS"] as const;
  const german = (kind: string) => LEGAL_TEXTS.find((t) => t.kind === kind && t.locale === "de")!;
  const paragraphs = (body: string) => body.split("\n\n");

  it.each(["tr", "ar", "uk", "ru"] as const)("%s has imprint, privacy policy and terms, paragraph by paragraph", (locale) => {
    for (const kind of kinds) {
      const text = LEGAL_TRANSLATIONS.find((t) => t.kind === kind && t.locale === locale);
      expect(text, `${kind} ${locale}`).toBeDefined();
      expect(paragraphs(text!.body)).toHaveLength(paragraphs(german(kind).body).length);
      expect(text!.title).not.toBe(german(kind).title);
      for (const paragraph of paragraphs(text!.body)) {
        // Contact data and the address are copied; the prose is not.
        if (/Musterstadt\n|@|0221/.test(paragraph)) continue;
        expect(paragraphs(german(kind).body)).not.toContain(paragraph);
      }
      for (const contact of ["chancenportal@musterstadt.example", "12345 Musterstadt"])
        if (german(kind).body.includes(contact)) expect(text!.body).toContain(contact);
    }
  });

  it("has one text per kind and language", () => {
    const keys = LEGAL_TRANSLATIONS.map((t) => `${t.kind}:${t.locale}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(12);
  });
});
