import { describe, expect, it } from "vitest";
import { escapeAttribution } from "./attribution";

// Leaflet writes the attribution with innerHTML: the admins' text must arrive as text.
describe("escapeAttribution", () => {
  it("escapes markup and quotes, keeps plain text", () => {
    expect(escapeAttribution('<img src=x onerror="alert(1)">')).toBe("&#60;img src=x onerror=&#34;alert(1)&#34;&#62;");
    expect(escapeAttribution("© OpenStreetMap-Mitwirkende & Stadt")).toBe("© OpenStreetMap-Mitwirkende &#38; Stadt");
  });
});
