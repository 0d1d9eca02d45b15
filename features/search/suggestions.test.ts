import { describe, expect, it } from "vitest";
import { emptyOfferSearch } from "./params/vocabulary";
import { offerSearchToParams, parseOfferSearch } from "./params/parse";
import { relaxations } from "./suggestions";

const parse = (qs: string) => {
  const sp = new URLSearchParams(qs);
  return parseOfferSearch(Object.fromEntries([...new Set(sp.keys())].map((k) => [k, sp.getAll(k)]))).query;
};
const summary = (qs: string, max?: number) => relaxations(parse(qs), max).map((r) => `${r.group}→${offerSearchToParams(r.query)}`);

describe("relaxations", () => {
  it("suggests nothing without filters", () => {
    expect(relaxations(emptyOfferSearch())).toEqual([]);
  });

  it("drops one filter group at a time, narrowest first", () => {
    expect(summary("kategorie=sport&datum=2026-11-10&kostenlos=1")).toEqual([
      "date→kategorie=sport&kostenlos=1",
      "categories→datum=2026-11-10&kostenlos=1",
      "free→kategorie=sport&datum=2026-11-10",
    ]);
  });

  it("with a keyword, first drops all date, weekday and time filters together, and offers the keyword alone", () => {
    expect(summary("q=turnen&datum=2026-11-10&tag=di&alter=5")).toEqual([
      "schedule→q=turnen&alter=5",
      "age→q=turnen&datum=2026-11-10&tag=di",
      "allButKeyword→q=turnen",
    ]);
  });

  it("never returns more than the maximum and resets the page", () => {
    const result = relaxations(parse("q=a&datum=2026-11-10&alter=5&stadtteil=x&kategorie=y&kostenlos=1&online=1&seite=4"), 4);
    expect(result).toHaveLength(4);
    expect(result.every((r) => r.query.page === 1)).toBe(true);
    expect(result.at(-1)?.group).toBe("allButKeyword");
  });

  it("drops a distance sort together with the place", () => {
    const [placeDrop] = relaxations(parse("ort=12345&umkreis=5&sortierung=entfernung"));
    expect(placeDrop.group).toBe("place");
    expect(placeDrop.query.sort).toBe("next");
  });
});
