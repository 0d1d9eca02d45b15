import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it.each([
    ["/de/konto", "/de/konto"],
    ["/en/account?tab=orgs#top", "/en/account?tab=orgs#top"],
    ["/de/angebote/../konto", "/de/konto"],
  ])("keeps the same-site path %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "//evil.example/de/konto",
    "https://evil.example",
    "http://localhost:3000/de/konto",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "de/konto",
    "",
    "/" + "a".repeat(3000),
  ])("rejects %j", (input) => {
    expect(safeCallbackUrl(input)).toBeNull();
  });

  it("rejects non-strings", () => {
    expect(safeCallbackUrl(undefined)).toBeNull();
    expect(safeCallbackUrl(["/de/konto"])).toBeNull();
  });
});
