import { describe, expect, it } from "vitest";
import { SEARCH_PAGE_PATHS, withoutEmptyParams } from "./empty-params";

describe("withoutEmptyParams", () => {
  it("drops parameters without a value and keeps the rest in order", () => {
    const params = new URLSearchParams("q=&alter=&kategorie=sport&kategorie=&datum=%20&ansicht=karte&tag");
    expect(withoutEmptyParams(params)?.toString()).toBe("kategorie=sport&ansicht=karte");
    expect(withoutEmptyParams(new URLSearchParams("q=&alter="))?.toString()).toBe("");
  });

  it("leaves queries with names of Object.prototype alone", () => {
    expect(withoutEmptyParams(new URLSearchParams("constructor=-1&q="))).toBeNull();
    expect(withoutEmptyParams(new URLSearchParams("constructor=&constructor=-1"))).toBeNull();
    expect(withoutEmptyParams(new URLSearchParams("__proto__=&q=x"))).toBeNull();
    expect(withoutEmptyParams(new URLSearchParams("toString=1"))).toBeNull();
  });

  it("is null when nothing was empty or the cleaned query would be too long", () => {
    expect(withoutEmptyParams(new URLSearchParams("q=turnen&kategorie=sport"))).toBeNull();
    expect(withoutEmptyParams(new URLSearchParams())).toBeNull();
    expect(withoutEmptyParams(new URLSearchParams(`q=${"x".repeat(5000)}&alter=`))).toBeNull();
  });

  it("knows the search pages of every locale", () => {
    expect(SEARCH_PAGE_PATHS.has("/de/angebote")).toBe(true);
    expect(SEARCH_PAGE_PATHS.has("/en/providers")).toBe(true);
    expect(SEARCH_PAGE_PATHS.has("/de/angebote/kinderturnen")).toBe(false);
  });
});
