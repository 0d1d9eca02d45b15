import { describe, expect, it } from "vitest";
import { emptyOfferSearch } from "../params/vocabulary";
import { offerSearchToParams, parseOfferSearch } from "../params/parse";
import { activeFilters, paramsToQuery, withoutFilters } from "./active-filters";

const parse = (qs: string) =>
  parseOfferSearch(Object.fromEntries([...new URLSearchParams(qs).keys()].map((k) => [k, new URLSearchParams(qs).getAll(k)]))).query;

describe("activeFilters", () => {
  it("lists nothing for the plain search", () => {
    expect(activeFilters(emptyOfferSearch())).toEqual([]);
  });

  it("gives one chip per value of a multi-select and removes only that value", () => {
    const query = parse("kategorie=sport&kategorie=musik&tag=di&seite=3");
    const chips = activeFilters(query);
    expect(chips.map((c) => c.key)).toEqual(["category:sport", "category:musik", "weekday:2"]);
    const withoutSport = chips[0].without;
    expect(withoutSport.categories).toEqual(["musik"]);
    expect(withoutSport.weekdays).toEqual([2]);
    // Removing a filter always goes back to the first page.
    expect(withoutSport.page).toBe(1);
    expect(offerSearchToParams(withoutSport).toString()).toBe("kategorie=musik&tag=di");
  });

  it("removes place and radius together and drops a distance sort that no longer applies", () => {
    const query = parse("ort=12345&umkreis=5&sortierung=entfernung&kostenlos=1");
    const place = activeFilters(query).find((c) => c.key === "place");
    expect(place?.filter).toEqual({ kind: "place", value: "12345", radiusKm: 5 });
    expect(offerSearchToParams(place!.without).toString()).toBe("kostenlos=1");
  });

  it("treats one day and a range as one date chip", () => {
    expect(activeFilters(parse("datum=2026-11-10")).map((c) => c.filter)).toEqual([{ kind: "date", from: "2026-11-10", to: "2026-11-10" }]);
    expect(activeFilters(parse("von=2026-11-01&bis=2026-11-30"))[0].filter).toEqual({ kind: "date", from: "2026-11-01", to: "2026-11-30" });
  });

  it("removes the keyword together with a relevance sort", () => {
    const query = parse("q=turnen&alter=5");
    const keyword = activeFilters(query).find((c) => c.key === "q")!;
    expect(keyword.without.sort).toBe("next");
    expect(offerSearchToParams(keyword.without).toString()).toBe("alter=5");
  });
});

describe("withoutFilters", () => {
  it("keeps a sort that still applies and nothing else", () => {
    const query = parse("q=x&kategorie=a&sortierung=az&seite=2&online=1&sprache=tr");
    expect(offerSearchToParams(withoutFilters(query)).toString()).toBe("sortierung=az");
  });
});

describe("paramsToQuery", () => {
  it("turns repeated keys into arrays", () => {
    expect(paramsToQuery(new URLSearchParams("a=1&b=2&b=3"))).toEqual({ a: "1", b: ["2", "3"] });
  });
});
