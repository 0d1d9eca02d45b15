import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { editorialLink, notifiableEditors } from "@/features/notifications/editor-notifications";
import { recordAudit } from "@/lib/audit";
import { startOfWeek, todayLocal, TIME_ZONE } from "@/lib/dates";
import { prisma } from "@/lib/db";
import { publicBaseUrl } from "@/lib/env";
import { sendMail } from "@/lib/mail";
import { mailLocale, portalLink } from "./links";
import { issueFreshnessToken } from "./tokens";

// The daily freshness rules (issue 15), run by scripts/daily-jobs.ts with one clock `now`:
//   remindEndingOffers      offers ending within Settings.offerEndingReminderDays → reminder with an edit link
//   remindUnconfirmed       offers (Settings.offerReminderMonths) and profiles (providerReminderMonths) not
//                           confirmed or changed → reminder with one-click "still current" links
//   hideStaleOffers         still unconfirmed Settings.staleHideAfterDays after that reminder → hidden as
//                           "veraltet" (Offer.staleHiddenAt); organisation and editors told
//   archiveExpiredOffers    last date passed → Offer.archivedAt (kept, shown as past)
//   sendWeeklyReminderSummaries  providers who chose weekly reminders get one summary per week
//   sendFreshnessEditorDigest    the editors' weekly digest
// Idempotence: every mail is preceded by claiming a FreshnessNotice row whose key (rule, subject,
// period) is unique — a second run, or one running at the same time, finds the key taken and sends
// nothing. Hiding and archiving are conditional updates ("… where staleHiddenAt is null"), so only
// one run changes a row.

const DAY_MS = 86_400_000;
const BATCH = 500;
/** Longer lists in a mail are cut off ("… +N"); the dashboard has them all. */
const LIST_LIMIT = 40;

export type FreshnessOptions = { baseUrl?: string };

type Intervals = { offerMonths: number; providerMonths: number; endingDays: number; hideDays: number };

async function intervals(): Promise<Intervals> {
  const settings = await prisma.settings.findUnique({
    where: { id: 1 },
    select: { offerReminderMonths: true, providerReminderMonths: true, offerEndingReminderDays: true, staleHideAfterDays: true },
  });
  return {
    offerMonths: settings?.offerReminderMonths ?? 6,
    providerMonths: settings?.providerReminderMonths ?? 6,
    endingDays: settings?.offerEndingReminderDays ?? 14,
    hideDays: settings?.staleHideAfterDays ?? 30,
  };
}

export function monthsBefore(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === "P2002";
}

type NoticeKey = { rule: string; subjectKey: string; periodKey: string; offerId?: number; organizationId?: number };

