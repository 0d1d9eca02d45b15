import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { MembershipRole } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { AppError, NotFoundError, ValidationError } from "@/lib/errors";
import { sendMail } from "@/lib/mail";
import { generateToken } from "@/lib/tokens";
import { defaultBaseUrl } from "@/features/accounts/account-context";
import { isMemberOf } from "@/features/accounts/permissions";
import type { SessionUser } from "@/features/accounts/types";
import { parseInput } from "@/lib/validation";
import { teamLink } from "./links";
import { assertCanManageTeam } from "./permissions";
import { ChangeRoleSchema, INVITATION_LIFETIME_MS, InviteSchema, TEAM_ERRORS_NAMESPACE } from "./schemas";
import { requireId } from "@/lib/ids";

type Tx = Prisma.TransactionClient;
export type MutationOptions = { baseUrl?: string; now?: Date };

export const membershipEntityId = (organizationId: number, userId: number) => `${organizationId}:${userId}`;

/** An organisation needs at least one admin: call after a change, inside its transaction, to undo it otherwise. */
export async function assertAdminRemains(tx: Tx, organizationId: number): Promise<void> {
  const admins = await tx.membership.count({ where: { organizationId, role: "ORG_ADMIN" } });
  if (admins === 0) throw new AppError(`${TEAM_ERRORS_NAMESPACE}.lastAdmin`, 409);
}

async function liveOrganization(organizationId: number): Promise<{ id: number; name: string }> {
  const organization = await prisma.organization.findFirst({
    where: { id: organizationId, deletedAt: null },
    select: { id: true, name: true },
  });
  if (!organization) throw new NotFoundError();
  return organization;
}

/**
 * Invites someone by e-mail into the organisation (valid 7 days). Inviting the same address again
 * replaces its open invitation, so only the newest link works. Only the token's hash is stored.
 */
