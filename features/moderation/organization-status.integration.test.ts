import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrganizationStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/features/accounts/types";
import { createOffer } from "@/features/offer-management/test-fixtures";
import { addMember, createUser, sessionUser } from "@/features/organizations/test-fixtures";
import { searchOffers } from "@/features/search/offer-search";
import { parseOfferSearch } from "@/features/search/params/parse";
import { AppError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { useTestDatabase } from "@/test/helpers/db";
import { mailText, startSmtpServer, type ReceivedMail, type TestSmtpServer } from "@/test/helpers/smtp";
import { transitionOrganizationFor } from "./organization-status";
import { ORGANIZATION_ACTIONS, ORGANIZATION_STATUSES, type OrganizationAction } from "./organization-transitions";

// The organisation state machine against a real database: the whole table (every status × every
// action), the reason rule, who may decide, what the public search sees, the audit trail and the
// mails to the organisation's admins (over real SMTP).

const EXPECTED: Record<OrganizationStatus, Partial<Record<OrganizationAction, OrganizationStatus>>> = {
  PENDING: { approve: "APPROVED", reject: "REJECTED", block: "BLOCKED" },
  APPROVED: { block: "BLOCKED" },
  REJECTED: { approve: "APPROVED" },
  BLOCKED: { unblock: "APPROVED" },
};

/** mailText undoes quoted-printable byte by byte; the bytes are UTF-8. */
function utf8Text(mail: ReceivedMail): string {
  return Buffer.from(mailText(mail), "latin1").toString("utf8");
}

describe("transitionOrganizationFor", () => {
  const db = useTestDatabase();
  let editor: SessionUser;
  let admin: SessionUser;
  let planner: SessionUser;
  let counter = 0;

  async function createOrganization(status: OrganizationStatus, extra: { email?: string } = {}) {
    counter += 1;
    const org = await db.prisma.organization.create({ data: { slug: `org-${counter}`, name: `Verein ${counter}`, status, ...extra } });
    return org.id;
  }

  async function state(organizationId: number) {
    const org = await db.prisma.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { status: true, statusReason: true, approvedAt: true },
    });
    const audits = await db.prisma.auditLog.findMany({
      where: { entityType: "organization", entityId: String(organizationId) },
      orderBy: { id: "asc" },
    });
    return { ...org, audits };
  }

  beforeAll(async () => {
    editor = await sessionUser(await createUser(db.prisma, "Rita", "EDITOR"));
    admin = await sessionUser(await createUser(db.prisma, "Adam", "ADMIN"));
    planner = await sessionUser(await createUser(db.prisma, "Paula", "PLANNER"));
  });

  describe("the table, exhaustively", () => {
    for (const from of ORGANIZATION_STATUSES) {
      for (const action of ORGANIZATION_ACTIONS) {
        const to = EXPECTED[from][action];
        it(`${from} --${action}--> ${to ?? "refused"}`, async () => {
          const id = await createOrganization(from);
          const attempt = transitionOrganizationFor(editor, id, action, "Grund der Redaktion");
          if (!to) {
            await expect(attempt).rejects.toMatchObject({ code: "Editorial.errors.transitionNotAllowed", status: 409 });
            const after = await state(id);
            expect(after.status).toBe(from);
            expect(after.audits).toHaveLength(0);
            return;
          }
          await expect(attempt).resolves.toMatchObject({ organizationId: id, status: to });
          const after = await state(id);
          expect(after.status).toBe(to);
          expect(after.statusReason).toBe("Grund der Redaktion");
          expect(after.audits).toHaveLength(1);
          expect(after.audits[0]).toMatchObject({ actorId: editor.id, action: `organization.${action}`, reason: "Grund der Redaktion" });
          expect(JSON.parse(after.audits[0].changedFields ?? "[]")).toContain("status");
          if (to === "APPROVED") expect(after.approvedAt).toBeInstanceOf(Date);
        });
      }
    }
  });

  it("needs a reason to reject or block, and refuses an overlong one", async () => {
    const id = await createOrganization("PENDING");
    for (const action of ["reject", "block"] as const) {
      for (const reason of [undefined, null, "", "   \n "]) {
        const error = await transitionOrganizationFor(editor, id, action, reason).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).fieldErrors.reason).toEqual(["Editorial.errors.reasonRequired"]);
      }
    }
    const tooLong = await transitionOrganizationFor(editor, id, "reject", "x".repeat(2001)).catch((e: unknown) => e);
    expect((tooLong as ValidationError).fieldErrors.reason).toEqual(["Editorial.errors.reasonTooLong"]);
    for (const action of ["delete", "", null, 42, "APPROVED"]) {
      const error = await transitionOrganizationFor(editor, id, action, "x").catch((e: unknown) => e);
      expect((error as ValidationError).fieldErrors.action).toEqual(["Editorial.errors.unknownAction"]);
    }
    const after = await state(id);
    expect(after).toMatchObject({ status: "PENDING", statusReason: null, approvedAt: null, audits: [] });
  });

  it("approves without a reason and clears an earlier rejection reason", async () => {
    const id = await createOrganization("PENDING");
    await transitionOrganizationFor(editor, id, "reject", "Angaben fehlen");
    await transitionOrganizationFor(admin, id, "approve");
    const after = await state(id);
    expect(after).toMatchObject({ status: "APPROVED", statusReason: null });
    expect(after.audits.map((a) => [a.action, a.actorId, a.reason])).toEqual([
      ["organization.reject", editor.id, "Angaben fehlen"],
      ["organization.approve", admin.id, null],
    ]);
  });

  it("keeps HTML in a reason as plain text", async () => {
    const id = await createOrganization("APPROVED");
    await transitionOrganizationFor(editor, id, "block", "<script>alert(1)</script>");
    expect((await state(id)).statusReason).toBe("<script>alert(1)</script>");
  });

  it("refuses planners, providers (even the organisation's own admin) and anonymous users; nothing changes", async () => {
    const id = await createOrganization("PENDING");
    const orgAdmin = await createUser(db.prisma, "Olga");
    await addMember(db.prisma, orgAdmin, id, "ORG_ADMIN");
    const provider = await sessionUser(orgAdmin);
    const outsider = await sessionUser(await createUser(db.prisma, "Otto"));
    for (const user of [planner, provider, outsider, null]) {
      for (const action of ORGANIZATION_ACTIONS) {
        await expect(transitionOrganizationFor(user, id, action, "Grund")).rejects.toBeInstanceOf(ForbiddenError);
      }
    }
    // Refused before the record is read: an unknown id gives the same answer (nothing leaks).
    await expect(transitionOrganizationFor(planner, 999_999, "approve")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await state(id)).toMatchObject({ status: "PENDING", statusReason: null, audits: [] });
  });

  it("answers not found for unknown, malformed and deleted organisations", async () => {
    const deleted = await createOrganization("PENDING");
    await db.prisma.organization.update({ where: { id: deleted }, data: { deletedAt: new Date() } });
    for (const id of [999_999, Number.NaN, 1.5, deleted]) {
      await expect(transitionOrganizationFor(editor, id, "approve")).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await state(deleted)).status).toBe("PENDING");
  });

  it("refuses a decision on a status that changed meanwhile", async () => {
    const id = await createOrganization("PENDING");
    await transitionOrganizationFor(editor, id, "approve");
    const error = await transitionOrganizationFor(admin, id, "approve").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("Editorial.errors.transitionNotAllowed");
  });

  it("approving makes the organisation's published offers searchable; blocking hides them again", async () => {
    const id = await createOrganization("PENDING");
    await createOffer(db.prisma, id, { title: "Trommelkurs am Hafen" });
    await createOffer(db.prisma, id, { title: "Trommelkurs Entwurf", status: "DRAFT" });
    const found = async () => (await searchOffers(parseOfferSearch({ q: "Trommelkurs" }).query)).offers.map((o) => o.title);

    expect(await found()).toEqual([]);
    await transitionOrganizationFor(editor, id, "approve");
    expect(await found()).toEqual(["Trommelkurs am Hafen"]);
    await transitionOrganizationFor(editor, id, "block", "Beschwerden über Inhalte");
    expect(await found()).toEqual([]);
    await transitionOrganizationFor(editor, id, "unblock");
    expect(await found()).toEqual(["Trommelkurs am Hafen"]);
  });

  describe("mail to the organisation's admins", () => {
    let smtp: TestSmtpServer;
    const previous = process.env.SMTP_URL;
    beforeAll(async () => {
      smtp = await startSmtpServer();
      process.env.SMTP_URL = smtp.url;
    });
    afterAll(async () => {
      if (previous === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = previous;
      await smtp.close();
    });

    it("sends the decision with its reason to every admin in their own language, not to members", async () => {
      const id = await createOrganization("PENDING");
      const german = await db.prisma.user.create({
        data: { email: "vorstand@verein.example", name: "Vera Vorstand", passwordHash: "x", locale: "de" },
      });
      const english = await db.prisma.user.create({
        data: { email: "chair@verein.example", name: "Chris Chair", passwordHash: "x", locale: "en" },
      });
      const member = await db.prisma.user.create({ data: { email: "mitglied@verein.example", name: "Mia Mitglied", passwordHash: "x" } });
      await addMember(db.prisma, german.id, id, "ORG_ADMIN");
      await addMember(db.prisma, english.id, id, "ORG_ADMIN");
      await addMember(db.prisma, member.id, id, "ORG_MEMBER");

      const result = await transitionOrganizationFor(editor, id, "reject", "Bitte ergänzen Sie Adresse & Ansprechperson.", {
        baseUrl: "https://portal.test",
      });
      expect(result.mails).toEqual(["SENT", "SENT"]);

      const de = utf8Text(await smtp.waitForMail("vorstand@verein.example"));
      expect(de).toContain(`Ihre Anmeldung von Verein ${counter}`);
      expect(de).toContain("Begründung: Bitte ergänzen Sie Adresse & Ansprechperson.");
      expect(de).toContain("https://portal.test/de/konto/profil");
      const en = utf8Text(await smtp.waitForMail("chair@verein.example"));
      expect(en).toContain(`Your registration of Verein ${counter}`);
      expect(en).toContain("Reason: Bitte ergänzen Sie Adresse & Ansprechperson.");
      expect(en).toContain("https://portal.test/en/account/profile");
      expect(smtp.mails.some((m) => m.to.includes("mitglied@verein.example"))).toBe(false);

      await transitionOrganizationFor(editor, id, "approve", null, { baseUrl: "https://portal.test" });
      const outbox = await db.prisma.emailOutbox.findMany({
        where: { template: "organizationApproved" },
        select: { to: true, status: true, text: true },
      });
      expect(outbox.map((m) => m.to).sort()).toEqual(["chair@verein.example", "vorstand@verein.example"]);
      expect(outbox.every((m) => m.status === "SENT" && !m.text.includes("Hinweis der Redaktion") && !m.text.includes("Note from"))).toBe(
        true,
      );
    });

    it("writes to the organisation's own address when it has no admin account", async () => {
      const id = await createOrganization("APPROVED", { email: "info@ohne-konto.example" });
      await transitionOrganizationFor(editor, id, "block", "Veraltete Angaben");
      const text = utf8Text(await smtp.waitForMail("info@ohne-konto.example"));
      expect(text).toContain("Begründung: Veraltete Angaben");
    });
  });
});
