import { describe, expect, it } from "vitest";
import { contrastRatio, relativeLuminance } from "@/lib/contrast";
import { badgeColors } from "./contrast";

describe("badgeColors", () => {
  it("puts white text on dark category colours", () => {
    expect(badgeColors("#1d4ed8")).toEqual({ background: "#1d4ed8", text: "#ffffff" });
  });

  it("puts dark text on light colours", () => {
    expect(badgeColors("#fde68a").text).toBe("#0f172a");
  });

  it("always reaches 4.5:1", () => {
    for (const color of ["#777777", "#808080", "#ff0000", "#00ff00", "#0000ff", "#b45309", "#be185d"]) {
      const { background, text } = badgeColors(color);
      expect(contrastRatio(relativeLuminance(background)!, relativeLuminance(text)!)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("falls back to the brand colour for missing or invalid colours", () => {
    expect(badgeColors(null).background).toBe("#1e40af");
    expect(badgeColors("red; background:url(x)").background).toBe("#1e40af");
  });
});
