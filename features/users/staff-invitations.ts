import "server-only";
import { defaultBaseUrl } from "@/features/accounts/account-context";
import type { SessionUser } from "@/features/accounts/types";
import { parseInput } from "@/lib/validation";
import { teamLink } from "@/features/team/links";
import { INVITATION_LIFETIME_MS } from "@/features/team/schemas";
import { recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { AppError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { sendMail, type MailResult } from "@/lib/mail";
import { generateToken } from "@/lib/tokens";
import { canInviteWithRole, canManageUsers } from "./permissions";
import { StaffInviteSchema, USERS_ERRORS_NAMESPACE } from "./schemas";
import { requireId } from "@/lib/ids";

// Invitations into the portal's own team: an Invitation row without organisation, with the global
// role to grant. Accepting it (features/team/invitations.ts, page /einladung) creates the account or,
// for an existing one, sets its role. The mail holds a link only; the token is stored hashed, valid 7
// days, single use, and inviting the same address again replaces the open invitation.

export type StaffInviteOptions = { now?: Date; baseUrl?: string };

export async function inviteStaffFor(
  user: SessionUser | null,
  input: unknown,
  options: StaffInviteOptions = {},
): Promise<{ invitationId: number; email: string; mailStatus: MailResult["status"] }> {
  if (!canManageUsers(user)) throw new ForbiddenError();
  const data = parseInput(StaffInviteSchema, input, USERS_ERRORS_NAMESPACE);
  if (!canInviteWithRole(user, data.role)) throw new AppError(`${USERS_ERRORS_NAMESPACE}.inviteRoleForbidden`, 403);

  const account = await prisma.user.findUnique({ where: { email: data.email }, select: { role: true, disabledAt: true, locale: true } });
  if (account?.disabledAt) throw new ValidationError({ email: [`${USERS_ERRORS_NAMESPACE}.inviteDisabledAccount`] });
  // Existing staff change role on their user page: an invitation must never demote anyone.
  if (account && account.role !== "NONE") throw new ValidationError({ email: [`${USERS_ERRORS_NAMESPACE}.alreadyStaff`] });

  const now = options.now ?? new Date();
  const { token, tokenHash } = generateToken();
  const invitation = await prisma.$transaction(async (tx) => {
    await tx.invitation.updateMany({
      where: { organizationId: null, email: data.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const created = await tx.invitation.create({
      data: {
        email: data.email,
        tokenHash,
        globalRole: data.role,
        invitedById: user.id,
        expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "user.invite",
      entityType: "invitation",
      entityId: created.id,
      changedFields: ["email", "globalRole"],
    });
    return created;
  });

  const locale = account?.locale ?? user.locale;
  const mail = await sendMail({
    to: data.email,
    template: "staffInvitation",
    locale,
    params: { inviter: user.name, role: data.role, url: teamLink(options.baseUrl ?? defaultBaseUrl(), locale, "/invitation", { token }) },
  });
  return { invitationId: invitation.id, email: data.email, mailStatus: mail.status };
}

/** Withdraws an open team invitation; its link stops working. Same role rule as inviting. */
export async function revokeStaffInvitationFor(
  user: SessionUser | null,
  invitationId: unknown,
  options: { now?: Date } = {},
): Promise<void> {
  if (!canManageUsers(user)) throw new ForbiddenError();
  const id = requireId(invitationId);
  const invitation = await prisma.invitation.findFirst({
    where: { id, organizationId: null },
    select: { id: true, globalRole: true, acceptedAt: true, revokedAt: true },
  });
  if (!invitation || !invitation.globalRole) throw new NotFoundError();
  if (!canInviteWithRole(user, invitation.globalRole)) throw new AppError(`${USERS_ERRORS_NAMESPACE}.inviteRoleForbidden`, 403);
  if (invitation.acceptedAt || invitation.revokedAt) throw new AppError(`${USERS_ERRORS_NAMESPACE}.invitationNotOpen`, 409);
  await prisma.$transaction(async (tx) => {
    const updated = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: options.now ?? new Date() },
    });
    if (updated.count === 0) throw new AppError(`${USERS_ERRORS_NAMESPACE}.invitationNotOpen`, 409);
    await recordAudit(tx, {
      actorId: user.id,
      action: "invitation.revoke",
      entityType: "invitation",
      entityId: invitation.id,
      changedFields: ["revokedAt"],
    });
  });
}