/** Claims a notice; false when another run (or an earlier one) already holds its key. */
export async function claimNotice(key: NoticeKey, now: Date): Promise<boolean> {
  try {
    await prisma.freshnessNotice.create({ data: { ...key, createdAt: now } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

// ─── Recipients ────────────────────────────────────────────────────────────────────────────────────

export type Recipient = { email: string; locale: string; mode: "IMMEDIATE" | "WEEKLY"; userId: number | null };

/**
 * Who hears about an organisation's offers: its members with a confirmed address, each in their
 * language and with their reminder choice; the organisation's own address (German, immediate) when
 * it has no such member.
 */
async function recipientsOf(organizationIds: number[]): Promise<Map<number, Recipient[]>> {
  const result = new Map<number, Recipient[]>();
  if (organizationIds.length === 0) return result;
  const [memberships, organizations] = await Promise.all([
    prisma.membership.findMany({
      where: { organizationId: { in: organizationIds }, user: { disabledAt: null, emailVerifiedAt: { not: null } } },
      orderBy: [{ organizationId: "asc" }, { userId: "asc" }],
      select: { organizationId: true, user: { select: { id: true, email: true, locale: true, reminderMode: true } } },
    }),
    prisma.organization.findMany({ where: { id: { in: organizationIds } }, select: { id: true, email: true } }),
  ]);
  for (const { organizationId, user } of memberships) {
    const list = result.get(organizationId) ?? [];
    list.push({ email: user.email, locale: user.locale, mode: user.reminderMode, userId: user.id });
    result.set(organizationId, list);
  }
  for (const org of organizations) {
    if (!result.has(org.id) && org.email) result.set(org.id, [{ email: org.email, locale: "de", mode: "IMMEDIATE", userId: null }]);
  }
  return result;
}

function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(mailLocale(locale), { dateStyle: "medium", timeZone: TIME_ZONE }).format(date);
}

function bulletList(lines: string[]): string {
  const shown = lines.slice(0, LIST_LIMIT);
  if (lines.length > shown.length) shown.push(`… (+${lines.length - shown.length})`);
  return shown.join("\n");
}

function accountLinks(baseUrl: string, locale: string) {
  return { url: portalLink(baseUrl, locale, "/account"), settingsUrl: portalLink(baseUrl, locale, "/account/settings") };
}

type OfferItem = { id: number; title: string; organizationId: number; endsAt?: Date | null; since?: Date | null };

function groupByOrganization<T extends { organizationId: number }>(items: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) groups.set(item.organizationId, [...(groups.get(item.organizationId) ?? []), item]);
  return groups;
}

async function organizationNames(ids: number[]): Promise<Map<number, string>> {
  const rows = await prisma.organization.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Visible-to-the-public offers the rules look at: published, live, of an approved live provider. */
const liveOffer = {
  status: "PUBLISHED",
  deletedAt: null,
  archivedAt: null,
  organization: { status: "APPROVED", deletedAt: null },
} satisfies Prisma.OfferWhereInput;

// ─── Rule: offers ending soon ──────────────────────────────────────────────────────────────────────

export type RuleResult = { items: number; mails: number };

/** Offers whose last date falls within the next Settings.offerEndingReminderDays: one reminder per end date. */
export async function remindEndingOffers(
  now: Date = new Date(),
  { baseUrl = publicBaseUrl() }: FreshnessOptions = {},
): Promise<RuleResult> {
  const { endingDays } = await intervals();
  const claimed: OfferItem[] = [];
  let afterId = 0;
  for (;;) {
    const offers = await prisma.offer.findMany({
      where: {
        ...liveOffer,
        staleHiddenAt: null,
        id: { gt: afterId },
        endsAt: { gte: now, lte: new Date(now.getTime() + endingDays * DAY_MS) },
      },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, title: true, organizationId: true, endsAt: true },
    });
    if (offers.length === 0) break;
    afterId = offers[offers.length - 1].id;
    for (const offer of offers) {
      const key = { rule: "ending", subjectKey: `offer:${offer.id}`, periodKey: offer.endsAt!.toISOString(), offerId: offer.id };
      if (await claimNotice(key, now)) claimed.push(offer);
    }
  }
  let mails = 0;
  const groups = groupByOrganization(claimed);
  const [recipients, names] = await Promise.all([recipientsOf([...groups.keys()]), organizationNames([...groups.keys()])]);
  for (const [organizationId, offers] of groups) {
    for (const recipient of recipients.get(organizationId) ?? []) {
      if (recipient.mode !== "IMMEDIATE") continue;
      const list = offers.map(
        (offer) =>
          `– ${offer.title} (${formatDate(offer.endsAt!, recipient.locale)})\n  ${portalLink(baseUrl, recipient.locale, "/account/offers/[id]", { params: { id: offer.id } })}`,
      );
      await sendMail({
        to: recipient.email,
        template: "freshnessEnding",
        locale: recipient.locale,
        params: {
          organization: names.get(organizationId) ?? "",
          count: offers.length,
          days: endingDays,
          list: bulletList(list),
          ...accountLinks(baseUrl, recipient.locale),
        },
      });
      mails += 1;
    }
  }
  return { items: claimed.length, mails };
}

// ─── Rule: not confirmed for months ────────────────────────────────────────────────────────────────

type Unconfirmed = { kind: "offer" | "organization"; id: number; title: string; organizationId: number };

async function confirmationLines(items: Unconfirmed[], recipient: Recipient, baseUrl: string, now: Date): Promise<string[]> {
  const lines: string[] = [];
  for (const item of items) {
    const token = await issueFreshnessToken(prisma, item.kind === "offer" ? { offerId: item.id } : { organizationId: item.id }, now);
    lines.push(`– ${item.title}\n  ${portalLink(baseUrl, recipient.locale, "/confirm", { query: { token } })}`);
  }
  return lines;
}

/**
 * Offers not confirmed or edited for Settings.offerReminderMonths and approved organisation
 * profiles for providerReminderMonths: one reminder per confirmation period (the period key is the
 * lastConfirmedAt it is about, so a confirmation starts a new period).
 */
export async function remindUnconfirmed(now: Date = new Date(), { baseUrl = publicBaseUrl() }: FreshnessOptions = {}): Promise<RuleResult> {
  const { offerMonths, providerMonths, hideDays } = await intervals();
  const claimed: Unconfirmed[] = [];
  const offerCutoff = monthsBefore(now, offerMonths);
  let afterId = 0;
  for (;;) {
    const offers = await prisma.offer.findMany({
      where: {
        ...liveOffer,
        staleHiddenAt: null,
        id: { gt: afterId },
        AND: [
          { OR: [{ endsAt: null }, { endsAt: { gte: now } }] },
          { OR: [{ lastConfirmedAt: { lt: offerCutoff } }, { lastConfirmedAt: null, updatedAt: { lt: offerCutoff } }] },
        ],
      },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, title: true, organizationId: true, lastConfirmedAt: true, updatedAt: true },
    });
    if (offers.length === 0) break;
    afterId = offers[offers.length - 1].id;
    for (const offer of offers) {
      if (!offer.lastConfirmedAt) {
        // The period must be a stored value the hiding rule can compare with.
        await prisma.offer.updateMany({ where: { id: offer.id, lastConfirmedAt: null }, data: { lastConfirmedAt: offer.updatedAt } });
      }
      const period = (offer.lastConfirmedAt ?? offer.updatedAt).toISOString();
      if (await claimNotice({ rule: "unconfirmed", subjectKey: `offer:${offer.id}`, periodKey: period, offerId: offer.id }, now)) {
        await prisma.offer.update({ where: { id: offer.id }, data: { reminderSentAt: now } });
        claimed.push({ kind: "offer", id: offer.id, title: offer.title, organizationId: offer.organizationId });
      }
    }
  }
  const orgCutoff = monthsBefore(now, providerMonths);
  const organizations = await prisma.organization.findMany({
    where: {
      status: "APPROVED",
      deletedAt: null,
      OR: [{ lastConfirmedAt: { lt: orgCutoff } }, { lastConfirmedAt: null, updatedAt: { lt: orgCutoff } }],
    },
    orderBy: { id: "asc" },
    select: { id: true, name: true, lastConfirmedAt: true, updatedAt: true },
  });
  for (const org of organizations) {
    const period = (org.lastConfirmedAt ?? org.updatedAt).toISOString();
    if (await claimNotice({ rule: "unconfirmed", subjectKey: `org:${org.id}`, periodKey: period, organizationId: org.id }, now)) {
      if (!org.lastConfirmedAt)
        await prisma.organization.updateMany({ where: { id: org.id, lastConfirmedAt: null }, data: { lastConfirmedAt: org.updatedAt } });
      await prisma.organization.update({ where: { id: org.id }, data: { reminderSentAt: now } });
      claimed.push({ kind: "organization", id: org.id, title: org.name, organizationId: org.id });
    }
  }

  let mails = 0;
  const groups = groupByOrganization(claimed);
  const [recipients, names] = await Promise.all([recipientsOf([...groups.keys()]), organizationNames([...groups.keys()])]);
  for (const [organizationId, items] of groups) {
    for (const recipient of recipients.get(organizationId) ?? []) {
      if (recipient.mode !== "IMMEDIATE") continue;
      await sendMail({
        to: recipient.email,
        template: "freshnessUnconfirmed",
        locale: recipient.locale,
        params: {
          organization: names.get(organizationId) ?? "",
          count: items.length,
          months: offerMonths,
          hideDays,
          list: bulletList(await confirmationLines(items, recipient, baseUrl, now)),
          ...accountLinks(baseUrl, recipient.locale),
        },
      });
      mails += 1;
    }
  }
  return { items: claimed.length, mails };
}

// ─── Rule: hide what stays unconfirmed ─────────────────────────────────────────────────────────────

/**
 * Offers whose reminder (for their current confirmation period) went out at least
 * Settings.staleHideAfterDays ago and that nobody confirmed or edited since: hidden from every public
 * surface (the visibility rule reads staleHiddenAt). Members are told at once, whatever their
 * reminder choice, and so are the editors.
 */
export async function hideStaleOffers(now: Date = new Date(), { baseUrl = publicBaseUrl() }: FreshnessOptions = {}): Promise<RuleResult> {
  const { hideDays } = await intervals();
  const hidden: OfferItem[] = [];
  let afterId = 0;
  for (;;) {
    const notices = await prisma.freshnessNotice.findMany({
      where: {
        id: { gt: afterId },
        rule: "unconfirmed",
        createdAt: { lte: new Date(now.getTime() - hideDays * DAY_MS) },
        offer: { ...liveOffer, staleHiddenAt: null },
      },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, periodKey: true, offer: { select: { id: true, title: true, organizationId: true, lastConfirmedAt: true } } },
    });
    if (notices.length === 0) break;
    afterId = notices[notices.length - 1].id;
    for (const { periodKey, offer } of notices) {
      if (!offer || offer.lastConfirmedAt?.toISOString() !== periodKey) continue; // confirmed since: a new period
      const done = await prisma.$transaction(async (tx) => {
        const changed = await tx.offer.updateMany({
          where: { id: offer.id, staleHiddenAt: null, lastConfirmedAt: new Date(periodKey) },
          data: { staleHiddenAt: now },
        });
        if (changed.count !== 1) return false;
        await tx.freshnessNotice.create({
          data: {
            rule: "hidden",
            subjectKey: `offer:${offer.id}`,
            periodKey,
            offerId: offer.id,
            organizationId: offer.organizationId,
            createdAt: now,
          },
        });
        await recordAudit(tx, {
          actorId: null,
          action: "offer.hideStale",
          entityType: "offer",
          entityId: offer.id,
          changedFields: ["staleHiddenAt"],
        });
        return true;
      });
      if (done) hidden.push({ ...offer, since: offer.lastConfirmedAt });
    }
  }

  let mails = 0;
  const groups = groupByOrganization(hidden);
  const [recipients, names] = await Promise.all([recipientsOf([...groups.keys()]), organizationNames([...groups.keys()])]);
  for (const [organizationId, offers] of groups) {
    for (const recipient of recipients.get(organizationId) ?? []) {
      const list: string[] = [];
      for (const offer of offers) {
        const token = await issueFreshnessToken(prisma, { offerId: offer.id }, now);
        list.push(`– ${offer.title}\n  ${portalLink(baseUrl, recipient.locale, "/confirm", { query: { token } })}`);
      }
      await sendMail({
        to: recipient.email,
        template: "freshnessHidden",
        locale: recipient.locale,
        params: {
          organization: names.get(organizationId) ?? "",
          count: offers.length,
          list: bulletList(list),
          ...accountLinks(baseUrl, recipient.locale),
        },
      });
      mails += 1;
    }
  }
  if (hidden.length > 0) {
    for (const editor of await notifiableEditors()) {
      const list = hidden.map(
        (offer) =>
          `– ${offer.title} (${names.get(offer.organizationId) ?? ""})\n  ${editorialLink(baseUrl, editor.locale, "/editorial/offers/[id]", offer.id)}`,
      );
      await sendMail({
        to: editor.email,
        template: "freshnessHiddenEditors",
        locale: editor.locale,
        params: { count: hidden.length, hideDays, list: bulletList(list), url: editorialLink(baseUrl, editor.locale, "/editorial") },
      });
      mails += 1;
    }
  }
  return { items: hidden.length, mails };
}

