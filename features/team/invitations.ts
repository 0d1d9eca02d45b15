import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { GlobalRole, MembershipRole } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/passwords";
import { hashToken, isWellFormedToken } from "@/lib/tokens";
import { toLocale } from "@/features/accounts/account-context";
import type { SessionUser } from "@/features/accounts/types";
import { parseInput } from "@/lib/validation";
import { applyGlobalRole } from "@/features/accounts/global-role";
import { grantMembership } from "./mutations";
import { AcceptWithNewAccountSchema, TEAM_ERRORS_NAMESPACE } from "./schemas";

// Accepting an invitation (link from the invitation mail, /einladung?token=…). The link proves the
// invited address, so an account created here counts as verified. Each invitation works once.
// Two kinds: into an organisation (orgRole), or into the portal's own team (globalRole, sent from
// the editor area by features/users/staff-invitations.ts), which sets the account's global role.

type Tx = Prisma.TransactionClient;

export type InvitationProblem = "malformed" | "unknown" | "expired" | "used" | "revoked";
type InvitationBase = { id: number; email: string; expiresAt: Date; accountExists: boolean };
export type OrganizationInvitation = InvitationBase & {
  kind: "organization";
  organizationId: number;
  organizationName: string;
  role: MembershipRole;
};
export type StaffInvitation = InvitationBase & { kind: "staff"; globalRole: GlobalRole };
export type OpenInvitation = OrganizationInvitation | StaffInvitation;
export type InvitationLookup = { ok: true; invitation: OpenInvitation } | { ok: false; problem: InvitationProblem };

/** The open invitation behind a token, or why it cannot be used. Changes nothing. */
export async function lookupInvitation(token: unknown, now: Date = new Date()): Promise<InvitationLookup> {
  if (!isWellFormedToken(token)) return { ok: false, problem: "malformed" };
  const row = await prisma.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      email: true,
      orgRole: true,
      globalRole: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organization: { select: { id: true, name: true, deletedAt: true } },
    },
  });
  if (!row) return { ok: false, problem: "unknown" };
  const organization = row.organization && !row.organization.deletedAt && row.orgRole ? { ...row.organization, role: row.orgRole } : null;
  const staffRole = !row.organization && row.globalRole && row.globalRole !== "NONE" ? row.globalRole : null;
  if (!organization && !staffRole) return { ok: false, problem: "unknown" };
  if (row.acceptedAt) return { ok: false, problem: "used" };
  if (row.revokedAt) return { ok: false, problem: "revoked" };
  if (row.expiresAt.getTime() <= now.getTime()) return { ok: false, problem: "expired" };
  const account = await prisma.user.findUnique({ where: { email: row.email }, select: { id: true } });
  const base = { id: row.id, email: row.email, expiresAt: row.expiresAt, accountExists: account !== null };
  return {
    ok: true,
    invitation: organization
      ? { ...base, kind: "organization", organizationId: organization.id, organizationName: organization.name, role: organization.role }
      : { ...base, kind: "staff", globalRole: staffRole! },
  };
}

/** What accepting grants: the membership, or the global role (written as "user.role"). */
async function applyInvitation(tx: Tx, userId: number, invitation: OpenInvitation): Promise<void> {
  if (invitation.kind === "organization") await grantMembership(tx, userId, invitation.organizationId, invitation.role, userId);
  else await applyGlobalRole(tx, userId, invitation.globalRole, userId);
}

const organizationOf = (invitation: OpenInvitation): number | null =>
  invitation.kind === "organization" ? invitation.organizationId : null;

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
export async function acceptInvitationFor(
  user: SessionUser,
  token: unknown,
  now: Date = new Date(),
): Promise<{ organizationId: number | null }> {
  const invitation = await openInvitation(token, now);
  if (invitation.email !== user.email.toLowerCase()) throw new AppError("Invitation.wrongAccount", 403);
  await prisma.$transaction(async (tx) => {
    await consumeInvitation(tx, invitation.id, now);
    // Opening the link proves the address, also for an account that had not confirmed it yet.
    await tx.user.updateMany({ where: { id: user.id, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
    await applyInvitation(tx, user.id, invitation);
    await recordAudit(tx, {
      actorId: user.id,
      action: "invitation.accept",
      entityType: "invitation",
      entityId: invitation.id,
      changedFields: ["acceptedAt"],
    });
  });
  return { organizationId: organizationOf(invitation) };
}

/**
 * Creates the account of an invited address (verified, terms accepted in their current version)
 * and its membership. When the address already has an account, the person must log in instead.
 */
export async function acceptInvitationWithNewAccount(
  input: unknown,
  options: { locale?: string; now?: Date } = {},
): Promise<{ email: string; organizationId: number | null }> {
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
    await recordAudit(tx, {
      actorId: user.id,
      action: "user.create",
      entityType: "user",
      entityId: user.id,
      changedFields: ["email", "name"],
    });
    await applyInvitation(tx, user.id, invitation);
    await recordAudit(tx, {
      actorId: user.id,
      action: "invitation.accept",
      entityType: "invitation",
      entityId: invitation.id,
      changedFields: ["acceptedAt"],
    });
  });
  return { email: invitation.email, organizationId: organizationOf(invitation) };
}
