import "server-only";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { SessionUser } from "@/features/accounts/types";
import { canManageTeam, canViewTeam } from "./permissions";
import { requireId } from "@/lib/ids";

/**
 * The team of an organisation for its members: members with role and joining date; for those who
 * manage the team also the open invitations and pending join requests (of confirmed addresses).
 */
export async function getTeam(user: SessionUser, organizationId: number, now: Date = new Date()) {
  if (!canViewTeam(user, requireId(organizationId))) throw new NotFoundError();
  const organization = await prisma.organization.findFirst({
    where: { id: organizationId, deletedAt: null },
    select: { id: true, name: true },
  });
  if (!organization) throw new NotFoundError();
  const canManage = canManageTeam(user, organizationId);

  const [memberships, invitations, joinRequests] = await Promise.all([
    prisma.membership.findMany({
      where: { organizationId },
      select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true, disabledAt: true } } },
      orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
    }),
    canManage
      ? prisma.invitation.findMany({
          where: { organizationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
          select: { id: true, email: true, orgRole: true, expiresAt: true, createdAt: true, invitedBy: { select: { name: true } } },
          orderBy: { createdAt: "desc" },
        })
      : Promise.resolve([]),
    canManage
      ? prisma.joinRequest.findMany({
          where: { organizationId, status: "PENDING", user: { emailVerifiedAt: { not: null }, disabledAt: null } },
          select: { id: true, message: true, createdAt: true, user: { select: { name: true, email: true } } },
          orderBy: { createdAt: "asc" },
        })
      : Promise.resolve([]),
  ]);

  const members = memberships.map((m) => ({
    userId: m.user.id,
    name: m.user.name,
    email: m.user.email,
    role: m.role,
    since: m.createdAt,
    disabled: m.user.disabledAt !== null,
    isSelf: m.user.id === user.id,
  }));
  return {
    organization,
    canManage,
    isMember: members.some((m) => m.isSelf),
    adminCount: members.filter((m) => m.role === "ORG_ADMIN").length,
    members,
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.orgRole ?? "ORG_MEMBER",
      expiresAt: i.expiresAt,
      createdAt: i.createdAt,
      invitedBy: i.invitedBy?.name ?? null,
    })),
    joinRequests: joinRequests.map((r) => ({
      id: r.id,
      name: r.user.name,
      email: r.user.email,
      message: r.message,
      createdAt: r.createdAt,
    })),
  };
}

export type Team = Awaited<ReturnType<typeof getTeam>>;
