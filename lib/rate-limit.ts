import "server-only";
import { createHmac } from "node:crypto";
import { headers } from "next/headers";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authSecret, env } from "@/lib/env";
import { PEER_ADDRESS_HEADER } from "@/lib/peer-address";

// Throttling of login, registration, password reset and verification mails, per client IP and per
// account (e-mail address), in the RateLimitHit table: one row per attempt, counted in a sliding
// window (login counts only failed attempts, so colleagues behind one office IP are not locked out by
// normal use). IPs and addresses are stored only as keyed hashes (HMAC with AUTH_SECRET), so the table
// holds no readable personal data; rows older than a day are pruned whenever attempts are recorded, so
// a check only reads (it runs on the read connection and never waits for the write queue).
//
// The client IP: TRUSTED_PROXY_COUNT (environment, default 0) says how many reverse proxies in front
// of the app append to `X-Forwarded-For`. With 0 the socket's peer address is used (recorded by
// lib/peer-address.ts before Next.js sees the request) and forwarding headers are ignored, since a
// client could otherwise send a new "IP" with every attempt. With N, the N-th entry from the right
// is the address the outermost trusted proxy saw.
// AUTH_RATE_LIMIT_MAX (environment) raises the limits, e.g. for end-to-end test runs.

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

/** The client's IP (see the module comment), or null when it cannot be told. */
export function clientIpFrom(requestHeaders: Pick<Headers, "get">, trustedProxies: number = env().TRUSTED_PROXY_COUNT): string | null {
  if (trustedProxies <= 0) return requestHeaders.get(PEER_ADDRESS_HEADER)?.trim().slice(0, 100) || null;
  const forwarded = (requestHeaders.get("x-forwarded-for") ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (forwarded.length > 0) return forwarded[Math.max(0, forwarded.length - trustedProxies)].slice(0, 100);
  const real = requestHeaders.get("x-real-ip")?.trim();
  return real ? real.slice(0, 100) : requestHeaders.get(PEER_ADDRESS_HEADER)?.trim().slice(0, 100) || null;
}

/** The client IP of the current request (server actions, route handlers, pages). */
export async function requestIp(): Promise<string | null> {
  return clientIpFrom(await headers());
}

export type RateLimitSubject = { ip?: string | null; account?: string | null };

/** The bucket of one kind of subject: an IP, an account (e-mail address) or an IP + account pair. */
export function rateLimitBucket(action: string, kind: "ip" | "acct" | "pair", subject: RateLimitSubject): string | null {
  const account = subject.account?.trim().toLowerCase();
  if (kind === "ip") return subject.ip ? `${action}:ip:${keyedHash(`ip:${subject.ip}`)}` : null;
  if (kind === "acct") return account ? `${action}:acct:${keyedHash(`acct:${account}`)}` : null;
  return subject.ip && account ? `${action}:pair:${keyedHash(`pair:${subject.ip}|${account}`)}` : null;
}

function bucketsFor(action: string, subject: RateLimitSubject): string[] {
  return [rateLimitBucket(action, "ip", subject), rateLimitBucket(action, "acct", subject)].filter((b): b is string => b !== null);
}

/** Limits can be raised for load tests or end-to-end runs (AUTH_RATE_LIMIT_MAX), never lowered. */
export function effectiveRule(rule: RateLimitRule): RateLimitRule {
  const override = env().AUTH_RATE_LIMIT_MAX;
  return override !== undefined && override > rule.limit ? { ...rule, limit: override } : rule;
}

/** Attempts counted in `bucket` within the window (at most `cap`), oldest last. */
export async function recentHits(bucket: string, windowMs: number, cap: number, now = new Date()): Promise<Date[]> {
  const hits = await prisma.rateLimitHit.findMany({
    where: { bucket, createdAt: { gte: new Date(now.getTime() - windowMs) } },
    orderBy: { createdAt: "desc" },
    take: cap,
    select: { createdAt: true },
  });
  return hits.map((h) => h.createdAt);
}

/** Throws RateLimitError when `bucket` is full; the minutes say when its oldest counted attempt leaves the window. */
export async function assertBucketOpen(bucket: string, rule: RateLimitRule, now = new Date()): Promise<void> {
  const { limit, windowMs } = effectiveRule(rule);
  const hits = await recentHits(bucket, windowMs, limit, now);
  if (hits.length >= limit) {
    const oldestCounted = hits[hits.length - 1].getTime();
    throw new RateLimitError(Math.max(1, Math.ceil((oldestCounted + windowMs - now.getTime()) / 60_000)));
  }
}

/** Counts one attempt in each bucket and drops rows older than a day. */
export async function recordBucketHits(buckets: readonly (string | null)[], now = new Date()): Promise<void> {
  const data = buckets.filter((b): b is string => b !== null).map((bucket) => ({ bucket, createdAt: now }));
  if (data.length === 0) return;
  await prisma.rateLimitHit.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - PRUNE_AFTER_MS) } } });
  await prisma.rateLimitHit.createMany({ data });
}

/**
 * Throws RateLimitError when the IP or the account already had `limit` attempts of `action` within
 * the window. Records nothing (see recordRateLimitHit).
 */
export async function checkRateLimit(
  action: string,
  subject: RateLimitSubject,
  rule: RateLimitRule = DEFAULT_RATE_LIMIT,
  now = new Date(),
): Promise<void> {
  for (const bucket of bucketsFor(action, subject)) await assertBucketOpen(bucket, rule, now);
}

/** Counts one attempt of `action` for the IP and the account. */
export async function recordRateLimitHit(action: string, subject: RateLimitSubject, now = new Date()): Promise<void> {
  await recordBucketHits(bucketsFor(action, subject), now);
}

/** checkRateLimit, then count this attempt — for actions where every attempt counts (registration, mails). */
export async function hitRateLimit(
  action: string,
  subject: RateLimitSubject,
  rule: RateLimitRule = DEFAULT_RATE_LIMIT,
  now = new Date(),
): Promise<void> {
  await checkRateLimit(action, subject, rule, now);
  await recordRateLimitHit(action, subject, now);
}
