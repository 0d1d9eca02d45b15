import { z } from "zod";

// Every environment variable the app reads, validated; the only module that touches process.env
// (a lint rule keeps it so, see eslint.config.mjs). `.env.example` documents them.
const blankIsUnset = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalUrl = z.preprocess(blankIsUnset, z.url().optional());

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.preprocess(blankIsUnset, z.string().startsWith("file:").default("file:./data/chancenportal.db")),
  // Worker threads for plain reads (lib/db.ts, docs/DATABASE.md); 0 = the main thread.
  DATABASE_READ_WORKERS: z.preprocess(blankIsUnset, z.coerce.number().int().min(0).max(8).optional()),
  // Pages rendered at once; more wait in arrival order (lib/admission.ts). 0 = no limit.
  HTTP_RENDER_CONCURRENCY: z.preprocess(blankIsUnset, z.coerce.number().int().min(0).max(64).optional()),
  AUTH_SECRET: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(32).optional()),
  APP_URL: optionalUrl,
  PORT: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^\d{1,5}$/)
      .default("3000"),
  ),
  SMTP_URL: optionalUrl,
  MAIL_FROM: z.string().default("Chancenportal <noreply@chancenportal.invalid>"),
  MAP_TILE_URL: z.string().default("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
  MAP_TILE_ATTRIBUTION: z.string().default("© OpenStreetMap-Mitwirkende"),
  GEOCODER_URL: optionalUrl,
  /** LibreTranslate-compatible endpoint (base URL; `/translate` is appended) for translation suggestions; unset = off. */
  TRANSLATE_URL: optionalUrl,
  TRANSLATE_API_KEY: z.preprocess(blankIsUnset, z.string().max(500).optional()),
  UPLOAD_DIR: z.string().default("./data/uploads"),
  /** Excel import (features/offer-exchange): largest file, most offers per file, where uploaded files wait for confirmation. */
  IMPORT_MAX_BYTES: z.preprocess(
    blankIsUnset,
    z.coerce
      .number()
      .int()
      .min(1024)
      .default(5 * 1024 * 1024),
  ),
  IMPORT_MAX_OFFERS: z.preprocess(blankIsUnset, z.coerce.number().int().min(1).default(5000)),
  IMPORT_STAGING_DIR: z.string().default("./data/import-staging"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  // How many reverse proxies append to X-Forwarded-For (lib/rate-limit.ts); 0 = the socket address.
  TRUSTED_PROXY_COUNT: z.preprocess(blankIsUnset, z.coerce.number().int().min(0).max(10).default(0)),
  /** Raises the rate limits (never lowers them), e.g. for end-to-end runs where all traffic comes from 127.0.0.1. */
  AUTH_RATE_LIMIT_MAX: z.preprocess(blankIsUnset, z.coerce.number().int().min(1).optional()),
  /** Lifetime of the in-process cache of shared page data (lib/shared-cache.ts); 0 turns it off (tests, e2e). */
  SHARED_CACHE_TTL_MS: z.preprocess(blankIsUnset, z.coerce.number().int().min(0).optional()),
  /** Months raw analytics events are kept (features/analytics/retention.ts); daily counts stay. */
  ANALYTICS_RETENTION_MONTHS: z.preprocess(blankIsUnset, z.coerce.number().int().min(1).max(120).default(13)),
  /** Set by Next.js while it builds ("phase-production-build"). */
  NEXT_PHASE: z.string().optional(),
});

const KEYS = Object.keys(EnvSchema.shape) as (keyof Env)[];

export type Env = z.infer<typeof EnvSchema>;

let cached: { snapshot: string; env: Env } | undefined;

/**
 * The validated environment. Parsed again only when one of its variables changed since the last
 * call (tests and scripts set SMTP_URL, UPLOAD_DIR, … at run time), so callers never need to read
 * process.env around it.
 */
export function env(): Env {
  const snapshot = JSON.stringify(KEYS.map((key) => process.env[key] ?? null));
  if (cached?.snapshot === snapshot) return cached.env;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  cached = { snapshot, env: parsed.data };
  return parsed.data;
}

/**
 * Called once at server start (instrumentation.ts): a production server without a secret or without
 * its public address must not start.
 */
export function assertProductionEnv(): Env {
  const e = env();
  if (e.NODE_ENV === "production" && !e.NEXT_PHASE?.includes("build")) {
    if (!e.AUTH_SECRET)
      throw new Error("AUTH_SECRET is required in production (at least 32 characters). `npm run demo` generates one under data/.");
    if (!e.APP_URL)
      throw new Error(
        "APP_URL is required in production (the public address, e.g. https://chancen.musterstadt.de). `npm run demo` sets http://localhost:$PORT.",
      );
  }
  return e;
}

/**
 * The portal's public origin for links that leave the request: mails, calendar files, sitemap, share
 * boxes. Never taken from request headers (a forged Host would otherwise put an attacker's host into
 * a password-reset mail): APP_URL, or — in development and tests only — localhost on PORT.
 */
export function publicBaseUrl(): string {
  const e = env();
  return (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, "");
}

/** The secret for signing sessions. Only development and tests fall back to a fixed value. */
export function authSecret(): string {
  const e = env();
  if (e.AUTH_SECRET) return e.AUTH_SECRET;
  if (e.NODE_ENV === "production") throw new Error("AUTH_SECRET is required in production");
  return "development-secret-not-for-production-use-000";
}

/**
 * Whether next-auth names its session cookie `__Secure-…` (next-auth/utils/detect-origin.js and
 * core/init.js): its configured origin (NEXTAUTH_URL, derived from APP_URL) decides; without one the
 * request's forwarded protocol does, and anything but "http" counts as https, as in next-auth.
 * The no-JavaScript login (features/accounts/session-cookie.ts) sets the same cookie.
 */
export function authUsesSecureCookies(
  forwardedProto: string | null,
  environment: Record<string, string | undefined> = process.env,
): boolean {
  const configured = environment.NEXTAUTH_URL;
  if (configured) return configured.startsWith("https://");
  return forwardedProto !== "http";
}

/**
 * Tells next-auth its public origin. With APP_URL set, NEXTAUTH_URL becomes `<origin>/api/auth`;
 * otherwise AUTH_TRUST_HOST is turned on (see features/accounts/auth-options.ts for why). next-auth
 * reads these from process.env itself, so this is the one place that writes it.
 */
export function configureAuthOrigin(appUrl: string | undefined, environment: Record<string, string | undefined> = process.env): void {
  if (appUrl) environment.NEXTAUTH_URL ??= `${new URL(appUrl).origin}/api/auth`;
  else if (!environment.NEXTAUTH_URL) environment.AUTH_TRUST_HOST ??= "true";
}
