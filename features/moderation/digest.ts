import "server-only";
import { prisma } from "@/lib/db";
import { sendMail } from "@/lib/mail";
import { defaultBaseUrl, editorialLink, notifiableEditors } from "@/features/notifications/editor-notifications";

// The editors' daily digest (Settings.editorNotification = DAILY_DIGEST): one mail per editor and
// admin listing what arrived since the previous digest — registrations of new providers, offers
// submitted for review and changes (revisions) waiting for review. Run by scripts/daily-jobs.ts.

const DAY_MS = 86_400_000;
/** Longer sections are cut off ("… +N"); the editor area has the full lists. */
const LIST_LIMIT = 30;

export type DigestResult =
  | { sent: false; reason: "mode" | "claimed" }
  | { sent: boolean; since: Date; until: Date; registrations: number; submissions: number; revisions: number; mails: number };

function bulletList(lines: string[], total: number): string {
  const shown = lines.slice(0, LIST_LIMIT).map((line) => `– ${line}`);
  if (total > shown.length) shown.push(`… (+${total - shown.length})`);
  return shown.join("\n");
}

/** What arrived in (since, until]: the three lists of the digest. */
export async function collectDigestItems(since: Date, until: Date) {
  const window = { gt: since, lte: until };
  const live = { deletedAt: null } as const;
  const [registrations, submissions, revisions] = await Promise.all([
    // A registration counts once its first user confirmed the address (bots that never confirm
    // do not reach the editors) — the same rule as the immediate notice.
    prisma.organization.findMany({
      where: { ...live, status: "PENDING", memberships: { some: { user: { emailVerifiedAt: window } } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    }),
    prisma.offer.findMany({
      where: { ...live, status: "PENDING_REVIEW", organization: live, updatedAt: window },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      select: { id: true, title: true, organization: { select: { name: true } } },
    }),
    prisma.offerRevision.findMany({
      where: { status: "PENDING", createdAt: window, offer: { ...live, organization: live } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, offer: { select: { id: true, title: true, organization: { select: { name: true } } } } },
    }),
  ]);
  return { registrations, submissions, revisions };
}

/**
 * Sends the digest when the portal is set to DAILY_DIGEST. The window starts at
 * Settings.lastEditorDigestAt (a day before `now` for the first digest) and is claimed before any
 * mail goes out, so two runs at the same time cannot both send it. Nothing new → no mail, but the
 * window still moves on.
 */
export async function sendEditorDigest(now: Date = new Date(), baseUrl: string = defaultBaseUrl()): Promise<DigestResult> {
  const settings = await prisma.settings.findUnique({ where: { id: 1 }, select: { editorNotification: true, lastEditorDigestAt: true } });
  if (!settings || settings.editorNotification !== "DAILY_DIGEST") return { sent: false, reason: "mode" };
  const since = settings.lastEditorDigestAt ?? new Date(now.getTime() - DAY_MS);
  const claimed = await prisma.settings.updateMany({
    where: { id: 1, lastEditorDigestAt: settings.lastEditorDigestAt },
    data: { lastEditorDigestAt: now },
  });
  if (claimed.count === 0) return { sent: false, reason: "claimed" };

  const items = await collectDigestItems(since, now);
  const counts = { registrations: items.registrations.length, submissions: items.submissions.length, revisions: items.revisions.length };
  if (counts.registrations + counts.submissions + counts.revisions === 0) return { sent: false, since, until: now, ...counts, mails: 0 };

  const params = {
    ...counts,
    registrationList: bulletList(
      items.registrations.map((org) => org.name),
      counts.registrations,
    ),
    submissionList: bulletList(
      items.submissions.map((offer) => `${offer.title} (${offer.organization.name})`),
      counts.submissions,
    ),
    revisionList: bulletList(
      items.revisions.map((revision) => `${revision.offer.title} (${revision.offer.organization.name})`),
      counts.revisions,
    ),
  };
  let mails = 0;
  for (const editor of await notifiableEditors()) {
    await sendMail({
      to: editor.email,
      template: "editorDigest",
      locale: editor.locale,
      params: { ...params, url: editorialLink(baseUrl, editor.locale, "/editorial") },
    });
    mails += 1;
  }
  return { sent: mails > 0, since, until: now, ...counts, mails };
}
