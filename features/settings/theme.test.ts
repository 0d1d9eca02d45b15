import { describe, expect, it } from "vitest";
import { colorContrast, MIN_TEXT_CONTRAST } from "@/lib/contrast";
import { DEFAULT_ACCENT, DEFAULT_PRIMARY, themeContrast, themeVariables } from "./theme";

describe("portal theme", () => {
  it("turns the colours into the theme's CSS variables", () => {
    const vars = themeVariables({ primaryColor: "#0F5132", accentColor: "#7c2d12" });
    expect(vars["--color-brand-700"]).toBe("#0f5132");
    expect(vars["--color-accent-700"]).toBe("#7c2d12");
    // The tint is lighter, the dark shade darker than the colour itself.
    expect(colorContrast(vars["--color-brand-50"], "#ffffff")!).toBeLessThan(1.2);
    expect(colorContrast(vars["--color-brand-800"], "#ffffff")!).toBeGreaterThan(colorContrast("#0f5132", "#ffffff")!);
  });

  it("never puts an invalid value into a style", () => {
    const vars = themeVariables({ primaryColor: "red;}body{display:none", accentColor: "" });
    expect(vars["--color-brand-700"]).toBe(DEFAULT_PRIMARY);
    expect(vars["--color-accent-700"]).toBe(DEFAULT_ACCENT);
  });

  it("the default colours pass the contrast rule; pale ones do not", () => {
    const defaults = themeContrast({ primaryColor: DEFAULT_PRIMARY, accentColor: DEFAULT_ACCENT });
    expect(defaults.primary!).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(defaults.accent!).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    const pale = themeContrast({ primaryColor: "#93c5fd", accentColor: "#fde68a" });
    expect(pale.primary!).toBeLessThan(MIN_TEXT_CONTRAST);
    expect(pale.accent!).toBeLessThan(MIN_TEXT_CONTRAST);
    expect(themeContrast({ primaryColor: "x", accentColor: "y" })).toEqual({ primary: null, accent: null });
  });
});
