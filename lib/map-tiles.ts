import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { contentSecurityPolicy } from "@/lib/security-headers";
import { sharedCached } from "@/lib/shared-cache";

// The map tile server every map uses: the admins' choice in the portal settings (Settings.tileUrl),
// else the server's MAP_TILE_URL. The Content-Security-Policy (lib/security-headers.ts, set per
// request in proxy.ts) allows exactly that host, so the tile host can change without a restart.

export type TileServer = { url: string; attribution: string };

/** The settings row's tile columns resolved against the environment's default. */
export function resolveTileServer(row: { tileUrl: string | null; tileAttribution: string | null } | null): TileServer {
  if (row?.tileUrl) return { url: row.tileUrl, attribution: row.tileAttribution ?? "" };
  return { url: env().MAP_TILE_URL, attribution: env().MAP_TILE_ATTRIBUTION };
}

/**
 * The current tile URL for the CSP of each page response. One indexed single-row read, shared by
 * every request through lib/shared-cache (dropped when an action saves, at most a minute old for
 * writes by other processes); static files never reach proxy.ts (its matcher), so they cost nothing.
 */
export async function currentTileUrl(): Promise<string> {
  return sharedCached("tileServer", async () => {
    const row = await prisma.settings.findUnique({ where: { id: 1 }, select: { tileUrl: true, tileAttribution: true } });
    return resolveTileServer(row).url;
  });
}

/** The Content-Security-Policy of a page response (proxy.ts): a fresh nonce and the current tile host. */
export async function pageContentSecurityPolicy(nonce: string): Promise<string> {
  // A failed read (database busy) must not fail the page: the environment's tile host then.
  return contentSecurityPolicy(nonce, await currentTileUrl().catch(() => undefined));
}
