import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// One-time tokens for links in e-mails (verification, password reset, e-mail change, invitations).
// Only the SHA-256 of a token is stored, so a leaked database does not contain usable links; the
// token itself exists only in the mail.

/** A fresh random token (URL-safe, 256 bits) and the hash to store for it. */
export function generateToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

/** The stored form of a token. Malformed input hashes too (and simply matches nothing). */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Shape check before any lookup: 43 base64url characters. */
export function isWellFormedToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** Constant-time comparison of two hex hashes. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}
