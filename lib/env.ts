import { z } from "zod";

// Every environment variable the app reads, validated once. `.env.example` documents them.
const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.url().optional());

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().startsWith("file:").default("file:./data/chancenportal.db"),
  // Read by lib/db.ts itself (it must not depend on the rest of the environment); validated here at start-up.
  DATABASE_READ_WORKERS: z.coerce.number().int().min(0).max(8).default(0),
  AUTH_SECRET: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(32).optional()),
  APP_URL: optionalUrl,
  PORT: z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^\d{1,5}$/).default("3000")),
  SMTP_URL: optionalUrl,
  MAIL_FROM: z.string().default("Chancenportal <noreply@chancenportal.invalid>"),
  MAP_TILE_URL: z.string().default("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
  MAP_TILE_ATTRIBUTION: z.string().default("© OpenStreetMap-Mitwirkende"),
  GEOCODER_URL: optionalUrl,
  UPLOAD_DIR: z.string().default("./data/uploads"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  // How many reverse proxies append to X-Forwarded-For (lib/rate-limit.ts); 0 = the socket address.
  TRUSTED_PROXY_COUNT: z.preprocess((v) => (v === "" || v === undefined ? 0 : Number(v)), z.number().int().min(0).max(10)),
  // Raises the rate limits (never lowers them), e.g. for end-to-end runs where all traffic comes from 127.0.0.1.
  AUTH_RATE_LIMIT_MAX: z.preprocess((v) => (v === "" || v === undefined ? undefined : Number(v)), z.number().int().min(1).optional()),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  cached = parsed.data;
  return cached;
}

/**
 * Called once at server start (instrumentation.ts): a production server without a secret or without
 * its public address must not start.
 */
export function assertProductionEnv(): Env {
  const e = env();
  if (e.NODE_ENV === "production" && !process.env.NEXT_PHASE?.includes("build")) {
    if (!e.AUTH_SECRET) throw new Error("AUTH_SECRET is required in production (at least 32 characters). `npm run demo` generates one under data/.");
    if (!e.APP_URL) throw new Error("APP_URL is required in production (the public address, e.g. https://chancen.musterstadt.de). `npm run demo` sets http://localhost:$PORT.");
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
