import { afterEach, describe, expect, it, vi } from "vitest";

// Each case loads a fresh copy of the module with its own environment.
async function loadEnv(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(vars)) vi.stubEnv(key, value);
  return import("./env");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("environment validation", () => {
  it("refuses to start in production without AUTH_SECRET", async () => {
    const { assertProductionEnv } = await loadEnv({ NODE_ENV: "production", AUTH_SECRET: "", NEXT_PHASE: "" });
    expect(() => assertProductionEnv()).toThrow(/AUTH_SECRET is required/);
  });

  it("refuses a secret that is too short", async () => {
    const { env } = await loadEnv({ NODE_ENV: "production", AUTH_SECRET: "short" });
    expect(() => env()).toThrow(/AUTH_SECRET/);
  });

  it("refuses to start in production without APP_URL (mailed links never follow the Host header)", async () => {
    const { assertProductionEnv } = await loadEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), APP_URL: "", NEXT_PHASE: "" });
    expect(() => assertProductionEnv()).toThrow(/APP_URL is required/);
  });

  it("builds public links from APP_URL, or localhost on PORT outside production", async () => {
    let loaded = await loadEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), APP_URL: "https://chancen.example/" });
    expect(loaded.publicBaseUrl()).toBe("https://chancen.example");
    loaded = await loadEnv({ NODE_ENV: "development", APP_URL: "", PORT: "8080" });
    expect(loaded.publicBaseUrl()).toBe("http://localhost:8080");
  });

  it("starts in production with a long secret", async () => {
    const { assertProductionEnv, authSecret } = await loadEnv({
      NODE_ENV: "production",
      AUTH_SECRET: "x".repeat(40),
      APP_URL: "https://chancen.example",
    });
    expect(assertProductionEnv().AUTH_SECRET).toBe("x".repeat(40));
    expect(authSecret()).toBe("x".repeat(40));
  });

  it("uses a development secret only outside production", async () => {
    const { authSecret } = await loadEnv({ NODE_ENV: "development", AUTH_SECRET: "" });
    expect(authSecret().length).toBeGreaterThanOrEqual(32);
  });

  it("rejects a DATABASE_URL that is not a SQLite file", async () => {
    const { env } = await loadEnv({ NODE_ENV: "development", DATABASE_URL: "postgres://db/portal" });
    expect(() => env()).toThrow(/DATABASE_URL/);
  });

  it("re-reads the environment when one of its variables changes", async () => {
    const { env } = await loadEnv({ NODE_ENV: "test", SMTP_URL: "" });
    expect(env().SMTP_URL).toBeUndefined();
    vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:2525");
    expect(env().SMTP_URL).toBe("smtp://127.0.0.1:2525");
  });

  it("validates the rate-limit override", async () => {
    const { env } = await loadEnv({ NODE_ENV: "test", AUTH_RATE_LIMIT_MAX: "500" });
    expect(env().AUTH_RATE_LIMIT_MAX).toBe(500);
    vi.stubEnv("AUTH_RATE_LIMIT_MAX", "0");
    expect(() => env()).toThrow(/AUTH_RATE_LIMIT_MAX/);
  });
});