export async function inviteMemberFor(user: SessionUser, organizationId: number, input: unknown, options: MutationOptions = {}) {
  assertCanManageTeam(user, organizationId);
  const organization = await liveOrganization(organizationId);
  const data = parseInput(InviteSchema, input, TEAM_ERRORS_NAMESPACE);
  const now = options.now ?? new Date();

  const alreadyMember = await prisma.membership.findFirst({
    where: { organizationId, user: { email: data.email } },
    select: { userId: true },
  });
  if (alreadyMember) throw new ValidationError({ email: [`${TEAM_ERRORS_NAMESPACE}.alreadyMember`] });

  const { token, tokenHash } = generateToken();
  const invitation = await prisma.$transaction(async (tx) => {
    const replaced = await tx.invitation.updateMany({
      where: { organizationId, email: data.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const created = await tx.invitation.create({
      data: {
        email: data.email,
        tokenHash,
        organizationId,
        orgRole: data.role,
        invitedById: user.id,
        expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: replaced.count > 0 ? "invitation.renew" : "invitation.create",
      entityType: "invitation",
      entityId: created.id,
      changedFields: ["email", "orgRole"],
    });
    return created;
  });

  const invitee = await prisma.user.findUnique({ where: { email: data.email }, select: { locale: true } });
  const locale = invitee?.locale ?? user.locale;
  const mail = await sendMail({
    to: data.email,
    template: "invitation",
    locale,
    params: {
      organization: organization.name,
      inviter: user.name,
      role: data.role,
      url: teamLink(options.baseUrl ?? defaultBaseUrl(), locale, "/invitation", { token }),
    },
  });
  return { invitationId: invitation.id, mailStatus: mail.status };
}

/** Withdraws an open invitation; its link stops working. */
export async function revokeInvitationFor(user: SessionUser, invitationId: number, options: MutationOptions = {}) {
  requireId(invitationId);
  const invitation = await prisma.invitation.findUnique({
    where: { id: invitationId },
    select: { id: true, organizationId: true, acceptedAt: true, revokedAt: true },
  });
  if (!invitation || invitation.organizationId === null) throw new NotFoundError();
  assertCanManageTeam(user, invitation.organizationId);
  if (invitation.acceptedAt || invitation.revokedAt) throw new AppError(`${TEAM_ERRORS_NAMESPACE}.invitationNotOpen`, 409);
  await prisma.$transaction(async (tx) => {
    await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt: options.now ?? new Date() } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "invitation.revoke",
      entityType: "invitation",
      entityId: invitation.id,
      changedFields: ["revokedAt"],
    });
  });
}

/** Makes a member an admin or an admin a member; the last admin cannot be demoted. */
export async function changeMemberRoleFor(user: SessionUser, organizationId: number, input: unknown) {
  assertCanManageTeam(user, organizationId);
  const data = parseInput(ChangeRoleSchema, input, TEAM_ERRORS_NAMESPACE);
  await prisma.$transaction(async (tx) => {
    const membership = await tx.membership.findUnique({
      where: { userId_organizationId: { userId: data.userId, organizationId } },
      select: { role: true },
    });
    if (!membership) throw new NotFoundError();
    if (membership.role === data.role) return;
    await tx.membership.update({ where: { userId_organizationId: { userId: data.userId, organizationId } }, data: { role: data.role } });
    await assertAdminRemains(tx, organizationId);
    await recordAudit(tx, {
      actorId: user.id,
      action: "membership.update",
      entityType: "membership",
      entityId: membershipEntityId(organizationId, data.userId),
      changedFields: ["role"],
    });
  });
}

/** Deletes the membership (NotFound when there is none), keeps an admin, writes the audit entry `action`. */
export async function deleteMembership(tx: Tx, actorId: number, organizationId: number, userId: number, action: string): Promise<void> {
  const deleted = await tx.membership.deleteMany({ where: { userId, organizationId } });
  if (deleted.count === 0) throw new NotFoundError();
  await assertAdminRemains(tx, organizationId);
  await recordAudit(tx, { actorId, action, entityType: "membership", entityId: membershipEntityId(organizationId, userId) });
}

/** Removes someone from the organisation (their account stays); never the last admin. */
export async function removeMemberFor(user: SessionUser, organizationId: number, memberUserId: unknown) {
  assertCanManageTeam(user, organizationId);
  const userId = requireId(memberUserId);
  await prisma.$transaction((tx) => deleteMembership(tx, user.id, organizationId, userId, "membership.remove"));
}

/** The user leaves the organisation themselves; the last admin has to hand over first. */
export async function leaveOrganizationFor(user: SessionUser, organizationId: number) {
  if (!isMemberOf(user, requireId(organizationId))) throw new NotFoundError();
  await prisma.$transaction((tx) => deleteMembership(tx, user.id, organizationId, user.id, "membership.leave"));
}

/**
 * Adds the user to the organisation with `role`, or raises an existing member's role to admin.
 * `createAction` names the audit entry of a new membership (editors adding someone write "membership.add").
 */
export async function grantMembership(
  tx: Tx,
  userId: number,
  organizationId: number,
  role: MembershipRole,
  actorId: number | null,
  createAction = "membership.create",
): Promise<void> {
  const existing = await tx.membership.findUnique({ where: { userId_organizationId: { userId, organizationId } }, select: { role: true } });
  const entityId = membershipEntityId(organizationId, userId);
  if (!existing) {
    await tx.membership.create({ data: { userId, organizationId, role } });
    await recordAudit(tx, { actorId, action: createAction, entityType: "membership", entityId, changedFields: ["role"] });
  } else if (role === "ORG_ADMIN" && existing.role !== "ORG_ADMIN") {
    await tx.membership.update({ where: { userId_organizationId: { userId, organizationId } }, data: { role } });
    await recordAudit(tx, { actorId, action: "membership.update", entityType: "membership", entityId, changedFields: ["role"] });
  }
}
