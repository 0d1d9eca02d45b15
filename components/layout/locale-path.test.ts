import { describe, expect, it } from "vitest";
import { switchLocalePath } from "./locale-path";

describe("switchLocalePath", () => {
  it("maps localized pathnames and keeps the query string", () => {
    expect(switchLocalePath("/de/anbieter", "", "de", "en")).toBe("/en/providers");
    expect(switchLocalePath("/de/angebote", "q=kurs&kategorie=sport&kategorie=musik", "de", "en")).toBe(
      "/en/offers?q=kurs&kategorie=sport&kategorie=musik",
    );
    expect(switchLocalePath("/en/imprint", "?", "en", "de")).toBe("/de/impressum");
  });

  it("keeps dynamic segments", () => {
    expect(switchLocalePath("/de/angebote/kochkurs-2", "", "de", "en")).toBe("/en/offers/kochkurs-2");
    expect(switchLocalePath("/en/providers/verein-x", "seite=2", "en", "de")).toBe("/de/anbieter/verein-x?seite=2");
  });

  it("handles the home page and unknown paths", () => {
    expect(switchLocalePath("/de", "", "de", "en")).toBe("/en");
    expect(switchLocalePath("/de/", "", "de", "en")).toBe("/en");
    expect(switchLocalePath("/de/gibt/es/nicht", "", "de", "en")).toBe("/en/gibt/es/nicht");
  });
});
