import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it.each([
    ["/de/konto", "/de/konto"],
    ["/en/account?tab=orgs#top", "/en/account?tab=orgs#top"],
    ["/de/angebote/../konto", "/de/konto"],
    ["/%5cevil.example/..", "/"],
    ["/de/angebote?q=a%2F%2Fb", "/de/angebote?q=a%2F%2Fb"],
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
    // Dot segments that resolve to a protocol-relative URL (issue 18: open redirect after login).
    "/..//evil.example",
    "/../..//evil.example",
    "/%2e%2e//evil.example",
    "/%2E%2E//evil.example",
    "/de/../..//evil.example",
    "/de/..//evil.example/de/konto",
    "/.//evil.example",
    "/%2e//evil.example",
    "/..%2F%2Fevil.example",
    "/%2F%2Fevil.example",
    "/%2f%2fevil.example",
    "/..\\evil.example",
    "/%5C%5Cevil.example",
    decodeURIComponent("%2F..%2F%2Fevil.example"),
  ])("rejects %j", (input) => {
    expect(safeCallbackUrl(input)).toBeNull();
  });

  it("rejects non-strings", () => {
    expect(safeCallbackUrl(undefined)).toBeNull();
    expect(safeCallbackUrl(["/de/konto"])).toBeNull();
  });
});
