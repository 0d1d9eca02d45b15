import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/features/accounts/types";
import { createOfferFor, updateOfferFor } from "@/features/offers/mutations";
import type { OfferFormValues } from "@/features/offers/schemas";
import { offerFormValues } from "@/features/offers/test-fixtures";
import { addMember, createUser, sessionUser } from "@/features/organizations/test-fixtures";
import { useTestDatabase } from "@/test/helpers/db";
import { mailText, startSmtpServer, type ReceivedMail, type TestSmtpServer } from "@/test/helpers/smtp";
import { sendEditorDigest } from "./digest";

// Editors hear about new work: immediately per submission (Settings.editorNotification IMMEDIATE)
// or once a day as a digest (DAILY_DIGEST). Mails go over real SMTP to a local listener.

function text(mail: ReceivedMail): string {
  return Buffer.from(mailText(mail), "latin1").toString("utf8");
}

describe("editor notifications", () => {
  const db = useTestDatabase();
  const previousSmtp = process.env.SMTP_URL;
  let smtp: TestSmtpServer;
  let org: number;
  let category: number;
  let provider: SessionUser;
  let editorEmail: string;
  let adminEmail: string;

  function input(overrides: Partial<OfferFormValues> = {}): OfferFormValues {
    return offerFormValues(org, category, overrides);
  }

  async function settings(data: {
    editorNotification?: "IMMEDIATE" | "DAILY_DIGEST";
    requireOfferApproval?: boolean;
    lastEditorDigestAt?: Date | null;
  }) {
    await db.prisma.settings.upsert({ where: { id: 1 }, update: data, create: { id: 1, ...data } });
  }

  const recipients = () => smtp.mails.flatMap((mail) => mail.to).sort();

  beforeAll(async () => {
    smtp = await startSmtpServer();
    process.env.SMTP_URL = smtp.url;
    category = (await db.prisma.category.create({ data: { slug: "kunst", name: "Kunst" } })).id;
    org = (await db.prisma.organization.create({ data: { slug: "werkstatt", name: "Werkstatt e.V.", status: "APPROVED" } })).id;
    const editorId = await createUser(db.prisma, "Rita", "EDITOR");
    const adminId = await createUser(db.prisma, "Adam", "ADMIN");
    await createUser(db.prisma, "Paula", "PLANNER");
    const disabled = await createUser(db.prisma, "Dora", "EDITOR");
    await db.prisma.user.update({ where: { id: disabled }, data: { disabledAt: new Date() } });
    editorEmail = (await db.prisma.user.findUniqueOrThrow({ where: { id: editorId } })).email;
    adminEmail = (await db.prisma.user.findUniqueOrThrow({ where: { id: adminId } })).email;
    await db.prisma.user.update({ where: { id: adminId }, data: { locale: "en" } });
    const providerId = await createUser(db.prisma, "Olga");
    await addMember(db.prisma, providerId, org, "ORG_ADMIN");
    provider = await sessionUser(providerId);
  });

  afterAll(async () => {
    await smtp.close();
    if (previousSmtp === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = previousSmtp;
  });

  beforeEach(() => {
    smtp.mails.length = 0;
  });

  describe("immediately", () => {
    it("mails every active editor and admin when an offer is submitted for review", async () => {
      await settings({ editorNotification: "IMMEDIATE", requireOfferApproval: true });
      const created = await createOfferFor(provider, input({ title: "Raku-Brand" }), "publish");
      expect(created.status).toBe("PENDING_REVIEW");
      expect(recipients()).toEqual([adminEmail, editorEmail].sort());
      const german = text(await smtp.waitForMail(editorEmail));
      expect(german).toContain("Olga hat für Werkstatt e.V. das Angebot „Raku-Brand“ zur Prüfung eingereicht.");
      expect(german).toContain(`/de/redaktion/angebote/${created.id}`);
      expect(text(await smtp.waitForMail(adminEmail))).toContain(`/en/editorial/offers/${created.id}`);

      // Saving it again while it waits is no new submission.
      smtp.mails.length = 0;
      await updateOfferFor(provider, created.id, input({ title: "Raku-Brand" }), "publish");
      expect(smtp.mails).toHaveLength(0);
      // Drafts and direct publication (approval off) tell nobody.
      await createOfferFor(provider, input(), "draft");
      await settings({ requireOfferApproval: false });
      await createOfferFor(provider, input(), "publish");
      expect(smtp.mails).toHaveLength(0);
    });

    it("mails when a published offer's change waits as a revision — once per revision", async () => {
      await settings({ editorNotification: "IMMEDIATE", requireOfferApproval: false });
      const published = await createOfferFor(provider, input({ title: "Drehscheibe" }), "publish");
      await settings({ requireOfferApproval: true });
      const edited = await updateOfferFor(provider, published.id, input({ title: "Drehscheibe neu" }), "publish");
      expect(edited.revision).toBe(true);
      expect(recipients()).toEqual([adminEmail, editorEmail].sort());
      expect(text(await smtp.waitForMail(editorEmail))).toContain("Änderungen am veröffentlichten Angebot „Drehscheibe“");
      smtp.mails.length = 0;
      await updateOfferFor(provider, published.id, input({ title: "Drehscheibe neuer" }), "publish");
      expect(smtp.mails).toHaveLength(0);
    });

    it("sends nothing at once when the editors want a daily digest", async () => {
      await settings({ editorNotification: "DAILY_DIGEST", requireOfferApproval: true });
      await createOfferFor(provider, input(), "publish");
      expect(smtp.mails).toHaveLength(0);
    });
  });

  describe("daily digest", () => {
    it("does nothing when the editors are notified immediately", async () => {
      await settings({ editorNotification: "IMMEDIATE", lastEditorDigestAt: null });
      expect(await sendEditorDigest(new Date())).toEqual({ sent: false, reason: "mode" });
      expect(smtp.mails).toHaveLength(0);
      expect((await db.prisma.settings.findUniqueOrThrow({ where: { id: 1 } })).lastEditorDigestAt).toBeNull();
    });

    it("lists only what arrived since the previous digest, mails each editor once, and skips an empty day", async () => {
      await settings({ editorNotification: "DAILY_DIGEST", requireOfferApproval: true, lastEditorDigestAt: new Date(Date.now() - 60_000) });
      await db.prisma.offer.updateMany({ data: { updatedAt: new Date(Date.now() - 3_600_000) } });
      await db.prisma.offerRevision.updateMany({ data: { createdAt: new Date(Date.now() - 3_600_000) } });
      const submitted = await createOfferFor(provider, input({ title: "Glasurkurs" }), "publish");
      const newOrg = await db.prisma.organization.create({ data: { slug: "neu", name: "Neuer Töpferverein", status: "PENDING" } });
      const founder = await createUser(db.prisma, "Fritz");
      await addMember(db.prisma, founder, newOrg.id, "ORG_ADMIN");
      // Registered but never confirmed: not yet news for the editors.
      const unconfirmed = await db.prisma.organization.create({ data: { slug: "bot", name: "Bot GmbH", status: "PENDING" } });
      const bot = await db.prisma.user.create({ data: { email: "bot@example.org", name: "Bot", passwordHash: "x" } });
      await addMember(db.prisma, bot.id, unconfirmed.id, "ORG_ADMIN");

      const first = new Date(Date.now() + 1000);
      const result = await sendEditorDigest(first, "https://portal.test");
      expect(result).toMatchObject({ sent: true, registrations: 1, submissions: 1, revisions: 0, mails: 2 });
      expect(recipients()).toEqual([adminEmail, editorEmail].sort());
      const mail = text(await smtp.waitForMail(editorEmail));
      expect(mail).toContain("Neuer Töpferverein");
      expect(mail).toContain("Glasurkurs (Werkstatt e.V.)");
      expect(mail).not.toContain("Bot GmbH");
      expect(mail).not.toContain("Raku-Brand");
      expect(mail).toContain("https://portal.test/de/redaktion");
      expect(text(await smtp.waitForMail(adminEmail))).toContain("New providers waiting for approval (1)");
      expect((await db.prisma.settings.findUniqueOrThrow({ where: { id: 1 } })).lastEditorDigestAt).toEqual(first);
      expect(submitted.status).toBe("PENDING_REVIEW");

      // Nothing new since: no mail, but the window moves on.
      smtp.mails.length = 0;
      const second = new Date(first.getTime() + 1000);
      expect(await sendEditorDigest(second)).toMatchObject({ sent: false, registrations: 0, submissions: 0, revisions: 0, mails: 0 });
      expect(smtp.mails).toHaveLength(0);
      expect((await db.prisma.settings.findUniqueOrThrow({ where: { id: 1 } })).lastEditorDigestAt).toEqual(second);
    });

    it("sends a window only once even when two runs overlap", async () => {
      await settings({ editorNotification: "DAILY_DIGEST", requireOfferApproval: true, lastEditorDigestAt: new Date(Date.now() - 1000) });
      await createOfferFor(provider, input({ title: "Doppelt?" }), "publish");
      const now = new Date(Date.now() + 1000);
      const results = await Promise.all([sendEditorDigest(now), sendEditorDigest(now)]);
      expect(results.filter((r) => r.sent)).toHaveLength(1);
      expect(smtp.mails).toHaveLength(2);
    });
  });
});
