import { describe, expect, it } from "vitest";
import { normalizeSearchText, searchWords } from "./normalize";

describe("normalizeSearchText", () => {
  it("folds German spellings to one form", () => {
    expect(normalizeSearchText("Fußball")).toBe(normalizeSearchText("fussball"));
    expect(normalizeSearchText("Mädchen")).toBe("madchen");
    expect(normalizeSearchText("maedchen")).toBe("madchen");
    expect(normalizeSearchText("MÄDCHEN")).toBe("madchen");
    expect(normalizeSearchText("Übungsgruppe")).toBe(normalizeSearchText("uebungsgruppe"));
    expect(normalizeSearchText("Öffnungszeiten")).toBe(normalizeSearchText("oeffnungszeiten"));
    expect(normalizeSearchText("Café")).toBe("cafe");
    expect(normalizeSearchText("STRASSE")).toBe(normalizeSearchText("Straße"));
  });

  it("turns punctuation into single spaces", () => {
    expect(normalizeSearchText('  Kinder-Turnen: "Sport" (ab 5) * ^ ')).toBe("kinder turnen sport ab 5");
    expect(normalizeSearchText(null)).toBe("");
    expect(normalizeSearchText("***")).toBe("");
  });
});

describe("searchWords", () => {
  it("splits, de-duplicates and caps", () => {
    expect(searchWords("Turnen turnen TURNEN für Kinder")).toEqual(["turnen", "fur", "kinder"]);
    expect(searchWords("a b c d e f g h i j k l", 3)).toEqual(["a", "b", "c"]);
    expect(searchWords('NEAR AND OR -x "')).toEqual(["near", "and", "or", "x"]);
  });
});
