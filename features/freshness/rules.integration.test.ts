import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addMember, createUser } from "@/features/organizations/test-fixtures";
import { useTestDatabase } from "@/test/helpers/db";
import {
  archiveExpiredOffers,
  hideStaleOffers,
  remindEndingOffers,
  remindUnconfirmed,
  sendFreshnessEditorDigest,
  sendWeeklyReminderSummaries,
} from "./rules";

// The daily freshness rules against a real database with a controllable clock. Mails go to the
// outbox (no SMTP_URL in tests), rendered in the recipient's language.

const BASE = "https://portal.example";
const DAY = 86_400_000;
const T0 = new Date("2027-03-01T04:00:00Z"); // a Monday
const at = (days: number) => new Date(T0.getTime() + days * DAY);
const opts = { baseUrl: BASE };

describe("freshness rules", () => {
  const db = useTestDatabase();
  let org: number;
  let otherOrg: number;
  let memberDe: number;
  let memberEn: number;
  let counter = 0;

  async function offer(data: {
    title: string;
    endsAt?: Date | null;
    lastConfirmedAt?: Date;
    organizationId?: number;
    status?: "PUBLISHED" | "DRAFT";
  }) {
    counter += 1;
    const row = await db.prisma.offer.create({
      data: {
        slug: `o-${counter}`,
        title: data.title,
        organizationId: data.organizationId ?? org,
        status: data.status ?? "PUBLISHED",
        publishedAt: at(-400),
        endsAt: data.endsAt ?? null,
        lastConfirmedAt: data.lastConfirmedAt ?? at(-1),
      },
    });
    return row.id;
  }

  const outbox = (template: string) => db.prisma.emailOutbox.findMany({ where: { template }, orderBy: { id: "asc" } });

  beforeAll(async () => {
    org = (
      await db.prisma.organization.create({ data: { slug: "kulturhaus", name: "Kulturhaus", status: "APPROVED", lastConfirmedAt: at(-1) } })
    ).id;
    otherOrg = (
      await db.prisma.organization.create({
        data: { slug: "sportverein", name: "Sportverein", status: "APPROVED", email: "info@sport.example", lastConfirmedAt: at(-1) },
      })
    ).id;
    memberDe = await createUser(db.prisma, "Greta");
    memberEn = await createUser(db.prisma, "Emma");
    await db.prisma.user.update({ where: { id: memberEn }, data: { locale: "en" } });
    await addMember(db.prisma, memberDe, org, "ORG_ADMIN");
    await addMember(db.prisma, memberEn, org, "ORG_MEMBER");
    await createUser(db.prisma, "Rita", "EDITOR");
  });

  beforeEach(async () => {
    await db.prisma.freshnessNotice.deleteMany();
    await db.prisma.freshnessToken.deleteMany();
    await db.prisma.emailOutbox.deleteMany();
    await db.prisma.offer.deleteMany();
    await db.prisma.user.updateMany({ data: { reminderMode: "IMMEDIATE" } });
    await db.prisma.organization.updateMany({ data: { lastConfirmedAt: at(-1) } });
    await db.prisma.settings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 } });
  });

  it("reminds once about offers ending within 14 days, in each member's language, with edit links", async () => {
    const soon = await offer({ title: "Töpferkurs", endsAt: at(10) });
    await offer({ title: "Later", endsAt: at(20) });
    await offer({ title: "Draft", endsAt: at(5), status: "DRAFT" });
    await offer({ title: "Sportfest", endsAt: at(3), organizationId: otherOrg });

    expect(await remindEndingOffers(T0, opts)).toEqual({ items: 2, mails: 3 });
    const mails = await outbox("freshnessEnding");
    const byTo = Object.fromEntries(mails.map((m) => [m.to, m]));
    const de = mails.find((m) => m.locale === "de" && m.text.includes("Töpferkurs"))!;
    expect(de.subject).toContain("Kulturhaus");
    expect(de.text).toContain("in den nächsten 14 Tagen");
    expect(de.text).toContain(`${BASE}/de/konto/angebote/${soon}`);
    expect(de.text).toContain(`${BASE}/de/konto/einstellungen`); // where to choose immediate or weekly
    expect(de.text).not.toContain("Later");
    const en = mails.find((m) => m.locale === "en")!;
    expect(en.text).toContain("end within the next 14 days");
    expect(en.text).toContain(`${BASE}/en/account/offers/${soon}`);
    expect(byTo["info@sport.example"].text).toContain("Sportfest"); // no members: the organisation's address

    // Run again, and twice at the same time: nothing more.
    expect(await remindEndingOffers(at(1), opts)).toEqual({ items: 0, mails: 0 });
    const both = await Promise.all([remindEndingOffers(at(2), opts), remindEndingOffers(at(2), opts)]);
    expect(both.map((r) => r.mails)).toEqual([0, 0]);
    expect(await outbox("freshnessEnding")).toHaveLength(3);

    // A new end date is a new period: one new reminder.
    await db.prisma.offer.update({ where: { id: soon }, data: { endsAt: at(12) } });
    expect((await remindEndingOffers(at(2), opts)).items).toBe(1);
  });

  it("two overlapping runs of the unconfirmed reminder send each reminder once", async () => {
    for (let i = 0; i < 8; i += 1) await offer({ title: `Alt ${i}`, lastConfirmedAt: at(-200 - i) });
    await offer({ title: "Frisch", lastConfirmedAt: at(-20) });
    const [a, b] = await Promise.all([remindUnconfirmed(T0, opts), remindUnconfirmed(T0, opts)]);
    expect(a.items + b.items).toBe(8);
    expect(await db.prisma.freshnessNotice.count({ where: { rule: "unconfirmed" } })).toBe(8);
    const mails = await outbox("freshnessUnconfirmed");
    // Every offer appears exactly once per recipient.
    for (const to of new Set(mails.map((m) => m.to))) {
      const text = mails
        .filter((m) => m.to === to)
        .map((m) => m.text)
        .join("\n");
      for (let i = 0; i < 8; i += 1) expect(text.split(`Alt ${i}\n`).length - 1).toBe(1);
      expect(text).not.toContain("Frisch");
    }
    expect((await remindUnconfirmed(at(1), opts)).items).toBe(0);
  });

  it("reminds about unconfirmed offers and profiles with one-click links, then hides after 30 days, tells members and editors", async () => {
    const stale = await offer({ title: "Lesecafé", lastConfirmedAt: at(-190) });
    const confirmedLater = await offer({ title: "Nähtreff", lastConfirmedAt: at(-190) });
    await db.prisma.organization.update({ where: { id: org }, data: { lastConfirmedAt: at(-200) } });

    const first = await remindUnconfirmed(T0, opts);
    expect(first.items).toBe(3); // two offers and the profile
    const [mail] = (await outbox("freshnessUnconfirmed")).filter((m) => m.locale === "de");
    expect(mail.text).toContain("seit mindestens 6 Monaten");
    expect(mail.text).toContain("Lesecafé");
    expect(mail.text).toMatch(new RegExp(`${BASE}/de/bestaetigen\\?token=[A-Za-z0-9_-]{43}`));
    expect(await db.prisma.freshnessToken.count()).toBe(6); // 3 items × 2 members, each their own link

    // 29 days later nothing is hidden; a confirmation in between saves an offer.
    expect((await hideStaleOffers(at(29), opts)).items).toBe(0);
    await db.prisma.offer.update({ where: { id: confirmedLater }, data: { lastConfirmedAt: at(15) } });
    const [h1, h2] = await Promise.all([hideStaleOffers(at(30), opts), hideStaleOffers(at(30), opts)]);
    expect(h1.items + h2.items).toBe(1);
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: stale } })).staleHiddenAt).toEqual(at(30));
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: confirmedLater } })).staleHiddenAt).toBeNull();
    expect((await hideStaleOffers(at(31), opts)).items).toBe(0);

    const hidden = await outbox("freshnessHidden");
    expect(hidden).toHaveLength(2);
    expect(hidden.find((m) => m.locale === "en")!.text).toContain("hidden as “outdated”");
    const editors = await outbox("freshnessHiddenEditors");
    expect(editors).toHaveLength(1);
    expect(editors[0].text).toContain(`${BASE}/de/redaktion/angebote/${stale}`);
    expect(await db.prisma.auditLog.count({ where: { action: "offer.hideStale", entityId: String(stale) } })).toBe(1);

    // Hidden offers get no new reminder; the profile is not reminded twice for the same period.
    expect((await remindUnconfirmed(at(31), opts)).items).toBe(0);
  });

  it("never skips the hiding warning for members who chose weekly reminders", async () => {
    await db.prisma.user.updateMany({ data: { reminderMode: "WEEKLY" } });
    await offer({ title: "Chor", lastConfirmedAt: at(-190) });
    expect((await remindUnconfirmed(T0, opts)).mails).toBe(0); // weekly: no immediate reminder
    expect((await hideStaleOffers(at(30), opts)).mails).toBe(3); // two members + one editor
  });

  it("sends weekly summaries once a week to members who chose them", async () => {
    await db.prisma.user.update({ where: { id: memberEn }, data: { reminderMode: "WEEKLY" } });
    await offer({ title: "Ending", endsAt: at(5) });
    await offer({ title: "Old", lastConfirmedAt: at(-190) });
    const [a, b] = await Promise.all([sendWeeklyReminderSummaries(T0, opts), sendWeeklyReminderSummaries(T0, opts)]);
    expect(a.mails + b.mails).toBe(1);
    const [mail] = await outbox("freshnessWeekly");
    expect(mail.locale).toBe("en");
    expect(mail.text).toContain("you chose weekly reminders");
    expect(mail.text).toContain("Ending");
    expect(mail.text).toMatch(/Old\n {2}https:\/\/portal\.example\/en\/confirm\?token=/);
    expect((await sendWeeklyReminderSummaries(at(3), opts)).mails).toBe(0); // same week
    expect((await sendWeeklyReminderSummaries(at(7), opts)).mails).toBe(1); // next week
  });

  it("archives ended offers once, keeps them, and the editors' weekly digest lists what needs them", async () => {
    const ended = await offer({ title: "Sommerfest", endsAt: at(-1) });
    const running = await offer({ title: "Laufend", endsAt: at(40) });
    const [a, b] = await Promise.all([archiveExpiredOffers(T0), archiveExpiredOffers(T0)]);
    expect(a.archived + b.archived).toBe(1);
    const row = await db.prisma.offer.findUniqueOrThrow({ where: { id: ended } });
    expect(row.archivedAt).toEqual(T0);
    expect(row.status).toBe("PUBLISHED");
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: running } })).archivedAt).toBeNull();
    expect((await archiveExpiredOffers(at(1))).archived).toBe(0);

    await offer({ title: "Prüfung", status: "DRAFT" }).then((id) =>
      db.prisma.offer.update({ where: { id }, data: { status: "PENDING_REVIEW" } }),
    );
    const hidden = await offer({ title: "Versteckt" });
    await db.prisma.offer.update({ where: { id: hidden }, data: { staleHiddenAt: at(-2) } });
    await offer({ title: "Endet bald", endsAt: at(6) });
    const [d1, d2] = await Promise.all([sendFreshnessEditorDigest(T0, opts), sendFreshnessEditorDigest(T0, opts)]);
    expect(d1.mails + d2.mails).toBe(1);
    const [digest] = await outbox("freshnessEditorDigest");
    expect(digest.text).toContain("Warten auf Prüfung: 1 Angebote");
    expect(digest.text).toContain("Als veraltet ausgeblendet: 1\n– Versteckt (Kulturhaus)");
    expect(digest.text).toContain("Endet bald");
    expect(digest.text).toContain("Neue Anbieter der letzten 7 Tage: 0");
    expect((await sendFreshnessEditorDigest(at(2), opts)).mails).toBe(0);
  });
});
