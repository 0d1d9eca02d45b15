import "server-only";
import { defaultBaseUrl, toLocale } from "@/features/accounts/account-context";
import type { SessionUser } from "@/features/accounts/types";
import { parseInput } from "@/lib/validation";
import { reindexOffer } from "@/features/search/fts";
import { routing } from "@/i18n/routing";
import { recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { AppError, NotFoundError, ValidationError } from "@/lib/errors";
import { sendMail, type MailResult } from "@/lib/mail";
import { requireId } from "@/lib/ids";
import { ReassignSchema } from "./act-schemas";
import { assertCanModerate } from "./permissions";
import { MODERATION_ERRORS_NAMESPACE } from "./schemas";

// Moving an offer to another organisation (it was entered under the wrong provider, or the
// provider's work moved). The offer keeps status, texts and history; only its owner changes.

export type ReassignOptions = { now?: Date; baseUrl?: string };

/** Organisations an offer may be moved to: live and approved or still waiting for approval. */
export const REASSIGN_TARGET_STATUSES = ["APPROVED", "PENDING"] as const;

function link(baseUrl: string, locale: string, target: "/account/offers" | "/account/offers/[id]", offerId: number): string {
  const resolved = toLocale(locale);
  const pathname = routing.pathnames[target];
  const localized = (typeof pathname === "string" ? pathname : pathname[resolved]).replace("[id]", String(offerId));
  return `${baseUrl.replace(/\/+$/, "")}/${resolved}${localized}`;
}

/**
 * Reassigns an offer for an editor or admin: permission → parse → target check (refused when
 * unknown, deleted, rejected or blocked) → one transaction (owner, audit with from/to, search
 * document) → mail to the admins of both organisations.
 */
export async function reassignOfferFor(
  user: SessionUser | null,
  offerId: unknown,
  input: unknown,
  options: ReassignOptions = {},
): Promise<{ offerId: number; from: number; to: number; mails: MailResult["status"][] }> {
  assertCanModerate(user);
  const id = requireId(offerId);
  const data = parseInput(ReassignSchema, input, MODERATION_ERRORS_NAMESPACE);
  const offer = await prisma.offer.findFirst({
    where: { id, deletedAt: null },
    select: { id: true, title: true, organizationId: true, organization: { select: { id: true, name: true } } },
  });
  if (!offer) throw new NotFoundError();
  if (data.organizationId === offer.organizationId)
    throw new ValidationError({ organizationId: [`${MODERATION_ERRORS_NAMESPACE}.sameOrganization`] });
  const target = await prisma.organization.findFirst({
    where: { id: data.organizationId, deletedAt: null, status: { in: [...REASSIGN_TARGET_STATUSES] } },
    select: { id: true, name: true },
  });
  if (!target) throw new ValidationError({ organizationId: [`${MODERATION_ERRORS_NAMESPACE}.targetInvalid`] });

  await prisma.$transaction(async (tx) => {
    const updated = await tx.offer.updateMany({
      where: { id, organizationId: offer.organizationId, deletedAt: null },
      data: { organizationId: target.id, updatedById: user.id },
    });
    if (updated.count === 0) throw new AppError(`${MODERATION_ERRORS_NAMESPACE}.changedMeanwhile`, 409);
    const fromTo = `from organization ${offer.organizationId} to organization ${target.id}`;
    await recordAudit(tx, {
      actorId: user.id,
      action: "offer.reassign",
      entityType: "offer",
      entityId: id,
      changedFields: ["organizationId"],
      reason: data.reason ? `${data.reason} (${fromTo})` : fromTo,
    });
    await reindexOffer(tx, id);
  });

  const baseUrl = options.baseUrl ?? defaultBaseUrl();
  const mails: MailResult["status"][] = [];
  const common = {
    title: offer.title,
    from: offer.organization.name,
    to: target.name,
    reason: data.reason ?? "",
    hasReason: data.reason ? "yes" : "no",
  };
  for (const [organizationId, page] of [
    [offer.organizationId, "/account/offers"],
    [target.id, "/account/offers/[id]"],
  ] as const) {
    const admins = await prisma.user.findMany({
      where: { disabledAt: null, memberships: { some: { organizationId, role: "ORG_ADMIN" } } },
      select: { email: true, name: true, locale: true },
      orderBy: { id: "asc" },
    });
    for (const admin of admins) {
      const result = await sendMail({
        to: admin.email,
        template: "offerReassigned",
        locale: admin.locale,
        params: { ...common, name: admin.name, url: link(baseUrl, admin.locale, page, id) },
      });
      mails.push(result.status);
    }
  }
  return { offerId: id, from: offer.organizationId, to: target.id, mails };
}

export type OrganizationOption = { id: number; name: string; status: string };

/** Up to `take` live, approved or pending organisations whose name contains `query`, for pickers. */
export async function searchOrganizationOptions(user: SessionUser | null, query: unknown, take = 20): Promise<OrganizationOption[]> {
  assertCanModerate(user);
  const q = typeof query === "string" ? query.replace(/\s+/g, " ").trim().slice(0, 100) : "";
  return prisma.organization.findMany({
    where: { deletedAt: null, status: { in: [...REASSIGN_TARGET_STATUSES] }, ...(q ? { name: { contains: q } } : {}) },
    select: { id: true, name: true, status: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take,
  });
}