// ─── Rule: archive what has ended ──────────────────────────────────────────────────────────────────

/**
 * Published offers whose last date has passed get archivedAt: they stay (the provider page lists
 * them as past, the provider can duplicate them for the next season) and no rule reminds about them
 * any more. Run after the next-dates refresh, which recomputes endsAt.
 */
export async function archiveExpiredOffers(now: Date = new Date()): Promise<{ archived: number }> {
  let archived = 0;
  for (;;) {
    const offers = await prisma.offer.findMany({
      where: { status: "PUBLISHED", deletedAt: null, archivedAt: null, endsAt: { lt: now } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true },
    });
    if (offers.length === 0) break;
    const count = await prisma.$transaction(async (tx) => {
      let changed = 0;
      for (const offer of offers) {
        const { count } = await tx.offer.updateMany({ where: { id: offer.id, archivedAt: null }, data: { archivedAt: now } });
        if (count !== 1) continue;
        changed += 1;
        await recordAudit(tx, {
          actorId: null,
          action: "offer.autoArchive",
          entityType: "offer",
          entityId: offer.id,
          changedFields: ["archivedAt"],
        });
      }
      return changed;
    });
    archived += count;
  }
  return { archived };
}

// ─── Weekly summaries ──────────────────────────────────────────────────────────────────────────────

