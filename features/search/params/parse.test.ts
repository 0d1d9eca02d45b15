import { describe, expect, it } from "vitest";
import { emptyOfferSearch } from "./vocabulary";
import { offerSearchToParams, parseOfferSearch, parseProviderSearch, providerSearchToParams } from "./parse";

const sp = (search: string) => {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(search)) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
};

describe("parseOfferSearch", () => {
  it("reads every parameter", () => {
    const { query, ignored } = parseOfferSearch(
      sp(
        "q=+Kinder++turnen+&kategorie=sport&kategorie=musik&zielgruppe=kinder&alter=5&datum=2026-11-10&tag=di&tag=mo&zeit=abend&zeit=vormittag&stadtteil=nordstadt&ort=44135&umkreis=5&kostenlos=1&barrierefrei=on&online=1&ohneanmeldung=1&sprache=TR&sortierung=az&seite=3&ansicht=karte",
      ),
    );
    expect(ignored).toEqual([]);
    expect(query).toEqual({
      q: "Kinder turnen",
      categories: ["sport", "musik"],
      targetGroups: ["kinder"],
      age: 5,
      dateFrom: "2026-11-10",
      dateTo: "2026-11-10",
      weekdays: [1, 2],
      times: ["morning", "evening"],
      districts: ["nordstadt"],
      place: "44135",
      radiusKm: 5,
      free: true,
      wheelchair: true,
      online: true,
      noRegistration: true,
      languages: ["tr"],
      sort: "az",
      page: 3,
    });
  });

  it("defaults: relevance with a keyword, next date without", () => {
    expect(parseOfferSearch({}).query).toEqual(emptyOfferSearch());
    expect(parseOfferSearch({ q: "x" }).query.sort).toBe("relevance");
  });

  it("drops invalid values and names them", () => {
    const { query, ignored, truncated } = parseOfferSearch({
      umkreis: "abc",
      datum: "2026-13-45",
      alter: "-3",
      seite: "abc",
      q: "x".repeat(10_000),
      ort: ["A", "B"],
      kategorie: ["sport", "Ungültig!"],
      tag: "xx",
      zeit: "nachts",
      kostenlos: "vielleicht",
      sortierung: "random",
      sprache: "deutsch",
    });
    expect(query.radiusKm).toBeNull();
    expect(query.dateFrom).toBeNull();
    expect(query.age).toBeNull();
    expect(query.page).toBe(1);
    expect(query.q).toHaveLength(200);
    expect(query.place).toBe("A");
    expect(query.categories).toEqual(["sport"]);
    expect(query.weekdays).toEqual([]);
    expect(query.free).toBe(false);
    expect(query.languages).toEqual([]);
    expect(ignored.sort()).toEqual(
      ["alter", "datum", "kategorie", "kostenlos", "ort", "seite", "sortierung", "sprache", "tag", "umkreis", "zeit"].sort(),
    );
    // A too-long keyword is shortened and still searched for: reported as truncated, not ignored.
    expect(truncated).toEqual(["q"]);
  });

  it("keeps huge pages for clamping later and drops unknown slugs with a vocabulary", () => {
    expect(parseOfferSearch({ seite: "999999" }).query.page).toBe(999999);
    expect(parseOfferSearch({ seite: "9".repeat(40) }).query.page).toBe(Number.MAX_SAFE_INTEGER);
    const { query, ignored } = parseOfferSearch({ kategorie: ["sport", "nope"] }, { categories: ["sport"] });
    expect(query.categories).toEqual(["sport"]);
    expect(ignored).toEqual(["kategorie"]);
  });

  it("reads von/bis (swapped when reversed) and prefers datum", () => {
    expect(parseOfferSearch({ von: "2026-12-01", bis: "2026-11-01" }).query).toMatchObject({
      dateFrom: "2026-11-01",
      dateTo: "2026-12-01",
    });
    const both = parseOfferSearch({ datum: "2026-11-10", von: "2026-12-01" });
    expect(both.query).toMatchObject({ dateFrom: "2026-11-10", dateTo: "2026-11-10" });
    expect(both.ignored).toEqual(["von"]);
  });

  it("never throws on odd input", () => {
    const odd = [null, undefined, {}, { q: 5 }, { q: [1, 2] }, { kategorie: {} }, Object.create(null)] as unknown[];
    for (const value of odd) expect(() => parseOfferSearch(value as Record<string, string>)).not.toThrow();
  });
});

describe("offerSearchToParams", () => {
  it("round-trips and omits defaults", () => {
    const search =
      "q=turnen&kategorie=sport&alter=5&datum=2026-11-10&tag=di&zeit=nachmittag&ort=44135&umkreis=5&kostenlos=1&sortierung=datum&seite=2";
    const { query } = parseOfferSearch(sp(search));
    const params = offerSearchToParams(query);
    expect(parseOfferSearch(sp(params.toString())).query).toEqual(query);
    expect(offerSearchToParams(emptyOfferSearch()).toString()).toBe("");
    expect(offerSearchToParams({ ...emptyOfferSearch(), dateFrom: "2026-11-01", dateTo: "2026-11-30" }).toString()).toBe(
      "von=2026-11-01&bis=2026-11-30",
    );
  });
});

describe("provider search params", () => {
  it("parses and round-trips", () => {
    const { query, ignored } = parseProviderSearch({
      q: "verein",
      kategorie: "sport",
      traeger: ["verein", "kirche", "xx"],
      sortierung: "neu",
      seite: "2",
    });
    expect(query).toEqual({
      q: "verein",
      categories: ["sport"],
      districts: [],
      carrierTypes: ["ASSOCIATION", "CHURCH"],
      sort: "newest",
      page: 2,
    });
    expect(ignored).toEqual(["traeger"]);
    expect(parseProviderSearch(sp(providerSearchToParams(query).toString())).query).toEqual(query);
  });
});
