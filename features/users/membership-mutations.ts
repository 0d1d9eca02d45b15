import "server-only";
import type { SessionUser } from "@/features/accounts/types";
import { parseInput } from "@/lib/validation";
import { assertAdminRemains, deleteMembership, grantMembership, membershipEntityId } from "@/features/team/mutations";
import { recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { loadTargetUser } from "./mutations";
import { MembershipInputSchema, MembershipRemovalSchema, USERS_ERRORS_NAMESPACE } from "./schemas";

// Editors and admins put any user into an organisation, change their role there or take them out.
// The team rule holds here too: every organisation keeps at least one ORG_ADMIN.

async function liveOrganization(organizationId: number): Promise<void> {
  const organization = await prisma.organization.findFirst({ where: { id: organizationId, deletedAt: null }, select: { id: true } });
  if (!organization) throw new ValidationError({ organizationId: [`${USERS_ERRORS_NAMESPACE}.organizationNotFound`] });
}

/** Adds the user to an organisation with a role ("membership.add"). */
export async function addMembershipFor(user: SessionUser | null, userId: unknown, input: unknown): Promise<void> {
  const { actor, target } = await loadTargetUser(user, userId);
  const data = parseInput(MembershipInputSchema, input, USERS_ERRORS_NAMESPACE);
  await liveOrganization(data.organizationId);
  await prisma.$transaction(async (tx) => {
    const existing = await tx.membership.findUnique({
      where: { userId_organizationId: { userId: target.id, organizationId: data.organizationId } },
      select: { role: true },
    });
    if (existing) throw new ValidationError({ organizationId: [`${USERS_ERRORS_NAMESPACE}.alreadyMember`] });
    await grantMembership(tx, target.id, data.organizationId, data.role, actor.id, "membership.add");
  });
}

/** Makes a member an admin of the organisation or the other way round ("membership.change"). */
export async function changeMembershipFor(user: SessionUser | null, userId: unknown, input: unknown): Promise<{ changed: boolean }> {
  const { actor, target } = await loadTargetUser(user, userId);
  const data = parseInput(MembershipInputSchema, input, USERS_ERRORS_NAMESPACE);
  const key = { userId_organizationId: { userId: target.id, organizationId: data.organizationId } };
  const changed = await prisma.$transaction(async (tx) => {
    const membership = await tx.membership.findUnique({ where: key, select: { role: true } });
    if (!membership) throw new NotFoundError();
    if (membership.role === data.role) return false;
    await tx.membership.update({ where: key, data: { role: data.role } });
    await assertAdminRemains(tx, data.organizationId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "membership.change",
      entityType: "membership",
      entityId: membershipEntityId(data.organizationId, target.id),
      changedFields: ["role"],
    });
    return true;
  });
  return { changed };
}

/** Takes the user out of the organisation ("membership.remove"); the account stays. */
export async function removeMembershipFor(user: SessionUser | null, userId: unknown, input: unknown): Promise<void> {
  const { actor, target } = await loadTargetUser(user, userId);
  const data = parseInput(MembershipRemovalSchema, input, USERS_ERRORS_NAMESPACE);
  await prisma.$transaction((tx) => deleteMembership(tx, actor.id, data.organizationId, target.id, "membership.remove"));
}
