import "server-only";
import type { OfferStatus } from "@/generated/prisma/enums";
import { defaultBaseUrl, toLocale } from "@/features/accounts/account-context";
import type { SessionUser } from "@/features/accounts/types";
import { applyOfferContentFor } from "@/features/offers/mutations";
import { parseInput } from "@/lib/validation";
import { reindexOffer } from "@/features/search/fts";
import { routing } from "@/i18n/routing";
import { recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { AppError, NotFoundError } from "@/lib/errors";
import { sendMail, type MailResult } from "@/lib/mail";
import { OfferTransitionSchema, RevisionDecisionSchema, type RevisionDecision } from "./offer-schemas";
import { nextOfferStatus, type OfferModerationAction } from "./offer-transitions";
import { assertCanModerate } from "./permissions";
import { MODERATION_ERRORS_NAMESPACE } from "./schemas";
import { requireId } from "@/lib/ids";

// Editors' decisions on offers: status changes through the table in offer-transitions.ts, and
// pending revisions (edits of published offers while the portal requires approval).
// The callers (server actions) revalidate the pages.

const OFFER_MAIL: Record<OfferModerationAction, string> = {
  approve: "offerApproved",
  reject: "offerRejected",
  block: "offerBlocked",
  unblock: "offerUnblocked",
};
const REVISION_MAIL: Record<RevisionDecision, string> = { approve: "revisionApproved", reject: "revisionRejected" };

export type ModerationOptions = { now?: Date; baseUrl?: string };

/**
 * Moves an offer through the editors' state machine: permission → parse → one transaction (status,
 * reason, publishedAt, audit, search document; only applies if the status is still the one read)
 * → mail to the organisation's admins in their own language.
 */
export async function transitionOfferFor(
  user: SessionUser | null,
  offerId: unknown,
  action: unknown,
  reason?: unknown,
  options: ModerationOptions = {},
): Promise<{ offerId: number; action: OfferModerationAction; status: OfferStatus; mails: MailResult["status"][] }> {
  assertCanModerate(user);
  const id = requireId(offerId);
  const input = parseInput(OfferTransitionSchema, { action, reason: reason ?? null }, MODERATION_ERRORS_NAMESPACE);
  const offer = await prisma.offer.findFirst({
    where: { id, deletedAt: null },
    select: { id: true, title: true, status: true, publishedAt: true, organizationId: true },
  });
  if (!offer) throw new NotFoundError();
  const next = nextOfferStatus(offer.status, input.action);
  if (!next) throw new AppError(`${MODERATION_ERRORS_NAMESPACE}.offerTransitionNotAllowed`, 409);

  const now = options.now ?? new Date();
  await prisma.$transaction(async (tx) => {
    const updated = await tx.offer.updateMany({
      where: { id: offer.id, status: offer.status, deletedAt: null },
      data: {
        status: next,
        statusReason: input.reason,
        publishedAt: next === "PUBLISHED" ? (offer.publishedAt ?? now) : offer.publishedAt,
        updatedById: user.id,
      },
    });
    if (updated.count === 0) throw new AppError(`${MODERATION_ERRORS_NAMESPACE}.changedMeanwhile`, 409);
    await reindexOffer(tx, offer.id);
    await recordAudit(tx, {
      actorId: user.id,
      action: `offer.${input.action}`,
      entityType: "offer",
      entityId: offer.id,
      changedFields: next === "PUBLISHED" && !offer.publishedAt ? ["publishedAt", "status", "statusReason"] : ["status", "statusReason"],
      reason: input.reason,
    });
  });
  const mails = await mailOrganizationAdmins(offer, OFFER_MAIL[input.action], input.reason, options.baseUrl ?? defaultBaseUrl());
  return { offerId: offer.id, action: input.action, status: next, mails };
}

/**
 * Decides a pending revision. Approving applies its data through the providers' save path
 * (schedule rows, derived columns, search document) and marks it APPROVED in the same
 * transaction; rejecting leaves the offer as it is. Both are audited and mailed.
 */
export async function decideRevisionFor(
  user: SessionUser | null,
  revisionId: unknown,
  action: unknown,
  reason?: unknown,
  options: ModerationOptions = {},
): Promise<{ revisionId: number; offerId: number; status: "APPROVED" | "REJECTED"; mails: MailResult["status"][] }> {
  assertCanModerate(user);
  const id = requireId(revisionId);
  const input = parseInput(RevisionDecisionSchema, { action, reason: reason ?? null }, MODERATION_ERRORS_NAMESPACE);
  const revision = await prisma.offerRevision.findFirst({
    where: { id, offer: { deletedAt: null } },
    select: { id: true, status: true, data: true, offer: { select: { id: true, title: true, organizationId: true } } },
  });
  if (!revision) throw new NotFoundError();
  if (revision.status !== "PENDING") throw new AppError(`${MODERATION_ERRORS_NAMESPACE}.revisionDecided`, 409);
  const now = options.now ?? new Date();
  const status = input.action === "approve" ? "APPROVED" : "REJECTED";
  const decide = async (tx: Parameters<Parameters<typeof prisma.$transaction>[0]>[0]) => {
    const updated = await tx.offerRevision.updateMany({
      where: { id: revision.id, status: "PENDING" },
      data: { status, reason: input.reason, decidedById: user.id, decidedAt: now },
    });
    if (updated.count === 0) throw new AppError(`${MODERATION_ERRORS_NAMESPACE}.revisionDecided`, 409);
  };

  let title = revision.offer.title;
  if (input.action === "approve") {
    let data: unknown;
    try {
      data = JSON.parse(revision.data);
    } catch {
      throw new AppError(`${MODERATION_ERRORS_NAMESPACE}.revisionInvalid`, 422);
    }
    await applyOfferContentFor(user, revision.offer.id, data, {
      auditAction: "offer.approveRevision",
      reason: input.reason,
      alsoInTransaction: decide,
      now,
    });
    title = (await prisma.offer.findUniqueOrThrow({ where: { id: revision.offer.id }, select: { title: true } })).title;
  } else {
    await prisma.$transaction(async (tx) => {
      await decide(tx);
      await recordAudit(tx, {
        actorId: user.id,
        action: "offer.rejectRevision",
        entityType: "offer",
        entityId: revision.offer.id,
        reason: input.reason,
      });
    });
  }
  const mails = await mailOrganizationAdmins(
    { ...revision.offer, title },
    REVISION_MAIL[input.action],
    input.reason,
    options.baseUrl ?? defaultBaseUrl(),
  );
  return { revisionId: revision.id, offerId: revision.offer.id, status, mails };
}

function offerLink(baseUrl: string, locale: string, offerId: number): string {
  const resolved = toLocale(locale);
  const pathname = routing.pathnames["/account/offers/[id]"];
  const localized = (typeof pathname === "string" ? pathname : pathname[resolved]).replace("[id]", String(offerId));
  return `${baseUrl.replace(/\/+$/, "")}/${resolved}${localized}`;
}

async function mailOrganizationAdmins(
  offer: { id: number; title: string; organizationId: number },
  template: string,
  reason: string | null,
  baseUrl: string,
): Promise<MailResult["status"][]> {
  const organization = await prisma.organization.findUnique({ where: { id: offer.organizationId }, select: { name: true, email: true } });
  const admins = await prisma.user.findMany({
    where: { disabledAt: null, memberships: { some: { organizationId: offer.organizationId, role: "ORG_ADMIN" } } },
    select: { email: true, name: true, locale: true },
    orderBy: { id: "asc" },
  });
  // An organisation without an admin account hears it at its own address.
  const recipients =
    admins.length > 0
      ? admins
      : organization?.email
        ? [{ email: organization.email, name: organization.name, locale: routing.defaultLocale }]
        : [];
  const results: MailResult["status"][] = [];
  for (const recipient of recipients) {
    const result = await sendMail({
      to: recipient.email,
      template,
      locale: recipient.locale,
      params: {
        name: recipient.name,
        title: offer.title,
        reason: reason ?? "",
        hasReason: reason ? "yes" : "no",
        url: offerLink(baseUrl, recipient.locale, offer.id),
      },
    });
    results.push(result.status);
  }
  return results;
}