/** The week a run belongs to: its Monday (local date), the period key of the weekly mails. */
export function weekKey(now: Date): string {
  return startOfWeek(todayLocal(now));
}

/** What needs a provider's attention now: offers ending soon, unconfirmed offers and profile (not yet hidden). */
export async function attentionItems(organizationId: number, now: Date) {
  const { offerMonths, providerMonths, endingDays } = await intervals();
  const offerCutoff = monthsBefore(now, offerMonths);
  const [ending, unconfirmed, profile] = await Promise.all([
    prisma.offer.findMany({
      where: {
        ...liveOffer,
        organizationId,
        staleHiddenAt: null,
        endsAt: { gte: now, lte: new Date(now.getTime() + endingDays * DAY_MS) },
      },
      orderBy: [{ endsAt: "asc" }, { id: "asc" }],
      take: LIST_LIMIT + 1,
      select: { id: true, title: true, endsAt: true },
    }),
    prisma.offer.findMany({
      where: {
        ...liveOffer,
        organizationId,
        staleHiddenAt: null,
        lastConfirmedAt: { lt: offerCutoff },
        OR: [{ endsAt: null }, { endsAt: { gte: now } }],
      },
      orderBy: [{ lastConfirmedAt: "asc" }, { id: "asc" }],
      take: LIST_LIMIT + 1,
      select: { id: true, title: true },
    }),
    prisma.organization.findFirst({
      where: { id: organizationId, status: "APPROVED", deletedAt: null, lastConfirmedAt: { lt: monthsBefore(now, providerMonths) } },
      select: { id: true, name: true },
    }),
  ]);
  return { ending, unconfirmed, profile };
}

