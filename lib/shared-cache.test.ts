import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { invalidateSharedCache, sharedCached } from "./shared-cache";

describe("sharedCached", () => {
  beforeEach(() => {
    process.env.SHARED_CACHE_TTL_MS = "1000";
    invalidateSharedCache();
  });
  afterEach(() => {
    process.env.SHARED_CACHE_TTL_MS = "0";
    invalidateSharedCache();
  });

  it("shares one load within the TTL, reloads after it and after invalidation", async () => {
    let loads = 0;
    const load = async () => ++loads;
    expect(await Promise.all([sharedCached("k", load, { now: 0 }), sharedCached("k", load, { now: 10 })])).toEqual([1, 1]);
    expect(await sharedCached("k", load, { now: 999 })).toBe(1);
    expect(await sharedCached("k", load, { now: 1000 })).toBe(2);
    invalidateSharedCache();
    expect(await sharedCached("k", load, { now: 1001 })).toBe(3);
  });

  it("does not keep failures, and is off with a TTL of 0", async () => {
    await expect(sharedCached("bad", () => Promise.reject(new Error("x")), { now: 0 })).rejects.toThrow("x");
    expect(await sharedCached("bad", async () => "ok", { now: 1 })).toBe("ok");
    process.env.SHARED_CACHE_TTL_MS = "0";
    let loads = 0;
    await sharedCached("off", async () => ++loads);
    await sharedCached("off", async () => ++loads);
    expect(loads).toBe(2);
  });

  it("lets a value live longer with its own TTL, unless the environment sets one", async () => {
    delete process.env.SHARED_CACHE_TTL_MS;
    let loads = 0;
    const load = async () => ++loads;
    await sharedCached("long", load, { now: 0, ttlMs: 600_000 });
    expect(await sharedCached("long", load, { now: 599_999, ttlMs: 600_000 })).toBe(1);
    expect(await sharedCached("long", load, { now: 600_000, ttlMs: 600_000 })).toBe(2);
    // Values loaded while the environment sets a TTL get that one.
    process.env.SHARED_CACHE_TTL_MS = "1000";
    expect(await sharedCached("env", load, { now: 0, ttlMs: 600_000 })).toBe(3);
    expect(await sharedCached("env", load, { now: 1000, ttlMs: 600_000 })).toBe(4);
  });

  it("keeps at most 200 entries, dropping the oldest", async () => {
    for (let i = 0; i < 210; i++) await sharedCached(`n${i}`, async () => i, { now: 0 });
    let reloaded = false;
    await sharedCached("n0", async () => ((reloaded = true), 0), { now: 1 });
    expect(reloaded).toBe(true);
    let kept = true;
    await sharedCached("n209", async () => ((kept = false), 0), { now: 1 });
    expect(kept).toBe(true);
  });
});
