import "server-only";
import { recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { AppError, NotFoundError } from "@/lib/errors";
import { sendMail } from "@/lib/mail";
import { defaultBaseUrl } from "@/features/accounts/account-context";
import type { SessionUser } from "@/features/accounts/types";
import { parseInput } from "@/lib/validation";
import { teamLink } from "./links";
import { grantMembership, type MutationOptions } from "./mutations";
import { assertCanManageTeam } from "./permissions";
import { JoinRequestDecisionSchema, TEAM_ERRORS_NAMESPACE } from "./schemas";
import { requireId } from "@/lib/ids";

// The deciding side of join requests (the asking side is features/accounts/join-requests.ts): the
// organisation's admins approve (→ member) or decline; the requester gets a mail either way.

export async function decideJoinRequestFor(user: SessionUser, joinRequestId: number, decision: unknown, options: MutationOptions = {}) {
  requireId(joinRequestId);
  const request = await prisma.joinRequest.findUnique({
    where: { id: joinRequestId },
    select: {
      id: true,
      status: true,
      organizationId: true,
      userId: true,
      user: { select: { email: true, name: true, locale: true, emailVerifiedAt: true } },
      organization: { select: { name: true, deletedAt: true } },
    },
  });
  if (!request || request.organization.deletedAt) throw new NotFoundError();
  assertCanManageTeam(user, request.organizationId);
  // Requests of unconfirmed addresses are not shown to admins, so they cannot be decided either.
  if (!request.user.emailVerifiedAt) throw new NotFoundError();
  const verdict = parseInput(JoinRequestDecisionSchema, decision, TEAM_ERRORS_NAMESPACE);
  const now = options.now ?? new Date();

  await prisma.$transaction(async (tx) => {
    const updated = await tx.joinRequest.updateMany({
      where: { id: request.id, status: "PENDING" },
      data: { status: verdict === "approve" ? "APPROVED" : "DECLINED", decidedById: user.id, decidedAt: now },
    });
    if (updated.count === 0) throw new AppError(`${TEAM_ERRORS_NAMESPACE}.joinRequestDecided`, 409);
    if (verdict === "approve") await grantMembership(tx, request.userId, request.organizationId, "ORG_MEMBER", user.id);
    await recordAudit(tx, {
      actorId: user.id,
      action: verdict === "approve" ? "joinRequest.approve" : "joinRequest.decline",
      entityType: "joinRequest",
      entityId: request.id,
      changedFields: ["status"],
    });
  });

  const locale = request.user.locale;
  await sendMail({
    to: request.user.email,
    template: "joinRequestDecision",
    locale,
    params: {
      name: request.user.name,
      organization: request.organization.name,
      decision: verdict === "approve" ? "approved" : "declined",
      ...(verdict === "approve" ? { url: teamLink(options.baseUrl ?? defaultBaseUrl(), locale, "/account") } : {}),
    },
  });
}
