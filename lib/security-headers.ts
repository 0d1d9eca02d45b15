// Security headers for every response. The CSP allows only this site and the map tile host (the
// portal settings' tile URL, else MAP_TILE_URL; proxy.ts passes the current one per request) —
// residents' browsers make no other third-party request.
import { env } from "./env";
export function tileOrigin(tileUrl: string | undefined = env().MAP_TILE_URL): string | null {
  if (!tileUrl) return "https://tile.openstreetmap.org";
  try {
    const u = new URL(tileUrl.replace(/\{[a-z]\}/g, "a"));
    return u.origin;
  } catch {
    return null;
  }
}

/** The CSP sources of a tile URL template: its origin and subdomains ("{s}.host" → the host's subdomains). */
export function tileSources(tileUrl: string | undefined = env().MAP_TILE_URL): string {
  const subdomains = tileUrl?.match(/^https:\/\/\{s\}\.([^/{}?#:]+)/);
  if (subdomains) return ` https://*.${subdomains[1]}`;
  const origin = tileOrigin(tileUrl);
  return origin ? ` ${origin} ${origin.replace("://", "://*.")}` : "";
}

/**
 * The policy of one response. Pages get a fresh `nonce` per request (proxy.ts): Next.js reads it from
 * the request's CSP header and puts it on its own bootstrap and chunk scripts, so no inline script
 * without it runs ('strict-dynamic' lets those scripts load the chunks they need). Responses without
 * a nonce (API, errors) allow no inline script at all. Styles stay 'unsafe-inline': React and
 * Leaflet set style attributes, which nonces cannot cover.
 */
export function contentSecurityPolicy(nonce?: string, tileUrl?: string): string {
  const isDev = env().NODE_ENV === "development";
  const tileHosts = tileSources(tileUrl);
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self'";
  return [
    "default-src 'self'",
    // Dev mode additionally needs eval for fast refresh.
    `script-src ${scripts}${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tileHosts}`,
    "font-src 'self'",
    `connect-src 'self'${isDev ? " ws:" : ""}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce (16 random bytes, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** HSTS only when the portal is served over HTTPS (APP_URL): browsers then never try plain HTTP. */
export function strictTransportSecurity(appUrl: string | undefined = env().APP_URL): string | null {
  return appUrl?.startsWith("https://") ? "max-age=31536000; includeSubDomains" : null;
}

export function securityHeaders(): { key: string; value: string }[] {
  const hsts = strictTransportSecurity();
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy() },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" },
    ...(hsts ? [{ key: "Strict-Transport-Security", value: hsts }] : []),
  ];
}
