import "server-only";
import type { OrganizationStatus } from "@/generated/prisma/enums";
import { defaultBaseUrl, toLocale } from "@/features/accounts/account-context";
import type { SessionUser } from "@/features/accounts/types";
import { parseInput } from "@/lib/validation";
import { reindexOrganizationOffers } from "@/features/search/fts";
import { routing } from "@/i18n/routing";
import { recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { AppError, NotFoundError } from "@/lib/errors";
import { sendMail, type MailResult } from "@/lib/mail";
import { nextOrganizationStatus, type OrganizationAction } from "./organization-transitions";
import { MODERATION_ERRORS_NAMESPACE, OrganizationTransitionSchema } from "./schemas";
import { requireId } from "@/lib/ids";
import { assertCanModerate } from "./permissions";

export { ORGANIZATION_TRANSITIONS, allowedOrganizationActions, nextOrganizationStatus } from "./organization-transitions";
export type { OrganizationAction } from "./organization-transitions";

const MAIL_TEMPLATES: Record<OrganizationAction, string> = {
  approve: "organizationApproved",
  reject: "organizationRejected",
  block: "organizationBlocked",
  unblock: "organizationUnblocked",
};

export type TransitionOptions = { now?: Date; baseUrl?: string };
export type TransitionResult = { organizationId: number; status: OrganizationStatus; mails: MailResult["status"][] };

function accountLink(baseUrl: string, locale: string, target: "/account" | "/account/profile"): string {
  const resolved = toLocale(locale);
  const pathname = routing.pathnames[target];
  const localized = typeof pathname === "string" ? pathname : pathname[resolved];
  return `${baseUrl.replace(/\/+$/, "")}/${resolved}${localized}`;
}

/**
 * Moves an organisation through the state machine (organization-transitions.ts) for an editor or
 * admin: permission → parse → one transaction (status, reason, approvedAt, audit entry; the update
 * only applies if the status is still the one read, so two editors cannot both decide) → search
 * index → mail to the organisation's admins in their own language. Approving makes its published
 * offers public, because the visibility rule requires an approved provider.
 * The caller (the server action) revalidates the pages.
 */
export async function transitionOrganizationFor(
  user: SessionUser | null,
  rawOrganizationId: unknown,
  action: unknown,
  reason?: unknown,
  options: TransitionOptions = {},
): Promise<TransitionResult> {
  assertCanModerate(user);
  const organizationId = requireId(rawOrganizationId);
  const input = parseInput(OrganizationTransitionSchema, { action, reason: reason ?? null }, MODERATION_ERRORS_NAMESPACE);

  const organization = await prisma.organization.findFirst({
    where: { id: organizationId, deletedAt: null },
    select: { id: true, name: true, status: true, email: true, approvedAt: true },
  });
  if (!organization) throw new NotFoundError();
  const next = nextOrganizationStatus(organization.status, input.action);
  if (!next) throw new AppError(`${MODERATION_ERRORS_NAMESPACE}.transitionNotAllowed`, 409);

  const now = options.now ?? new Date();
  const approvedAt = input.action === "approve" ? now : next === "APPROVED" ? (organization.approvedAt ?? now) : organization.approvedAt;
  await prisma.$transaction(async (tx) => {
    const updated = await tx.organization.updateMany({
      where: { id: organization.id, status: organization.status, deletedAt: null },
      data: { status: next, statusReason: input.reason, approvedAt },
    });
    if (updated.count === 0) throw new AppError(`${MODERATION_ERRORS_NAMESPACE}.changedMeanwhile`, 409);
    await recordAudit(tx, {
      actorId: user.id,
      action: `organization.${input.action}`,
      entityType: "organization",
      entityId: organization.id,
      changedFields:
        approvedAt?.getTime() === organization.approvedAt?.getTime()
          ? ["status", "statusReason"]
          : ["approvedAt", "status", "statusReason"],
      reason: input.reason,
    });
  });

  await reindexOrganizationOffers(prisma, organization.id);
  const mails = await mailOrganizationAdmins(organization, input.action, input.reason, options.baseUrl ?? defaultBaseUrl());
  return { organizationId: organization.id, status: next, mails };
}

async function mailOrganizationAdmins(
  organization: { id: number; name: string; email: string | null },
  action: OrganizationAction,
  reason: string | null,
  baseUrl: string,
): Promise<MailResult["status"][]> {
  const admins = await prisma.user.findMany({
    where: { disabledAt: null, memberships: { some: { organizationId: organization.id, role: "ORG_ADMIN" } } },
    select: { email: true, name: true, locale: true },
    orderBy: { id: "asc" },
  });
  // An organisation without an admin account (e.g. created by the editors) hears it at its own address.
  const recipients =
    admins.length > 0
      ? admins
      : organization.email
        ? [{ email: organization.email, name: organization.name, locale: routing.defaultLocale }]
        : [];
  const target = action === "approve" || action === "unblock" ? "/account" : "/account/profile";
  const results: MailResult["status"][] = [];
  for (const recipient of recipients) {
    const result = await sendMail({
      to: recipient.email,
      template: MAIL_TEMPLATES[action],
      locale: recipient.locale,
      params: {
        name: recipient.name,
        organization: organization.name,
        reason: reason ?? "",
        hasReason: reason ? "yes" : "no",
        url: accountLink(baseUrl, recipient.locale, target),
      },
    });
    results.push(result.status);
  }
  return results;
}
