import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TokenType } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { generateToken, hashToken, isWellFormedToken } from "@/lib/tokens";

// One-time tokens of the Token table (e-mail verification 24 h, password reset 1 h, e-mail change 24 h):
// only their SHA-256 is stored; a token is used up by the first successful use.

export const TOKEN_LIFETIME_MS: Record<TokenType, number> = {
  EMAIL_VERIFY: 24 * 60 * 60 * 1000,
  PASSWORD_RESET: 60 * 60 * 1000,
  EMAIL_CHANGE: 24 * 60 * 60 * 1000,
};

type Tx = Prisma.TransactionClient;

/**
 * A new token of `type` for the user; older unused tokens of the same type stop working, so only the
 * newest link in the mailbox is valid.
 */
export async function issueToken(
  tx: Tx,
  userId: number,
  type: TokenType,
  options: { newEmail?: string; now?: Date } = {},
): Promise<string> {
  const now = options.now ?? new Date();
  await tx.token.updateMany({ where: { userId, type, usedAt: null }, data: { usedAt: now } });
  const { token, tokenHash } = generateToken();
  await tx.token.create({
    data: { userId, type, tokenHash, newEmail: options.newEmail ?? null, expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[type]) },
  });
  return token;
}

export type TokenProblem = "malformed" | "unknown" | "expired" | "used";
export type FoundToken = { id: number; userId: number; type: TokenType; newEmail: string | null };
export type TokenLookup = { ok: true; token: FoundToken } | { ok: false; problem: TokenProblem; type?: TokenType };

/** The token's row if it can still be used (of one of `types`), otherwise why not. Changes nothing. */
export async function findUsableToken(raw: unknown, types: TokenType[], now = new Date()): Promise<TokenLookup> {
  if (!isWellFormedToken(raw)) return { ok: false, problem: "malformed" };
  const row = await prisma.token.findUnique({
    where: { tokenHash: hashToken(raw) },
    select: { id: true, userId: true, type: true, newEmail: true, expiresAt: true, usedAt: true },
  });
  if (!row || !types.includes(row.type)) return { ok: false, problem: "unknown" };
  if (row.usedAt) return { ok: false, problem: "used", type: row.type };
  if (row.expiresAt.getTime() <= now.getTime()) return { ok: false, problem: "expired", type: row.type };
  return { ok: true, token: { id: row.id, userId: row.userId, type: row.type, newEmail: row.newEmail } };
}

/**
 * Marks the token used inside the caller's transaction; false when another request used it first
 * (the conditional update makes "single use" hold under concurrency).
 */
export async function consumeToken(tx: Tx, tokenId: number, now = new Date()): Promise<boolean> {
  const { count } = await tx.token.updateMany({ where: { id: tokenId, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  return count === 1;
}