/**
 * Members who chose weekly reminders get one summary per week (the first run of the week) of what
 * currently needs attention in each of their organisations, with fresh one-click links.
 */
export async function sendWeeklyReminderSummaries(
  now: Date = new Date(),
  { baseUrl = publicBaseUrl() }: FreshnessOptions = {},
): Promise<RuleResult> {
  const users = await prisma.user.findMany({
    where: {
      reminderMode: "WEEKLY",
      disabledAt: null,
      emailVerifiedAt: { not: null },
      memberships: { some: { organization: { status: "APPROVED", deletedAt: null } } },
    },
    orderBy: { id: "asc" },
    select: {
      id: true,
      email: true,
      locale: true,
      memberships: { select: { organization: { select: { id: true, name: true, status: true, deletedAt: true } } } },
    },
  });
  const week = weekKey(now);
  let items = 0;
  let mails = 0;
  for (const user of users) {
    const recipient: Recipient = { email: user.email, locale: user.locale, mode: "WEEKLY", userId: user.id };
    const sections: string[] = [];
    let count = 0;
    for (const { organization } of user.memberships) {
      if (organization.status !== "APPROVED" || organization.deletedAt) continue;
      const { ending, unconfirmed, profile } = await attentionItems(organization.id, now);
      const confirmable: Unconfirmed[] = [
        ...(profile ? [{ kind: "organization" as const, id: profile.id, title: profile.name, organizationId: organization.id }] : []),
        ...unconfirmed.map((offer) => ({ kind: "offer" as const, id: offer.id, title: offer.title, organizationId: organization.id })),
      ];
      if (ending.length + confirmable.length === 0) continue;
      count += ending.length + confirmable.length;
      const lines = [
        ...ending.map(
          (offer) =>
            `– ${offer.title} (${formatDate(offer.endsAt!, user.locale)})\n  ${portalLink(baseUrl, user.locale, "/account/offers/[id]", { params: { id: offer.id } })}`,
        ),
        ...(await confirmationLines(confirmable, recipient, baseUrl, now)),
      ];
      sections.push(`${organization.name}\n${bulletList(lines)}`);
    }
    if (sections.length === 0) continue;
    if (!(await claimNotice({ rule: "weekly", subjectKey: `user:${user.id}`, periodKey: week }, now))) continue;
    await sendMail({
      to: user.email,
      template: "freshnessWeekly",
      locale: user.locale,
      params: { count, list: sections.join("\n\n"), ...accountLinks(baseUrl, user.locale) },
    });
    items += count;
    mails += 1;
  }
  return { items, mails };
}

/**
 * The editors' weekly digest (first run of each week): offers and changes waiting for review, offers
 * hidden as stale, providers registered in the last 7 days, offers ending within the reminder days.
 */
