import { databaseUrl } from "@/lib/database-url";
import { env } from "@/lib/env";

// Data every visitor shares (filter option lists, category counts, the provider keyword index) is
// computed at most once per SHARED_CACHE_TTL_MS per server process and database, instead of once per
// request: better-sqlite3 is synchronous, so every millisecond a page spends in SQLite blocks all
// other requests.
//
// Staleness rule: a value is at most SHARED_CACHE_TTL_MS old (the provider keyword index: 10 min). Saves and moderation decisions made
// by this process drop every value at once (`invalidateSharedCache`, called by the action pipeline, lib/action.ts,
// whenever an action revalidates pages), so editors see their own change on the next request; writes by other processes
// (seed, imports run as scripts, the daily jobs) and offers expiring by date show within the TTL.

export const SHARED_CACHE_TTL_MS = 60_000;

/** The environment's SHARED_CACHE_TTL_MS for every value (0 turns the cache off: tests, e2e), else the value's own TTL. */
function ttl(own: number): number {
  return env().SHARED_CACHE_TTL_MS ?? own;
}

/** Keys can come from URLs (the markers' query strings): the oldest entries go beyond this many. */
const MAX_ENTRIES = 200;

type Entry = { expires: number; value: Promise<unknown> };

// On globalThis: Next.js bundles pages, route handlers and server actions separately, and each bundle
// would otherwise hold its own copy of this module — an action's invalidation must reach them all.
const globalKey = Symbol.for("chancenportal.sharedCache");
const holder = globalThis as typeof globalThis & { [globalKey]?: Map<string, Entry> };
const entries: Map<string, Entry> = (holder[globalKey] ??= new Map());

/**
 * `load()`'s value for `key`, shared by every request for the TTL (concurrent callers share one
 * load). `ttlMs` lengthens it for values that change only through this process's actions (which
 * invalidate them); default SHARED_CACHE_TTL_MS.
 */
export function sharedCached<T>(
  key: string,
  load: () => Promise<T>,
  { now = Date.now(), ttlMs = SHARED_CACHE_TTL_MS }: { now?: number; ttlMs?: number } = {},
): Promise<T> {
  const maxAge = ttl(ttlMs);
  if (maxAge === 0) return load();
  const fullKey = `${databaseUrl()}\n${key}`;
  const hit = entries.get(fullKey);
  if (hit && hit.expires > now) return hit.value as Promise<T>;
  const value = load();
  const entry: Entry = { expires: now + maxAge, value };
  entries.delete(fullKey);
  entries.set(fullKey, entry);
  // A Map iterates in insertion order: the first keys are the oldest.
  for (const oldest of entries.keys()) {
    if (entries.size <= MAX_ENTRIES) break;
    entries.delete(oldest);
  }
  // A failed load is not kept: the next request tries again.
  value.catch(() => {
    if (entries.get(fullKey) === entry) entries.delete(fullKey);
  });
  return value;
}

/** Drops every shared value (after a write that public pages show). */
export function invalidateSharedCache(): void {
  entries.clear();
}
