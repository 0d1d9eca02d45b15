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
    expect(await Promise.all([sharedCached("k", load, 0), sharedCached("k", load, 10)])).toEqual([1, 1]);
    expect(await sharedCached("k", load, 999)).toBe(1);
    expect(await sharedCached("k", load, 1000)).toBe(2);
    invalidateSharedCache();
    expect(await sharedCached("k", load, 1001)).toBe(3);
  });

  it("does not keep failures, and is off with a TTL of 0", async () => {
    await expect(sharedCached("bad", () => Promise.reject(new Error("x")), 0)).rejects.toThrow("x");
    expect(await sharedCached("bad", async () => "ok", 1)).toBe("ok");
    process.env.SHARED_CACHE_TTL_MS = "0";
    let loads = 0;
    await sharedCached("off", async () => ++loads);
    await sharedCached("off", async () => ++loads);
    expect(loads).toBe(2);
  });

  it("keeps at most 200 entries, dropping the oldest", async () => {
    for (let i = 0; i < 210; i++) await sharedCached(`n${i}`, async () => i, 0);
    let reloaded = false;
    await sharedCached("n0", async () => ((reloaded = true), 0), 1);
    expect(reloaded).toBe(true);
    let kept = true;
    await sharedCached("n209", async () => ((kept = false), 0), 1);
    expect(kept).toBe(true);
  });
});
