import type { PrismaClient } from "@/generated/prisma/client";
import type { OfferStatus } from "@/generated/prisma/enums";
import { loadSessionUser } from "@/features/accounts/session-user";
import type { SessionUser } from "@/features/accounts/types";
import { reindexOffer } from "@/features/search/fts";

// Two organisations (A with an admin and a plain member, B with an admin), an editor and a user
// without organisation, for the permission matrix of the offer list and its actions.

export type Fixture = {
  orgA: number;
  orgB: number;
  users: { adminA: SessionUser; memberA: SessionUser; adminB: SessionUser; editor: SessionUser; loner: SessionUser };
};

export async function createFixture(prisma: PrismaClient): Promise<Fixture> {
  const orgA = await prisma.organization.create({ data: { slug: "verein-a", name: "Verein A", status: "APPROVED" } });
  const orgB = await prisma.organization.create({ data: { slug: "verein-b", name: "Verein B", status: "APPROVED" } });
  const user = async (
    email: string,
    name: string,
    role: "NONE" | "EDITOR" = "NONE",
    membership?: { organizationId: number; role: "ORG_ADMIN" | "ORG_MEMBER" },
  ) => {
    const created = await prisma.user.create({
      data: {
        email,
        name,
        passwordHash: "x",
        role,
        emailVerifiedAt: new Date(),
        memberships: membership ? { create: membership } : undefined,
      },
    });
    const session = await loadSessionUser({ userId: created.id, sessionVersion: 0, sessionId: "test-session-0000000001" });
    if (!session) throw new Error("no session user");
    return session;
  };
  return {
    orgA: orgA.id,
    orgB: orgB.id,
    users: {
      adminA: await user("admin-a@example.org", "Anna Admin", "NONE", { organizationId: orgA.id, role: "ORG_ADMIN" }),
      memberA: await user("member-a@example.org", "Max Mitglied", "NONE", { organizationId: orgA.id, role: "ORG_MEMBER" }),
      adminB: await user("admin-b@example.org", "Bea B", "NONE", { organizationId: orgB.id, role: "ORG_ADMIN" }),
      editor: await user("redaktion@example.org", "Rita Redaktion", "EDITOR"),
      loner: await user("loner@example.org", "Lou Allein"),
    },
  };
}

let counter = 0;

export async function createOffer(
  prisma: PrismaClient,
  organizationId: number,
  data: { title: string; status?: OfferStatus; endsAt?: Date | null; deletedAt?: Date | null; updatedAt?: Date; statusReason?: string },
): Promise<number> {
  counter += 1;
  const offer = await prisma.offer.create({
    data: {
      slug: `offer-${counter}-${Math.random().toString(36).slice(2, 8)}`,
      organizationId,
      title: data.title,
      status: data.status ?? "PUBLISHED",
      publishedAt: data.status === undefined || data.status === "PUBLISHED" ? new Date("2026-01-01T00:00:00Z") : null,
      endsAt: data.endsAt ?? null,
      deletedAt: data.deletedAt ?? null,
      statusReason: data.statusReason ?? null,
      ...(data.updatedAt ? { updatedAt: data.updatedAt } : {}),
    },
  });
  await reindexOffer(prisma, offer.id);
  return offer.id;
}
