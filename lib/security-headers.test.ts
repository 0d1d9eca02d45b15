import { afterEach, describe, expect, it, vi } from "vitest";
import { contentSecurityPolicy, createNonce, securityHeaders, strictTransportSecurity, tileOrigin, tileSources } from "./security-headers";

function directives(csp: string): Map<string, string> {
  return new Map(
    csp.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values.join(" ")] as const;
    }),
  );
}

describe("tileSources", () => {
  it("allows the tile host and its subdomains; a {s} template allows the subdomains of the rest", () => {
    expect(tileSources("https://tile.openstreetmap.org/{z}/{x}/{y}.png")).toBe(
      " https://tile.openstreetmap.org https://*.tile.openstreetmap.org",
    );
    expect(tileSources("https://{s}.tiles.example.net/{z}/{x}/{y}.png")).toBe(" https://*.tiles.example.net");
    expect(tileSources("not a url")).toBe("");
  });

  it("the page policy takes the tile URL it is given (proxy.ts passes the portal settings' one)", () => {
    const csp = contentSecurityPolicy("abc", "https://tiles.example-city.de/{z}/{x}/{y}.png");
    expect(csp).toContain("img-src 'self' data: blob: https://tiles.example-city.de https://*.tiles.example-city.de;");
    expect(csp).not.toContain("openstreetmap");
  });
});

describe("tileOrigin", () => {
  it("derives the origin from a tile URL template", () => {
    expect(tileOrigin("https://tile.openstreetmap.org/{z}/{x}/{y}.png")).toBe("https://tile.openstreetmap.org");
    expect(tileOrigin("https://{s}.tiles.example.net/{z}/{x}/{y}.png")).toBe("https://a.tiles.example.net");
    expect(tileOrigin(undefined)).toBe("https://tile.openstreetmap.org");
    expect(tileOrigin("not a url")).toBeNull();
  });
});

describe("contentSecurityPolicy", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("forbids framing, plugins and foreign scripts, and allows the tile host for images only", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("MAP_TILE_URL", "https://tiles.example.net/{z}/{x}/{y}.png");
    const csp = directives(contentSecurityPolicy());
    expect(csp.get("default-src")).toBe("'self'");
    expect(csp.get("frame-ancestors")).toBe("'none'");
    expect(csp.get("object-src")).toBe("'none'");
    expect(csp.get("base-uri")).toBe("'self'");
    expect(csp.get("form-action")).toBe("'self'");
    expect(csp.get("script-src")).toBe("'self'");
    expect(csp.get("connect-src")).toBe("'self'");
    expect(csp.get("img-src")).toContain("https://tiles.example.net");
    expect(csp.get("script-src")).not.toContain("tiles.example.net");
  });

  it("allows inline scripts only with the request's nonce, never 'unsafe-inline'", () => {
    vi.stubEnv("NODE_ENV", "production");
    const nonce = createNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(nonce);
    const csp = directives(contentSecurityPolicy(nonce));
    expect(csp.get("script-src")).toBe(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp.get("script-src")).not.toContain("unsafe-inline");
  });

  it("allows eval and websockets only in development (fast refresh)", () => {
    vi.stubEnv("NODE_ENV", "development");
    const csp = directives(contentSecurityPolicy());
    expect(csp.get("script-src")).toContain("'unsafe-eval'");
    expect(csp.get("connect-src")).toContain("ws:");
  });

  it("leaves out an unparsable tile host instead of widening img-src", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("MAP_TILE_URL", "::::");
    expect(directives(contentSecurityPolicy()).get("img-src")).toBe("'self' data: blob:");
  });
});

describe("securityHeaders", () => {
  it("sets the standard hardening headers", () => {
    const headers = Object.fromEntries(securityHeaders().map((h) => [h.key, h.value]));
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(headers["Permissions-Policy"]).toContain("camera=()");
  });

  it("adds HSTS only when the portal is served over HTTPS", () => {
    expect(strictTransportSecurity("https://chancen.example")).toBe("max-age=31536000; includeSubDomains");
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
  });
});
