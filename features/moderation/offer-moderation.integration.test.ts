import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OfferStatus } from "@/generated/prisma/enums";
import { loadSessionUser } from "@/features/accounts/session-user";
import type { SessionUser } from "@/features/accounts/types";
import { createOfferFor, updateOfferFor } from "@/features/offers/mutations";
import type { OfferFormValues } from "@/features/offers/schemas";
import { offerFormValues } from "@/features/offers/test-fixtures";
import { searchOffers } from "@/features/search/offer-search";
import { parseOfferSearch } from "@/features/search/params/parse";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { useTestDatabase } from "@/test/helpers/db";
import { mailText, startSmtpServer, type ReceivedMail, type TestSmtpServer } from "@/test/helpers/smtp";
import { decideRevisionFor, transitionOfferFor } from "./offer-moderation";
import { getOfferForReview, listOfferQueue } from "./offer-queries";
import { OFFER_MODERATION_ACTIONS, OFFER_STATUSES, type OfferModerationAction } from "./offer-transitions";

// Offer moderation against a real database: the editors' table for every status × action, who may
// decide, the public search, revisions applied through the providers' save path, audit and mails.

const NOW = new Date("2026-11-27T10:00:00Z");
const EXPECTED: Record<OfferStatus, Partial<Record<OfferModerationAction, OfferStatus>>> = {
  DRAFT: {},
  PENDING_REVIEW: { approve: "PUBLISHED", reject: "REJECTED", block: "BLOCKED" },
  PUBLISHED: { block: "BLOCKED" },
  REJECTED: {},
  BLOCKED: { unblock: "PUBLISHED" },
  ARCHIVED: {},
};

function utf8Text(mail: ReceivedMail): string {
  return Buffer.from(mailText(mail), "latin1").toString("utf8");
}

