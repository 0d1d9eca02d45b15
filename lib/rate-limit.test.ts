import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./rate-limit";

describe("clientIpFrom", () => {
  const h = (values: Record<string, string>) => new Headers(values);
  it("takes the last X-Forwarded-For entry (the address our proxy saw)", () => {
    expect(clientIpFrom(h({ "x-forwarded-for": "10.0.0.1, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientIpFrom(h({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
  });
  it("falls back to X-Real-IP, else null", () => {
    expect(clientIpFrom(h({ "x-real-ip": " 198.51.100.4 " }))).toBe("198.51.100.4");
    expect(clientIpFrom(h({}))).toBeNull();
    expect(clientIpFrom(h({ "x-forwarded-for": " , " }))).toBeNull();
  });
});
