import { describe, expect, it } from "vitest";
import { uniqueSlug } from "./slug";

describe("uniqueSlug", () => {
  it("takes the text's slug when free, else the first free suffix, else null", async () => {
    const taken = new Set(["fussball", "fussball-a"]);
    const options = { fallback: "eintrag", isTaken: (slug: string) => taken.has(slug) };
    expect(await uniqueSlug("Tanz", { ...options, suffixes: ["a"] })).toBe("tanz");
    expect(await uniqueSlug("Fußball", { ...options, suffixes: ["a", "b"] })).toBe("fussball-b");
    expect(await uniqueSlug("Fußball", { ...options, suffixes: ["a"] })).toBeNull();
    expect(await uniqueSlug("!!!", { ...options, suffixes: [] })).toBe("eintrag");
  });

  it("reads endless suffixes lazily and awaits async checks", async () => {
    function* counting() {
      for (let n = 2; ; n++) yield String(n);
    }
    const taken = new Set(["verein", "verein-2", "verein-3"]);
    expect(await uniqueSlug("Verein", { fallback: "x", suffixes: counting(), isTaken: async (slug) => taken.has(slug) })).toBe("verein-4");
  });
});
