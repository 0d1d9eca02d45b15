import "server-only";
import { assertBucketOpen, effectiveRule, rateLimitBucket, recentHits, recordBucketHits, type RateLimitRule } from "@/lib/rate-limit";

// Failed logins are throttled so that guessing stays slow, without letting a stranger lock the
// owner out of their account (issue 18):
// - the same IP for the same address: 10 failures in 15 minutes, then that IP is refused for that
//   address until the window has passed;
// - the same IP for any addresses: 30 failures in 15 minutes, then that IP is refused (spraying);
// - the same address from anywhere: never refused. From the 5th failure in 15 minutes every further
//   attempt waits before the password is checked — 1 s, 2 s, 4 s, 8 s, then 10 s — the right password
//   included, so a guesser with many IPs stays slow while the owner still gets in.
// Only failures are counted; a successful login leaves the counters alone.

const WINDOW_MS = 15 * 60 * 1000;
export const LOGIN_PAIR_LIMIT: RateLimitRule = { limit: 10, windowMs: WINDOW_MS };
export const LOGIN_IP_LIMIT: RateLimitRule = { limit: 30, windowMs: WINDOW_MS };
export const LOGIN_ACCOUNT_DELAY_AFTER: RateLimitRule = { limit: 5, windowMs: WINDOW_MS };
const MAX_DELAY_MS = 10_000;

export type LoginSubject = { email: string; ip?: string | null };
export type ThrottleOptions = { now?: Date; sleep?: (ms: number) => Promise<void> };

/** The wait before checking a password, after `failures` recent failures for the address. */
export function loginDelayMs(failures: number, startAfter = LOGIN_ACCOUNT_DELAY_AFTER.limit): number {
  if (failures < startAfter) return 0;
  return Math.min(1000 * 2 ** (failures - startAfter), MAX_DELAY_MS);
}

/** Throws RateLimitError for a refused IP (pair or spraying limit); otherwise waits the account's delay. */
export async function throttleLogin(subject: LoginSubject, options: ThrottleOptions = {}): Promise<void> {
  const now = options.now ?? new Date();
  const keys = { ip: subject.ip, account: subject.email };
  const pair = rateLimitBucket("login", "pair", keys);
  const ip = rateLimitBucket("login", "ip", keys);
  if (pair) await assertBucketOpen(pair, LOGIN_PAIR_LIMIT, now);
  if (ip) await assertBucketOpen(ip, LOGIN_IP_LIMIT, now);
  const account = rateLimitBucket("login", "acct", keys);
  if (!account) return;
  const { limit: startAfter } = effectiveRule(LOGIN_ACCOUNT_DELAY_AFTER);
  const failures = (await recentHits(account, WINDOW_MS, startAfter + 8, now)).length;
  const delay = loginDelayMs(failures, startAfter);
  if (delay > 0) await (options.sleep ?? sleep)(delay);
}

export async function recordLoginFailure(subject: LoginSubject, now = new Date()): Promise<void> {
  const keys = { ip: subject.ip, account: subject.email };
  await recordBucketHits(
    [rateLimitBucket("login", "pair", keys), rateLimitBucket("login", "ip", keys), rateLimitBucket("login", "acct", keys)],
    now,
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
