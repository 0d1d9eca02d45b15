import "server-only";
import { createHmac } from "node:crypto";
import { headers } from "next/headers";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authSecret, env } from "@/lib/env";

// Throttling of login, registration, password reset and verification mails, per client IP and per
// account (e-mail address), in the RateLimitHit table: one row per attempt, counted in a sliding
// window (login counts only failed attempts, so colleagues behind one office IP are not locked out by
// normal use). IPs and addresses are stored only as keyed hashes (HMAC with AUTH_SECRET), so the table
// holds no readable personal data; rows older than a day are pruned on every check.
//
// Reverse-proxy assumption: the app runs behind one trusted reverse proxy that sets
// `X-Forwarded-For` (its last entry is the address the proxy saw) or `X-Real-IP`. Without a proxy
// these headers could be forged by the client, which would only let it spread its own attempts over
// several "IPs" — the per-account limit still holds.
// AUTH_RATE_LIMIT_MAX (environment) raises the default limit, e.g. for end-to-end test runs.

export type RateLimitRule = { limit: number; windowMs: number };

/** 10 attempts per 15 minutes — for login, registration, reset requests and verification mails. */
export const DEFAULT_RATE_LIMIT: RateLimitRule = { limit: 10, windowMs: 15 * 60 * 1000 };

const PRUNE_AFTER_MS = 24 * 60 * 60 * 1000;

/** Too many attempts; `minutes` until the oldest counted attempt leaves the window. */
export class RateLimitError extends AppError {
  readonly minutes: number;
  constructor(minutes: number) {
    super("Auth.rateLimited", 429, { values: { minutes } });
    this.minutes = minutes;
  }
}

function keyedHash(value: string): string {
  return createHmac("sha256", authSecret()).update(value).digest("hex").slice(0, 32);
}

/** The client's IP from the proxy headers (see the module comment), or null. */
export function clientIpFrom(requestHeaders: Pick<Headers, "get">): string | null {
  const forwarded = requestHeaders.get("x-forwarded-for");
  if (forwarded) {
    const parts = forwarded.split(",").map((p) => p.trim()).filter(Boolean);
    const last = parts[parts.length - 1];
    if (last) return last.slice(0, 100);
  }
  const real = requestHeaders.get("x-real-ip")?.trim();
  return real ? real.slice(0, 100) : null;
}

/** The client IP of the current request (server actions, route handlers, pages). */
export async function requestIp(): Promise<string | null> {
  return clientIpFrom(await headers());
}

export type RateLimitSubject = { ip?: string | null; account?: string | null };

function bucketsFor(action: string, subject: RateLimitSubject): string[] {
  const buckets: string[] = [];
  if (subject.ip) buckets.push(`${action}:ip:${keyedHash(`ip:${subject.ip}`)}`);
  if (subject.account) buckets.push(`${action}:acct:${keyedHash(`acct:${subject.account.trim().toLowerCase()}`)}`);
  return buckets;
}

/** Limits can be raised for load tests or end-to-end runs (AUTH_RATE_LIMIT_MAX); never lowered below 1. */
function effectiveRule(rule: RateLimitRule): RateLimitRule {
  const override = env().AUTH_RATE_LIMIT_MAX;
  return override !== undefined && rule === DEFAULT_RATE_LIMIT ? { ...rule, limit: override } : rule;
}

/**
 * Throws RateLimitError when the IP or the account already had `limit` attempts of `action` within
 * the window. Records nothing (see recordRateLimitHit).
 */
export async function checkRateLimit(action: string, subject: RateLimitSubject, rule: RateLimitRule = DEFAULT_RATE_LIMIT, now = new Date()): Promise<void> {
  const { limit, windowMs } = effectiveRule(rule);
  const since = new Date(now.getTime() - windowMs);
  await prisma.rateLimitHit.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - PRUNE_AFTER_MS) } } });
  for (const bucket of bucketsFor(action, subject)) {
    const hits = await prisma.rateLimitHit.findMany({
      where: { bucket, createdAt: { gte: since } },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { createdAt: true },
    });
    if (hits.length >= limit) {
      const oldestCounted = hits[hits.length - 1].createdAt.getTime();
      const minutes = Math.max(1, Math.ceil((oldestCounted + windowMs - now.getTime()) / 60_000));
      throw new RateLimitError(minutes);
    }
  }
}

/** Counts one attempt of `action` for the IP and the account. */
export async function recordRateLimitHit(action: string, subject: RateLimitSubject, now = new Date()): Promise<void> {
  const buckets = bucketsFor(action, subject);
  if (buckets.length > 0) await prisma.rateLimitHit.createMany({ data: buckets.map((bucket) => ({ bucket, createdAt: now })) });
}

/** checkRateLimit, then count this attempt — for actions where every attempt counts (registration, mails). */
export async function hitRateLimit(action: string, subject: RateLimitSubject, rule: RateLimitRule = DEFAULT_RATE_LIMIT, now = new Date()): Promise<void> {
  await checkRateLimit(action, subject, rule, now);
  await recordRateLimitHit(action, subject, now);
}
