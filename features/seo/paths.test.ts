import { describe, expect, it } from "vitest";
import { pageAlternates } from "./paths";

describe("pageAlternates", () => {
  it("names the canonical path and every language version, German as x-default", () => {
    expect(pageAlternates("/offers/[slug]", "en", { slug: "kinderturnen" })).toEqual({
      canonical: "/en/offers/kinderturnen",
      languages: {
        de: "/de/angebote/kinderturnen",
        en: "/en/offers/kinderturnen",
        tr: "/tr/offers/kinderturnen",
        ar: "/ar/offers/kinderturnen",
        uk: "/uk/offers/kinderturnen",
        ru: "/ru/offers/kinderturnen",
        "x-default": "/de/angebote/kinderturnen",
      },
    });
    expect(pageAlternates("/", "de")).toMatchObject({ canonical: "/de", languages: { en: "/en" } });
  });
});
