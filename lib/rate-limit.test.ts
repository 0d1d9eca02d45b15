import { describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER } from "./peer-address";
import { clientIpFrom } from "./rate-limit";

describe("clientIpFrom", () => {
  const h = (values: Record<string, string>) => new Headers(values);

  it("without trusted proxies uses the socket address and ignores forged forwarding headers", () => {
    const forged = h({ "x-forwarded-for": "203.0.113.9", "x-real-ip": "198.51.100.4", [PEER_ADDRESS_HEADER]: "192.0.2.50" });
    expect(clientIpFrom(forged, 0)).toBe("192.0.2.50");
    expect(clientIpFrom(h({ "x-forwarded-for": "203.0.113.9" }), 0)).toBeNull();
  });

  it("behind one proxy takes the last X-Forwarded-For entry (the address the proxy saw)", () => {
    expect(clientIpFrom(h({ "x-forwarded-for": "10.0.0.1, 203.0.113.9" }), 1)).toBe("203.0.113.9");
    expect(clientIpFrom(h({ "x-forwarded-for": "203.0.113.9" }), 1)).toBe("203.0.113.9");
  });

  it("behind two proxies skips the inner proxy's entry; a client's own prefix never counts", () => {
    expect(clientIpFrom(h({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2" }), 2)).toBe("203.0.113.9");
    expect(clientIpFrom(h({ "x-forwarded-for": "203.0.113.9" }), 2)).toBe("203.0.113.9");
  });

  it("falls back to X-Real-IP, then the socket address, else null", () => {
    expect(clientIpFrom(h({ "x-real-ip": " 198.51.100.4 " }), 1)).toBe("198.51.100.4");
    expect(clientIpFrom(h({ [PEER_ADDRESS_HEADER]: "192.0.2.50" }), 1)).toBe("192.0.2.50");
    expect(clientIpFrom(h({}), 1)).toBeNull();
    expect(clientIpFrom(h({ "x-forwarded-for": " , " }), 1)).toBeNull();
  });
});