export async function sendFreshnessEditorDigest(
  now: Date = new Date(),
  { baseUrl = publicBaseUrl() }: FreshnessOptions = {},
): Promise<{ sent: boolean; mails: number; counts?: Record<string, number> }> {
  const { endingDays } = await intervals();
  const editors = await notifiableEditors();
  if (editors.length === 0) return { sent: false, mails: 0 };
  if (!(await claimNotice({ rule: "digest", subjectKey: "portal", periodKey: weekKey(now) }, now))) return { sent: false, mails: 0 };
  const live = { deletedAt: null } as const;
  const take = LIST_LIMIT + 1;
  const [pending, revisions, hidden, providers, ending] = await Promise.all([
    prisma.offer.findMany({
      where: { ...live, status: "PENDING_REVIEW", organization: live },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take,
      select: { id: true, title: true, organization: { select: { name: true } } },
    }),
    prisma.offerRevision.count({ where: { status: "PENDING", offer: { ...live, organization: live } } }),
    prisma.offer.findMany({
      where: { ...liveOffer, staleHiddenAt: { not: null } },
      orderBy: [{ staleHiddenAt: "asc" }, { id: "asc" }],
      take,
      select: { id: true, title: true, organization: { select: { name: true } } },
    }),
    prisma.organization.findMany({
      where: { ...live, createdAt: { gt: new Date(now.getTime() - 7 * DAY_MS), lte: now } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take,
      select: { id: true, name: true, status: true },
    }),
    prisma.offer.findMany({
      where: { ...liveOffer, staleHiddenAt: null, endsAt: { gte: now, lte: new Date(now.getTime() + endingDays * DAY_MS) } },
      orderBy: [{ endsAt: "asc" }, { id: "asc" }],
      take,
      select: { id: true, title: true, organization: { select: { name: true } } },
    }),
  ]);
  // The lists are cut at LIST_LIMIT; the counts are the real totals.
  const total = async (length: number, count: () => Promise<number>) => (length > LIST_LIMIT ? count() : length);
  const counts = {
    pending: await total(pending.length, () => prisma.offer.count({ where: { ...live, status: "PENDING_REVIEW", organization: live } })),
    revisions,
    hidden: await total(hidden.length, () => prisma.offer.count({ where: { ...liveOffer, staleHiddenAt: { not: null } } })),
    providers: await total(providers.length, () =>
      prisma.organization.count({ where: { ...live, createdAt: { gt: new Date(now.getTime() - 7 * DAY_MS), lte: now } } }),
    ),
    ending: await total(ending.length, () =>
      prisma.offer.count({
        where: { ...liveOffer, staleHiddenAt: null, endsAt: { gte: now, lte: new Date(now.getTime() + endingDays * DAY_MS) } },
      }),
    ),
  };
  let mails = 0;
  for (const editor of editors) {
    const offerLines = (offers: { id: number; title: string; organization: { name: string } }[]) =>
      offers.length === 0
        ? "–"
        : bulletList(
            offers.map(
              (o) => `– ${o.title} (${o.organization.name})\n  ${editorialLink(baseUrl, editor.locale, "/editorial/offers/[id]", o.id)}`,
            ),
          );
    await sendMail({
      to: editor.email,
      template: "freshnessEditorDigest",
      locale: editor.locale,
      params: {
        ...counts,
        days: endingDays,
        pendingList: offerLines(pending),
        hiddenList: offerLines(hidden),
        endingList: offerLines(ending),
        providerList:
          providers.length === 0
            ? "–"
            : bulletList(providers.map((p) => `– ${p.name}\n  ${editorialLink(baseUrl, editor.locale, "/editorial")}`)),
        url: editorialLink(baseUrl, editor.locale, "/editorial"),
      },
    });
    mails += 1;
  }
  return { sent: mails > 0, mails, counts };
}

/** All rules in their order, each result by name (scripts/daily-jobs.ts runs them as separate jobs). */
export const FRESHNESS_JOBS = [
  { name: "freshness: archive expired offers", run: (now: Date) => archiveExpiredOffers(now) },
  { name: "freshness: hide stale offers", run: (now: Date) => hideStaleOffers(now) },
  { name: "freshness: remind ending offers", run: (now: Date) => remindEndingOffers(now) },
  { name: "freshness: remind unconfirmed", run: (now: Date) => remindUnconfirmed(now) },
  { name: "freshness: weekly provider summaries", run: (now: Date) => sendWeeklyReminderSummaries(now) },
  { name: "freshness: weekly editor digest", run: (now: Date) => sendFreshnessEditorDigest(now) },
] as const;
