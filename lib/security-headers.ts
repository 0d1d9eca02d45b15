// Security headers for every response. The CSP allows only this site and the configured map tile
// host (MAP_TILE_URL, read at build/start time) — residents' browsers make no other third-party request.
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

export function contentSecurityPolicy(): string {
  const tiles = tileOrigin();
  const isDev = env().NODE_ENV === "development";
  const tileHosts = tiles ? ` ${tiles} ${tiles.replace("://", "://*.")}` : "";
  return [
    "default-src 'self'",
    // Next.js injects inline bootstrap scripts; dev mode additionally needs eval for fast refresh.
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
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

export function securityHeaders(): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy() },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" },
  ];
}
