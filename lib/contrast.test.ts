import { describe, expect, it } from "vitest";
import { colorContrast, contrastRatio, formatRatio, mixHex, normalizeHex, relativeLuminance } from "./contrast";

describe("contrast", () => {
  it("measures the WCAG reference pairs", () => {
    expect(colorContrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(colorContrast("#ffffff", "#ffffff")).toBe(1);
    // Known values (WebAIM contrast checker).
    expect(colorContrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(colorContrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(colorContrast("#1d4ed8", "#ffffff")).toBeCloseTo(6.7, 1);
  });

  it("is symmetric and accepts #rgb", () => {
    expect(colorContrast("#fff", "#1e40af")).toBe(colorContrast("#1e40af", "#ffffff"));
    expect(contrastRatio(0, 1)).toBe(contrastRatio(1, 0));
  });

  it("refuses what is not a colour", () => {
    for (const value of ["", "red", "#12345", "#gggggg", "url(x)", "#fff; background:red"]) {
      expect(relativeLuminance(value)).toBeNull();
      expect(colorContrast(value, "#ffffff")).toBeNull();
      expect(normalizeHex(value)).toBeNull();
    }
    expect(normalizeHex(" #ABC ")).toBe("#aabbcc");
  });

  it("mixes like CSS color-mix in srgb", () => {
    expect(mixHex("#000000", "#ffffff", 0.5)).toBe("#808080");
    expect(mixHex("#1d4ed8", "#ffffff", 1)).toBe("#1d4ed8");
    expect(mixHex("#1d4ed8", "#ffffff", 0)).toBe("#ffffff");
    expect(mixHex("nope", "#ffffff", 0.5)).toBeNull();
  });

  it("never rounds a failing ratio up to the threshold", () => {
    expect(formatRatio(4.4999)).toBe("4.49");
    expect(formatRatio(21)).toBe("21.00");
  });
});
