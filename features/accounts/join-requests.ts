import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { AppError, ValidationError } from "@/lib/errors";
import { defaultBaseUrl, parseAccountInput } from "./account-context";
import { notifyOrgAdminsOfJoinRequest } from "./notifications";
import { JoinRequestSchema } from "./schemas";
import type { SessionUser } from "./types";

// The asking side of join requests: someone names their organisation exactly (there is no list to
// choose from); its admins decide on the team page (features/team/join-request-decisions.ts).
// Requests of users who have not confirmed their e-mail address yet exist (made at registration) but
// the admins are only told once the address is confirmed — lists for admins should show only
// requests whose user has emailVerifiedAt set.

function normalizeName(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("de");
}

/**
 * The live organisation (pending or approved) with exactly this name — ignoring case and repeated
 * spaces — or null.
 */
export async function findOrganizationByExactName(
  db: Pick<Prisma.TransactionClient, "organization"> | typeof prisma,
  name: string,
): Promise<{ id: number; name: string } | null> {
  const wanted = normalizeName(name);
  const candidates = await db.organization.findMany({
    where: { deletedAt: null, status: { in: ["PENDING", "APPROVED"] } },
    select: { id: true, name: true },
  });
  return candidates.find((o) => normalizeName(o.name) === wanted) ?? null;
}

export function organizationNotFound(): ValidationError {
  return new ValidationError({ organizationName: ["Auth.organizationNotFound"] });
}

/**
 * A pending join request of `user` for the organisation called `organizationName` (see
 * findOrganizationByExactName). An existing pending request is returned again; members are refused.
 * The organisation's admins get a mail (joinRequest).
 */
export async function createJoinRequest(
  user: SessionUser,
  organizationName: string,
  options: { baseUrl?: string } = {},
): Promise<{ id: number; organizationName: string }> {
  const data = parseAccountInput(JoinRequestSchema, { organizationName });
  const result = await prisma.$transaction(async (tx) => {
    const organization = await findOrganizationByExactName(tx, data.organizationName);
    if (!organization) throw organizationNotFound();
    const member = await tx.membership.findUnique({
      where: { userId_organizationId: { userId: user.id, organizationId: organization.id } },
      select: { role: true },
    });
    if (member) throw new AppError("Auth.alreadyMember", 409);
    const pending = await tx.joinRequest.findFirst({
      where: { userId: user.id, organizationId: organization.id, status: "PENDING" },
      select: { id: true },
    });
    if (pending) return { id: pending.id, organizationName: organization.name, created: false };
    const request = await tx.joinRequest.create({ data: { userId: user.id, organizationId: organization.id }, select: { id: true } });
    await recordAudit(tx, { actorId: user.id, action: "joinRequest.create", entityType: "joinRequest", entityId: request.id });
    return { id: request.id, organizationName: organization.name, created: true };
  });
  if (result.created) await notifyOrgAdminsOfJoinRequest(result.id, options.baseUrl ?? defaultBaseUrl());
  return { id: result.id, organizationName: result.organizationName };
}

/** The user's own pending join requests (for the join page). */
export async function listOwnPendingJoinRequests(user: SessionUser): Promise<{ id: number; createdAt: Date; organizationName: string }[]> {
  const rows = await prisma.joinRequest.findMany({
    where: { userId: user.id, status: "PENDING", organization: { deletedAt: null } },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, organization: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, createdAt: r.createdAt, organizationName: r.organization.name }));
}
