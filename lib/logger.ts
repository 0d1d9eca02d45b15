// Structured logging: one JSON object per line (time, level, msg, fields) — what log collectors parse.
// Residents' personal data never reaches the logs: known keys are redacted, and e-mail addresses and
// IP addresses are masked wherever they appear in strings (error messages can quote input).
// No Node-only APIs here: proxy.ts and instrumentation.ts use this in every runtime.
import { env } from "./env";

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

const REDACTED = "[redacted]";
const SENSITIVE_KEYS = new Set(
  [
    "ip",
    "ipAddress",
    "remoteAddress",
    "x-forwarded-for",
    "x-real-ip",
    "forwarded",
    "userAgent",
    "user-agent",
    "cookie",
    "cookies",
    "set-cookie",
    "authorization",
    "email",
    "newEmail",
    "contactEmail",
    "to",
    "password",
    "passwordHash",
    "currentPassword",
    "newPassword",
    "token",
    "tokenHash",
    "secret",
    "headers",
  ].map((k) => k.toLowerCase()),
);

// The local part excludes "/" so package paths in stack traces (node_modules/@prisma/...) stay intact.
const EMAIL_PATTERN = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
const IPV4_PATTERN = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;
// Full IPv6 and compressed forms with at least three groups; short "a:b" pairs (times like 10:30) stay.
const IPV6_PATTERN = /\b(?:[0-9a-f]{1,4}:){2,7}(?::|[0-9a-f]{1,4})\b|::ffff:[0-9.]+/gi;

function maskString(value: string): string {
  return value.replace(EMAIL_PATTERN, "[email]").replace(IPV6_PATTERN, "[ip]").replace(IPV4_PATTERN, "[ip]");
}

function serializeError(error: Error, depth: number): LogFields {
  const out: LogFields = { name: error.name, message: maskString(error.message) };
  const digest = (error as { digest?: unknown }).digest;
  if (typeof digest === "string") out.digest = digest;
  if (error.stack) out.stack = maskString(error.stack);
  if (error.cause !== undefined) out.cause = redactValue(error.cause, depth + 1);
  return out;
}

function redactValue(value: unknown, depth: number): unknown {
  if (depth > 6) return "[truncated]";
  if (typeof value === "string") return maskString(value);
  if (value instanceof Error) return serializeError(value, depth);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  if (value && typeof value === "object") {
    const out: LogFields = {};
    for (const [key, v] of Object.entries(value)) {
      out[key] = SENSITIVE_KEYS.has(key.toLowerCase()) ? REDACTED : redactValue(v, depth + 1);
    }
    return out;
  }
  if (typeof value === "bigint") return value.toString();
  return value;
}

/** A copy of `fields` with known personal/secret keys replaced and e-mail/IP addresses masked in strings. */
export function redact(fields: LogFields): LogFields {
  return redactValue(fields, 0) as LogFields;
}

function threshold(): number {
  // A logger must not throw: an invalid environment (reported elsewhere) logs at "info".
  try {
    return LEVELS[env().LOG_LEVEL];
  } catch {
    return LEVELS.info;
  }
}

/** The JSON line for one entry; exported for tests. Field names cannot overwrite time/level/msg. */
export function formatLogLine(level: LogLevel, msg: string, fields: LogFields = {}, now = new Date()): string {
  const rest = redact(fields);
  delete rest.time;
  delete rest.level;
  delete rest.msg;
  return JSON.stringify({ time: now.toISOString(), level, msg: maskString(msg), ...rest });
}

function write(level: LogLevel, msg: string, fields?: LogFields) {
  if (LEVELS[level] < threshold()) return;
  const line = formatLogLine(level, msg, fields);
  // stdout for the normal flow, stderr for problems: process managers keep them apart.
  if (LEVELS[level] >= LEVELS.warn) console.error(line);
  else console.log(line);
}

export const logger = {
  debug: (msg: string, fields?: LogFields) => write("debug", msg, fields),
  info: (msg: string, fields?: LogFields) => write("info", msg, fields),
  warn: (msg: string, fields?: LogFields) => write("warn", msg, fields),
  error: (msg: string, fields?: LogFields) => write("error", msg, fields),
};

// Lower-case slugs stay readable; base64url tokens (mixed case) and hex tokens are masked.
const SECRET_SEGMENT = /^(?:(?=[^/]*[A-Z])[A-Za-z0-9_-]{24,}|[0-9a-f]{32,})$/;

/**
 * A request path fit for the logs: no query string or fragment (search terms can be personal),
 * and token-like segments (password-reset or verification links) replaced by ":token".
 */
export function loggablePath(pathOrUrl: string): string {
  const pathname = pathOrUrl.split(/[?#]/)[0] || "/";
  return pathname
    .split("/")
    .map((segment) => (SECRET_SEGMENT.test(segment) ? ":token" : segment))
    .join("/");
}
