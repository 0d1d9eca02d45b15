import "server-only";
import { prisma } from "@/lib/db";
import { sendMail } from "@/lib/mail";
import { absoluteLink } from "./account-context";

// Mails about account events to other people: editors (new registrations) and organisation admins
// (join requests). Called after the transaction that caused them.

/**
 * A newly registered organisation whose first user confirmed the e-mail address (so bots that never
 * confirm do not reach the editors). With Settings.editorNotification IMMEDIATE every editor and
 * admin gets a mail now.
 *
 * DAILY_DIGEST hook (issue 5): nothing is sent here; the digest job collects registrations itself —
 * organisations with status PENDING created since the last digest (AuditLog action
 * "organization.create" / "user.verifyEmail").
 */
export async function notifyEditorsOfRegistration(organizationId: number, baseUrl: string): Promise<void> {
  const settings = await prisma.settings.findUnique({ where: { id: 1 }, select: { editorNotification: true } });
  if ((settings?.editorNotification ?? "IMMEDIATE") !== "IMMEDIATE") return;
  const organization = await prisma.organization.findUnique({
    where: { id: organizationId },
    select: {
      name: true,
      memberships: { where: { role: "ORG_ADMIN" }, take: 1, select: { user: { select: { name: true, email: true } } } },
    },
  });
  if (!organization) return;
  const editors = await prisma.user.findMany({
    where: { role: { in: ["EDITOR", "ADMIN"] }, disabledAt: null, emailVerifiedAt: { not: null } },
    select: { email: true, locale: true },
  });
  const contact = organization.memberships[0]?.user;
  for (const editor of editors) {
    await sendMail({
      to: editor.email,
      template: "registrationNotice",
      locale: editor.locale,
      params: {
        organization: organization.name,
        name: contact?.name ?? "",
        email: contact?.email ?? "",
        url: absoluteLink(baseUrl, editor.locale, "/account"),
      },
    });
  }
}

/** Tells the admins of the organisation about a (confirmed) join request. */
export async function notifyOrgAdminsOfJoinRequest(joinRequestId: number, baseUrl: string): Promise<void> {
  const request = await prisma.joinRequest.findUnique({
    where: { id: joinRequestId },
    select: {
      status: true,
      user: { select: { name: true, email: true } },
      organization: {
        select: {
          name: true,
          memberships: {
            where: { role: "ORG_ADMIN", user: { disabledAt: null } },
            select: { user: { select: { email: true, locale: true } } },
          },
        },
      },
    },
  });
  if (!request || request.status !== "PENDING") return;
  for (const { user: admin } of request.organization.memberships) {
    await sendMail({
      to: admin.email,
      template: "joinRequest",
      locale: admin.locale,
      params: {
        organization: request.organization.name,
        name: request.user.name,
        email: request.user.email,
        url: absoluteLink(baseUrl, admin.locale, "/account/team"),
      },
    });
  }
}
