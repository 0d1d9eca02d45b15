import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { MembershipRole } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/passwords";
import { hashToken, isWellFormedToken } from "@/lib/tokens";
import { toLocale } from "@/features/accounts/account-context";
import type { SessionUser } from "@/features/accounts/types";
import { parseInput } from "@/features/organizations/validation";
import { grantMembership } from "./mutations";
import { AcceptWithNewAccountSchema, TEAM_ERRORS_NAMESPACE } from "./schemas";

// Accepting an invitation (link from the invitation mail, /einladung?token=…). The link proves the
// invited address, so an account created here counts as verified. Each invitation works once.

type Tx = Prisma.TransactionClient;

export type InvitationProblem = "malformed" | "unknown" | "expired" | "used" | "revoked";
export type OpenInvitation = {
  id: number;
  email: string;
  organizationId: number;
  organizationName: string;
  role: MembershipRole;
  expiresAt: Date;
  accountExists: boolean;
};
export type InvitationLookup = { ok: true; invitation: OpenInvitation } | { ok: false; problem: InvitationProblem };

/** The open organisation invitation behind a token, or why it cannot be used. Changes nothing. */
export async function lookupInvitation(token: unknown, now: Date = new Date()): Promise<InvitationLookup> {
  if (!isWellFormedToken(token)) return { ok: false, problem: "malformed" };
  const row = await prisma.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      email: true,
      orgRole: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organization: { select: { id: true, name: true, deletedAt: true } },
    },
  });
  // Invitations into the editorial team (globalRole) are not accepted here.
  if (!row || !row.organization || row.organization.deletedAt || !row.orgRole) return { ok: false, problem: "unknown" };
  if (row.acceptedAt) return { ok: false, problem: "used" };
  if (row.revokedAt) return { ok: false, problem: "revoked" };
  if (row.expiresAt.getTime() <= now.getTime()) return { ok: false, problem: "expired" };
  const account = await prisma.user.findUnique({ where: { email: row.email }, select: { id: true } });
  return {
    ok: true,
    invitation: {
      id: row.id,
      email: row.email,
      organizationId: row.organization.id,
      organizationName: row.organization.name,
      role: row.orgRole,
      expiresAt: row.expiresAt,
      accountExists: account !== null,
    },
  };
}

function invitationError(problem: InvitationProblem): AppError {
  return new AppError(`Invitation.problem.${problem}`, problem === "malformed" || problem === "unknown" ? 404 : 410);
}

async function openInvitation(token: unknown, now: Date): Promise<OpenInvitation> {
  const lookup = await lookupInvitation(token, now);
  if (!lookup.ok) throw invitationError(lookup.problem);
  return lookup.invitation;
}

/** Marks the invitation used — false when a parallel request was first (single use even under races). */
async function consumeInvitation(tx: Tx, invitationId: number, now: Date): Promise<void> {
  const consumed = await tx.invitation.updateMany({
    where: { id: invitationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now },
  });
  if (consumed.count === 0) throw invitationError("used");
}

/** The signed-in user accepts an invitation addressed to their own e-mail address. */
export async function acceptInvitationFor(user: SessionUser, token: unknown, now: Date = new Date()): Promise<{ organizationId: number }> {
  const invitation = await openInvitation(token, now);
  if (invitation.email !== user.email.toLowerCase()) throw new AppError("Invitation.wrongAccount", 403);
  await prisma.$transaction(async (tx) => {
    await consumeInvitation(tx, invitation.id, now);
    // Opening the link proves the address, also for an account that had not confirmed it yet.
    await tx.user.updateMany({ where: { id: user.id, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
    await grantMembership(tx, user.id, invitation.organizationId, invitation.role, user.id);
    await recordAudit(tx, { actorId: user.id, action: "invitation.accept", entityType: "invitation", entityId: invitation.id, changedFields: ["acceptedAt"] });
  });
  return { organizationId: invitation.organizationId };
}

/**
 * Creates the account of an invited address (verified, terms accepted in their current version)
 * and its membership. When the address already has an account, the person must log in instead.
 */
export async function acceptInvitationWithNewAccount(input: unknown, options: { locale?: string; now?: Date } = {}): Promise<{ email: string; organizationId: number }> {
  const data = parseInput(AcceptWithNewAccountSchema, input, TEAM_ERRORS_NAMESPACE);
  const now = options.now ?? new Date();
  const invitation = await openInvitation(data.token, now);
  if (invitation.accountExists) throw new AppError("Invitation.accountExists", 409);
  const passwordHash = await hashPassword(data.password);

  await prisma.$transaction(async (tx) => {
    await consumeInvitation(tx, invitation.id, now);
    const settings = await tx.settings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 }, select: { termsVersion: true } });
    const existing = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
    if (existing) throw new AppError("Invitation.accountExists", 409);
    const user = await tx.user.create({
      data: {
        email: invitation.email,
        name: data.name,
        passwordHash,
        emailVerifiedAt: now,
        locale: toLocale(options.locale),
        termsAcceptedVersion: settings.termsVersion,
        termsAcceptedAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: user.id, action: "user.create", entityType: "user", entityId: user.id, changedFields: ["email", "name"] });
    await grantMembership(tx, user.id, invitation.organizationId, invitation.role, user.id);
    await recordAudit(tx, { actorId: user.id, action: "invitation.accept", entityType: "invitation", entityId: invitation.id, changedFields: ["acceptedAt"] });
  });
  return { email: invitation.email, organizationId: invitation.organizationId };
}
