import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { generateToken, hashToken, isWellFormedToken } from "@/lib/tokens";

// One-click "still current" links (issue 15). Hashed single-use rows (FreshnessToken) rather than an
// HMAC: "reused" must be told apart from "valid", which needs state anyway, and a row can be revoked
// by deleting it (docs/DECISIONS.md, "One-click confirmation links"). Only the SHA-256 is stored.
// Looking a token up changes nothing (the GET page, mail scanners); only confirmWithToken (the POST) does.

export const FRESHNESS_TOKEN_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

export type FreshnessSubject = { offerId: number } | { organizationId: number };

type Db = Prisma.TransactionClient | typeof prisma;

/** A new link token for one offer or organisation profile; the raw token goes into the mail only. */
export async function issueFreshnessToken(db: Db, subject: FreshnessSubject, now: Date = new Date()): Promise<string> {
  const { token, tokenHash } = generateToken();
  await db.freshnessToken.create({
    data: { tokenHash, ...subject, expiresAt: new Date(now.getTime() + FRESHNESS_TOKEN_LIFETIME_MS), createdAt: now },
  });
  return token;
}

export type FreshnessTokenProblem = "malformed" | "unknown" | "expired" | "used";

export type FreshnessTarget =
  | { kind: "offer"; id: number; name: string; slug: string; organizationName: string; lastConfirmedAt: Date | null; hidden: boolean }
  | { kind: "organization"; id: number; name: string; slug: string; lastConfirmedAt: Date | null };

export type FreshnessTokenCheck = { ok: true; tokenId: number; target: FreshnessTarget } | { ok: false; problem: FreshnessTokenProblem };

const tokenSelect = {
  id: true,
  expiresAt: true,
  usedAt: true,
  offer: {
    select: {
      id: true,
      title: true,
      slug: true,
      deletedAt: true,
      lastConfirmedAt: true,
      staleHiddenAt: true,
      organization: { select: { name: true, deletedAt: true } },
    },
  },
  organization: { select: { id: true, name: true, slug: true, deletedAt: true, lastConfirmedAt: true } },
} satisfies Prisma.FreshnessTokenSelect;

type TokenRow = Prisma.FreshnessTokenGetPayload<{ select: typeof tokenSelect }>;

function targetOf(row: TokenRow): FreshnessTarget | null {
  if (row.offer && !row.offer.deletedAt && !row.offer.organization.deletedAt) {
    const { offer } = row;
    return {
      kind: "offer",
      id: offer.id,
      name: offer.title,
      slug: offer.slug,
      organizationName: offer.organization.name,
      lastConfirmedAt: offer.lastConfirmedAt,
      hidden: offer.staleHiddenAt !== null,
    };
  }
  if (row.organization && !row.organization.deletedAt) {
    const { organization } = row;
    return {
      kind: "organization",
      id: organization.id,
      name: organization.name,
      slug: organization.slug,
      lastConfirmedAt: organization.lastConfirmedAt,
    };
  }
  return null;
}

function check(row: TokenRow | null, now: Date): FreshnessTokenCheck {
  const target = row ? targetOf(row) : null;
  if (!row || !target) return { ok: false, problem: "unknown" };
  if (row.usedAt) return { ok: false, problem: "used" };
  if (row.expiresAt.getTime() <= now.getTime()) return { ok: false, problem: "expired" };
  return { ok: true, tokenId: row.id, target };
}

/** What a link would confirm, or why it does not work. Reads only. */
export async function checkFreshnessToken(raw: unknown, now: Date = new Date()): Promise<FreshnessTokenCheck> {
  if (!isWellFormedToken(raw)) return { ok: false, problem: "malformed" };
  const row = await prisma.freshnessToken.findUnique({ where: { tokenHash: hashToken(raw) }, select: tokenSelect });
  return check(row, now);
}

export type ConfirmResult = { ok: true; target: FreshnessTarget; confirmedAt: Date } | { ok: false; problem: FreshnessTokenProblem };

/**
 * The POST of the confirmation page: uses the token up and sets lastConfirmedAt of its offer (and
 * shows a stale-hidden offer again) or of its organisation — nothing else. The conditional update
 * makes "single use" hold when the button is pressed twice at once.
 */
export async function confirmWithToken(raw: unknown, now: Date = new Date()): Promise<ConfirmResult> {
  if (!isWellFormedToken(raw)) return { ok: false, problem: "malformed" };
  const tokenHash = hashToken(raw);
  return prisma.$transaction(async (tx) => {
    const checked = check(await tx.freshnessToken.findUnique({ where: { tokenHash }, select: tokenSelect }), now);
    if (!checked.ok) return checked;
    const used = await tx.freshnessToken.updateMany({ where: { id: checked.tokenId, usedAt: null }, data: { usedAt: now } });
    if (used.count !== 1) return { ok: false, problem: "used" } as const;
    const { target } = checked;
    if (target.kind === "offer") {
      await tx.offer.update({ where: { id: target.id }, data: { lastConfirmedAt: now, staleHiddenAt: null, reminderSentAt: null } });
      await recordAudit(tx, {
        actorId: null,
        action: "offer.confirmByLink",
        entityType: "offer",
        entityId: target.id,
        changedFields: target.hidden ? ["lastConfirmedAt", "staleHiddenAt"] : ["lastConfirmedAt"],
      });
    } else {
      await tx.organization.update({ where: { id: target.id }, data: { lastConfirmedAt: now, reminderSentAt: null } });
      await recordAudit(tx, {
        actorId: null,
        action: "organization.confirmByLink",
        entityType: "organization",
        entityId: target.id,
        changedFields: ["lastConfirmedAt"],
      });
    }
    return {
      ok: true,
      target: { ...target, lastConfirmedAt: now, ...(target.kind === "offer" ? { hidden: false } : {}) },
      confirmedAt: now,
    } as const;
  });
}
