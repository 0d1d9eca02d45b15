import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { PAGE_SIZE, pageInfo } from "@/lib/pagination";
import type { SessionUser } from "@/features/accounts/types";
import { canChangeGlobalRole, canDisableUser, canInviteWithRole, canManageUsers } from "./permissions";
import { STAFF_ROLES, type UserListParams, type UserStatus } from "./schemas";
import { requireId } from "@/lib/ids";

// Reads of the user management. Each checks the editor role itself (the pages check it too).

const HISTORY_LIMIT = 30;

/** `text` as a LIKE pattern matching it anywhere, with %, _ and the escape character taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Ids of users whose name or e-mail contains `q` (case-insensitive for ASCII, wildcards literal). */
async function userIdsMatching(q: string): Promise<number[]> {
  const pattern = containsPattern(q);
  // Prisma's `contains` passes % and _ through as wildcards, so the pattern goes through raw SQL.
  const rows = await prisma.$queryRawUnsafe<{ id: number }[]>(
    `SELECT "id" AS id FROM "User" WHERE "name" LIKE ? ESCAPE '\\' OR "email" LIKE ? ESCAPE '\\'`,
    pattern,
    pattern,
  );
  return rows.map((row) => Number(row.id));
}

function statusWhere(status: UserStatus | "ALL"): Prisma.UserWhereInput {
  if (status === "disabled") return { disabledAt: { not: null } };
  if (status === "unverified") return { disabledAt: null, emailVerifiedAt: null };
  if (status === "active") return { disabledAt: null, emailVerifiedAt: { not: null } };
  return {};
}

const userRowSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  disabledAt: true,
  emailVerifiedAt: true,
  lastLoginAt: true,
  memberships: {
    where: { organization: { deletedAt: null } },
    orderBy: { organization: { name: "asc" } },
    select: { role: true, organization: { select: { id: true, name: true } } },
  },
} satisfies Prisma.UserSelect;

export type UserRow = Prisma.UserGetPayload<{ select: typeof userRowSelect }>;

/** One page of users for editors and admins: search by name or e-mail, filter by role and status. */
export async function listUsersForEditors(user: SessionUser | null, params: UserListParams, requestedPage: number) {
  if (!canManageUsers(user)) throw new ForbiddenError();
  const where: Prisma.UserWhereInput = {
    ...(params.role === "ALL" ? {} : { role: params.role }),
    ...statusWhere(params.status),
    ...(params.q ? { id: { in: await userIdsMatching(params.q) } } : {}),
  };
  const total = await prisma.user.count({ where });
  const page = pageInfo(requestedPage, total);
  const users = await prisma.user.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: page.skip,
    take: PAGE_SIZE,
    select: userRowSelect,
  });
  return { users, page, invitableRoles: STAFF_ROLES.filter((role) => canInviteWithRole(user, role)) };
}

/** Open invitations into the portal's own team (editors, planners, admins), newest first. */
export async function listOpenStaffInvitations(user: SessionUser | null, now: Date = new Date()) {
  if (!canManageUsers(user)) throw new ForbiddenError();
  const rows = await prisma.invitation.findMany({
    where: { organizationId: null, globalRole: { not: null }, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
    select: { id: true, email: true, globalRole: true, expiresAt: true, invitedBy: { select: { name: true } } },
  });
  return rows.map((row) => ({ ...row, canRevoke: row.globalRole !== null && canInviteWithRole(user, row.globalRole) }));
}

/** Active admins: the last one can be neither demoted nor disabled. */
export function activeAdminCount(db: Pick<Prisma.TransactionClient, "user"> = prisma): Promise<number> {
  return db.user.count({ where: { role: "ADMIN", disabledAt: null } });
}

/** A user with everything the detail page shows and what the viewer may do with them. */
export async function getUserForEditors(viewer: SessionUser | null, userId: unknown) {
  if (!canManageUsers(viewer)) throw new ForbiddenError();
  const user = await prisma.user.findUnique({ where: { id: requireId(userId) }, select: { ...userRowSelect, createdAt: true } });
  if (!user) throw new NotFoundError();
  const memberOf = user.memberships.map((m) => m.organization.id);
  const [organizations, history, admins] = await Promise.all([
    prisma.organization.findMany({
      where: { deletedAt: null, id: { notIn: memberOf } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    }),
    prisma.auditLog.findMany({
      where: {
        OR: [
          { entityType: "user", entityId: String(user.id) },
          { entityType: "membership", entityId: { endsWith: `:${user.id}` } },
        ],
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: HISTORY_LIMIT,
      select: { id: true, action: true, createdAt: true, actor: { select: { name: true } } },
    }),
    activeAdminCount(),
  ]);
  const lastActiveAdmin = user.role === "ADMIN" && !user.disabledAt && admins <= 1;
  return {
    user,
    organizations,
    history,
    can: {
      changeRole: canChangeGlobalRole(viewer, user.id) && !lastActiveAdmin,
      disable: canDisableUser(viewer, user) && !lastActiveAdmin,
      resetPassword: !user.disabledAt,
    },
    isSelf: viewer.id === user.id,
    lastActiveAdmin,
  };
}

export type UserList = Awaited<ReturnType<typeof listUsersForEditors>>;
export type UserForEditors = Awaited<ReturnType<typeof getUserForEditors>>;
export type StaffInvitationRow = Awaited<ReturnType<typeof listOpenStaffInvitations>>[number];