describe("offer moderation", () => {
  const db = useTestDatabase();
  let org: number;
  let category: number;
  let editor: SessionUser;
  let admin: SessionUser;
  let planner: SessionUser;
  let provider: SessionUser;
  let smtp: TestSmtpServer;
  const previousSmtp = process.env.SMTP_URL;

  async function sessionFor(email: string, role: "NONE" | "EDITOR" | "ADMIN" | "PLANNER", locale = "de") {
    const user = await db.prisma.user.create({
      data: { email, name: email.split("@")[0], passwordHash: "x", role, emailVerifiedAt: NOW, locale },
    });
    if (role === "NONE") await db.prisma.membership.create({ data: { userId: user.id, organizationId: org, role: "ORG_ADMIN" } });
    const session = await loadSessionUser({ userId: user.id, sessionVersion: 0, sessionId: "test-session-0000000001" });
    if (!session) throw new Error("no session");
    return session;
  }

  function input(overrides: Partial<OfferFormValues> = {}): OfferFormValues {
    return offerFormValues(org, category, overrides);
  }

  async function setApproval(on: boolean) {
    await db.prisma.settings.upsert({
      where: { id: 1 },
      update: { requireOfferApproval: on },
      create: { id: 1, requireOfferApproval: on },
    });
  }

  async function offerWithStatus(status: OfferStatus): Promise<number> {
    await setApproval(false);
    const created = await createOfferFor(provider, input(), status === "DRAFT" ? "draft" : "publish", { now: NOW });
    await db.prisma.offer.update({
      where: { id: created.id },
      data: { status, publishedAt: status === "PUBLISHED" || status === "BLOCKED" ? NOW : null },
    });
    return created.id;
  }

  async function state(offerId: number) {
    const offer = await db.prisma.offer.findUniqueOrThrow({
      where: { id: offerId },
      select: { status: true, statusReason: true, publishedAt: true, title: true },
    });
    const audits = await db.prisma.auditLog.findMany({
      where: { entityType: "offer", entityId: String(offerId), actorId: { not: provider.id } },
      orderBy: { id: "asc" },
    });
    return { ...offer, audits };
  }

  async function searchTitles(q: string): Promise<string[]> {
    return (await searchOffers(parseOfferSearch({ q }).query, { now: NOW })).offers.map((o) => o.title);
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    process.env.SMTP_URL = smtp.url;
    category = (await db.prisma.category.create({ data: { slug: "zirkus", name: "Zirkus" } })).id;
    org = (await db.prisma.organization.create({ data: { slug: "manege", name: "Manege e.V.", status: "APPROVED" } })).id;
    editor = await sessionFor("redaktion@example.test", "EDITOR");
    admin = await sessionFor("admin@example.test", "ADMIN");
    planner = await sessionFor("planung@example.test", "PLANNER");
    provider = await sessionFor("vorstand@manege.example", "NONE", "en");
  });

  afterAll(async () => {
    if (previousSmtp === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = previousSmtp;
    await smtp.close();
  });

  describe("the table, exhaustively", () => {
    for (const from of OFFER_STATUSES) {
      for (const action of OFFER_MODERATION_ACTIONS) {
        const to = EXPECTED[from][action];
        it(`${from} --${action}--> ${to ?? "refused"}`, async () => {
          const id = await offerWithStatus(from);
          const attempt = transitionOfferFor(editor, id, action, "Grund der Redaktion", { now: NOW });
          if (!to) {
            await expect(attempt).rejects.toMatchObject({ code: "Editorial.errors.offerTransitionNotAllowed", status: 409 });
            const after = await state(id);
            expect(after.status).toBe(from);
            expect(after.audits).toHaveLength(0);
            return;
          }
          await expect(attempt).resolves.toMatchObject({ offerId: id, status: to });
          const after = await state(id);
          expect(after.status).toBe(to);
          expect(after.statusReason).toBe("Grund der Redaktion");
          expect(after.audits.map((a) => [a.action, a.actorId, a.reason])).toEqual([[`offer.${action}`, editor.id, "Grund der Redaktion"]]);
          if (to === "PUBLISHED") expect(after.publishedAt).toBeInstanceOf(Date);
        });
      }
    }
  });

  it("needs a reason to reject or block; refuses unknown actions; nothing changes", async () => {
    const id = await offerWithStatus("PENDING_REVIEW");
    for (const action of ["reject", "block"] as const) {
      for (const reason of [undefined, null, "", "  \n "]) {
        const error = await transitionOfferFor(editor, id, action, reason).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).fieldErrors.reason).toEqual(["Editorial.errors.reasonRequired"]);
      }
    }
    const unknown = await transitionOfferFor(editor, id, "delete", "x").catch((e: unknown) => e);
    expect((unknown as ValidationError).fieldErrors.action).toEqual(["Editorial.errors.unknownAction"]);
    expect(await state(id)).toMatchObject({ status: "PENDING_REVIEW", audits: [] });
  });

  it("refuses planners, providers (even of the offer's organisation) and anonymous users; nothing changes", async () => {
    const id = await offerWithStatus("PENDING_REVIEW");
    for (const user of [planner, provider, null]) {
      for (const action of OFFER_MODERATION_ACTIONS) {
        await expect(transitionOfferFor(user, id, action, "Grund")).rejects.toBeInstanceOf(ForbiddenError);
      }
    }
    expect(await state(id)).toMatchObject({ status: "PENDING_REVIEW", statusReason: null, audits: [] });
    for (const bad of [999_999, "abc", -1, 1.5])
      await expect(transitionOfferFor(editor, bad, "approve")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("approving a submitted offer of an approved provider makes it searchable and mails the admins", async () => {
    await setApproval(true);
    const submitted = await createOfferFor(provider, input({ title: "Einradkurs im Hafen" }), "publish", { now: NOW });
    expect(submitted.status).toBe("PENDING_REVIEW");
    expect(await searchTitles("Einradkurs")).toEqual([]);
    smtp.mails.length = 0;
    const result = await transitionOfferFor(admin, submitted.id, "approve", null, { now: NOW, baseUrl: "https://portal.test" });
    expect(result.mails).toEqual(["SENT"]);
    expect(await searchTitles("Einradkurs")).toEqual(["Einradkurs im Hafen"]);
    expect((await state(submitted.id)).publishedAt).toEqual(NOW);
    const mail = utf8Text(await smtp.waitForMail("vorstand@manege.example"));
    expect(mail).toContain("has approved your offer “Einradkurs im Hafen”");
    expect(mail).toContain(`https://portal.test/en/account/offers/${submitted.id}`);

    smtp.mails.length = 0;
    await transitionOfferFor(editor, submitted.id, "block", "Falsche Angaben", { now: NOW });
    expect(await searchTitles("Einradkurs")).toEqual([]);
    expect(utf8Text(await smtp.waitForMail("vorstand@manege.example"))).toContain("Reason: Falsche Angaben");
    await transitionOfferFor(editor, submitted.id, "unblock", null, { now: NOW });
    expect(await searchTitles("Einradkurs")).toEqual(["Einradkurs im Hafen"]);
  });

  describe("revisions", () => {
    async function publishedWithRevision(title: string, proposed: Partial<OfferFormValues>) {
      await setApproval(false);
      const values = input({ title });
      const offer = await createOfferFor(provider, values, "publish", { now: NOW });
      await setApproval(true);
      const saved = await updateOfferFor(provider, offer.id, { ...values, ...proposed }, "publish", { now: NOW });
      expect(saved.revision).toBe(true);
      const revision = await db.prisma.offerRevision.findFirstOrThrow({ where: { offerId: offer.id, status: "PENDING" } });
      return { offerId: offer.id, revisionId: revision.id };
    }

    it("approving applies the changes: public data, schedule rows and search document", async () => {
      const { offerId, revisionId } = await publishedWithRevision("Trapezkurs alt", {
        title: "Trapezkurs neu",
        schedule: {
          kind: "WEEKLY",
          windows: [{ weekday: 5, startTime: "10:00", endTime: "11:00" }],
          startDate: "2026-09-01",
          endDate: "2027-06-30",
          intervalWeeks: 1,
          exceptions: [],
        },
      });
      expect(await searchTitles("Trapezkurs")).toEqual(["Trapezkurs alt"]);
      smtp.mails.length = 0;
      const result = await decideRevisionFor(editor, revisionId, "approve", null, { now: NOW, baseUrl: "https://portal.test" });
      expect(result).toMatchObject({ status: "APPROVED", offerId, mails: ["SENT"] });
      expect(await searchTitles("Trapezkurs")).toEqual(["Trapezkurs neu"]);
      const slots = await db.prisma.offerSlot.findMany({ where: { offerId }, select: { weekday: true, startMinute: true } });
      expect(slots).toEqual([{ weekday: 5, startMinute: 600 }]);
      const revision = await db.prisma.offerRevision.findUniqueOrThrow({ where: { id: revisionId } });
      expect(revision).toMatchObject({ status: "APPROVED", decidedById: editor.id, decidedAt: NOW });
      const after = await state(offerId);
      expect(after.status).toBe("PUBLISHED");
      expect(after.audits.map((a) => a.action)).toEqual(["offer.approveRevision"]);
      expect(JSON.parse(after.audits[0].changedFields ?? "[]")).toContain("title");
      expect(utf8Text(await smtp.waitForMail("vorstand@manege.example"))).toContain(
        "has approved your changes to the offer “Trapezkurs neu”",
      );
      await expect(decideRevisionFor(editor, revisionId, "reject", "zu spät")).rejects.toMatchObject({
        code: "Editorial.errors.revisionDecided",
      });
    });

    it("the queue lists submitted offers and pending revisions; the review shows only the changed fields", async () => {
      await setApproval(true);
      const submitted = await createOfferFor(provider, input({ title: "Akrobatik eingereicht" }), "publish", { now: NOW });
      const { offerId } = await publishedWithRevision("Feuerspucken alt", { title: "Feuerspucken neu", isFree: false, costAmount: "5" });
      const queue = await listOfferQueue(editor);
      expect(queue.pending.map((e) => e.offerId)).toContain(submitted.id);
      expect(queue.revisions.map((e) => e.title)).toContain("Feuerspucken alt");
      const review = await getOfferForReview(admin, offerId);
      expect([...(review.revision?.diff ?? [])].sort((a, b) => a.field.localeCompare(b.field))).toEqual([
        { field: "costAmount", current: { kind: "empty" }, proposed: { kind: "text", text: "5" } },
        { field: "isFree", current: { kind: "bool", value: true }, proposed: { kind: "bool", value: false } },
        { field: "title", current: { kind: "text", text: "Feuerspucken alt" }, proposed: { kind: "text", text: "Feuerspucken neu" } },
      ]);
      for (const user of [planner, provider, null]) {
        await expect(listOfferQueue(user)).rejects.toBeInstanceOf(ForbiddenError);
        await expect(getOfferForReview(user, offerId)).rejects.toBeInstanceOf(ForbiddenError);
      }
      await expect(getOfferForReview(editor, 999_999)).rejects.toBeInstanceOf(NotFoundError);
    });

    it("rejecting needs a reason and leaves the offer unchanged", async () => {
      const { offerId, revisionId } = await publishedWithRevision("Clownsworkshop alt", { title: "Clownsworkshop neu" });
      const error = await decideRevisionFor(editor, revisionId, "reject", "  ").catch((e: unknown) => e);
      expect((error as ValidationError).fieldErrors.reason).toEqual(["Editorial.errors.reasonRequired"]);
      for (const user of [planner, provider, null]) {
        await expect(decideRevisionFor(user, revisionId, "approve")).rejects.toBeInstanceOf(ForbiddenError);
      }
      expect((await db.prisma.offerRevision.findUniqueOrThrow({ where: { id: revisionId } })).status).toBe("PENDING");
      smtp.mails.length = 0;
      const result = await decideRevisionFor(editor, revisionId, "reject", "Bitte Uhrzeit prüfen", { now: NOW });
      expect(result.status).toBe("REJECTED");
      const revision = await db.prisma.offerRevision.findUniqueOrThrow({ where: { id: revisionId } });
      expect(revision).toMatchObject({ status: "REJECTED", reason: "Bitte Uhrzeit prüfen", decidedById: editor.id });
      const after = await state(offerId);
      expect(after.title).toBe("Clownsworkshop alt");
      expect(after.audits.map((a) => [a.action, a.reason])).toEqual([["offer.rejectRevision", "Bitte Uhrzeit prüfen"]]);
      expect(await searchTitles("Clownsworkshop")).toEqual(["Clownsworkshop alt"]);
      expect(utf8Text(await smtp.waitForMail("vorstand@manege.example"))).toContain("Reason: Bitte Uhrzeit prüfen");
      await expect(decideRevisionFor(editor, 999_999, "approve")).rejects.toBeInstanceOf(NotFoundError);
    });
  });
});
