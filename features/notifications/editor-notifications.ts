import "server-only";
import { routing, type Locale } from "@/i18n/routing";
import { prisma } from "@/lib/db";
import { publicBaseUrl } from "@/lib/env";
import { logger } from "@/lib/logger";
import { sendMail } from "@/lib/mail";

// Mails to the editors about new work (issue 5). Settings.editorNotification decides how:
// IMMEDIATE sends one mail per event (here; registrations in features/accounts/notifications.ts),
// DAILY_DIGEST leaves everything to the daily digest (./digest.ts). Called after the transaction.

/** Editors and admins who can receive mail: active and with a confirmed address. */
export function notifiableEditors() {
  return prisma.user.findMany({
    where: { role: { in: ["EDITOR", "ADMIN"] }, disabledAt: null, emailVerifiedAt: { not: null } },
    orderBy: { id: "asc" },
    select: { email: true, locale: true },
  });
}

type EditorLink = "/editorial" | "/editorial/offers/[id]";

// Like features/accounts/account-context.ts, but without its lib/errors import (next/navigation),
// so the daily-jobs script can load this module outside Next.js.
export function defaultBaseUrl(): string {
  return publicBaseUrl();
}

function toLocale(value: string | null | undefined): Locale {
  return (routing.locales as readonly string[]).includes(value ?? "") ? (value as Locale) : routing.defaultLocale;
}

/** An absolute link into the editor area, built from the routing table (works outside a request). */
export function editorialLink(baseUrl: string, locale: string, target: EditorLink, id?: number): string {
  const resolved = toLocale(locale);
  const pathname = routing.pathnames[target];
  const localized = (typeof pathname === "string" ? pathname : pathname[resolved]).replace("[id]", String(id ?? ""));
  return `${baseUrl.replace(/\/+$/, "")}/${resolved}${localized}`;
}

export async function editorNotificationMode(): Promise<"IMMEDIATE" | "DAILY_DIGEST"> {
  const settings = await prisma.settings.findUnique({ where: { id: 1 }, select: { editorNotification: true } });
  return settings?.editorNotification ?? "IMMEDIATE";
}

/**
 * An offer was submitted for review (`kind` "offer") or a published offer's edit waits as a revision
 * ("revision"). Never throws: the provider's save has already succeeded, a failed notice is logged.
 */
export async function notifyEditorsOfSubmission(
  offerId: number,
  kind: "offer" | "revision",
  baseUrl: string = defaultBaseUrl(),
): Promise<void> {
  try {
    if ((await editorNotificationMode()) !== "IMMEDIATE") return;
    const offer = await prisma.offer.findUnique({
      where: { id: offerId },
      select: {
        title: true,
        updatedBy: { select: { name: true } },
        organization: { select: { name: true } },
        revisions: {
          where: { status: "PENDING" },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { createdBy: { select: { name: true } } },
        },
      },
    });
    if (!offer) return;
    const submitter = kind === "revision" ? offer.revisions[0]?.createdBy?.name : offer.updatedBy?.name;
    for (const editor of await notifiableEditors()) {
      await sendMail({
        to: editor.email,
        template: kind === "revision" ? "revisionSubmittedNotice" : "offerSubmittedNotice",
        locale: editor.locale,
        params: {
          offer: offer.title,
          organization: offer.organization.name,
          name: submitter ?? "",
          url: editorialLink(baseUrl, editor.locale, "/editorial/offers/[id]", offerId),
        },
      });
    }
  } catch (error) {
    logger.error("editor notification failed", { offerId, kind, error });
  }
}
