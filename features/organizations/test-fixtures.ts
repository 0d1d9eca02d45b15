import type { PrismaClient } from "@/generated/prisma/client";
import type { GlobalRole, MembershipRole } from "@/generated/prisma/enums";
import { loadSessionUser } from "@/features/accounts/session-user";
import type { SessionUser } from "@/features/accounts/types";

// Shared by the organisation and team integration tests: two organisations with admins and
// members, an editor and an outsider. No password hashing (tests never log in through the form).

let counter = 0;

export async function createUser(db: PrismaClient, name: string, role: GlobalRole = "NONE"): Promise<number> {
  counter += 1;
  const user = await db.user.create({
    data: {
      email: `${name.toLowerCase()}-${counter}@example.org`,
      name,
      passwordHash: "x",
      emailVerifiedAt: new Date(),
      role,
      termsAcceptedVersion: 1,
      termsAcceptedAt: new Date(),
    },
  });
  return user.id;
}

export async function addMember(db: PrismaClient, userId: number, organizationId: number, role: MembershipRole): Promise<void> {
  await db.membership.create({ data: { userId, organizationId, role } });
}

export async function sessionUser(userId: number): Promise<SessionUser> {
  const user = await loadSessionUser({ userId, sessionVersion: 0, sessionId: "test-session-0000000001" });
  if (!user) throw new Error(`no user ${userId}`);
  return user;
}

export type TwoOrganizations = Awaited<ReturnType<typeof createTwoOrganizations>>;

export async function createTwoOrganizations(db: PrismaClient) {
  counter += 1;
  const orgA = await db.organization.create({ data: { slug: `verein-a-${counter}`, name: "Verein A", status: "APPROVED" } });
  const orgB = await db.organization.create({ data: { slug: `verein-b-${counter}`, name: "Verein B", status: "APPROVED" } });
  const adminA = await createUser(db, "AdminA");
  const memberA = await createUser(db, "MemberA");
  const adminB = await createUser(db, "AdminB");
  const editor = await createUser(db, "Editor", "EDITOR");
  const outsider = await createUser(db, "Outsider");
  await addMember(db, adminA, orgA.id, "ORG_ADMIN");
  await addMember(db, memberA, orgA.id, "ORG_MEMBER");
  await addMember(db, adminB, orgB.id, "ORG_ADMIN");
  return { orgA: orgA.id, orgB: orgB.id, adminA, memberA, adminB, editor, outsider };
}
