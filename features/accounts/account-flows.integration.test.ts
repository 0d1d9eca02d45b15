import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/passwords";
import { RateLimitError } from "@/lib/rate-limit";
import { useTestDatabase } from "@/test/helpers/db";
import type { AccountRequestContext } from "./account-context";
import { changePasswordFor, requestEmailChangeFor, updateAccountProfileFor } from "./account-settings";
import { authenticateWithPassword } from "./credentials";
import { createJoinRequest } from "./join-requests";
import { getOutboxMailFor, listOutboxFor } from "./outbox";
import { checkResetToken, requestPasswordReset, resetPassword } from "./password-reset";
import { confirmEmailToken } from "./registration";
import { loadSessionUser } from "./session-user";
import { acceptTermsFor, mustAcceptTerms } from "./terms";
import type { SessionUser } from "./types";

const PASSWORD = "Chancen-Demo-2026";
const NEW_PASSWORD = "Leuchtturm Abendrot 7";
let ipCounter = 0;
function ctx(overrides: Partial<AccountRequestContext> = {}): AccountRequestContext {
  ipCounter += 1;
  return { ip: `203.0.113.${ipCounter}`, baseUrl: "http://portal.test", locale: "de", ...overrides };
}

describe("account flows against a real database", () => {
  const db = useTestDatabase();
  const ids = { anna: 0, bernd: 0, admin: 0, editor: 0, provider: 0, org: 0, otherOrg: 0 };

  async function sessionUser(id: number): Promise<SessionUser> {
    const u = await db.prisma.user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } });
    return (await loadSessionUser({ userId: id, sessionVersion: u.sessionVersion, sessionId: "test-session-0000000001" }))!;
  }

  async function latestToken(to: string, template: string): Promise<string> {
    const mail = await db.prisma.emailOutbox.findFirstOrThrow({ where: { to, template }, orderBy: { id: "desc" } });
    return new URL(mail.text.match(/https?:\/\/\S+/)![0]).searchParams.get("token")!;
  }

  beforeAll(async () => {
    delete process.env.SMTP_URL;
    const passwordHash = await hashPassword(PASSWORD);
    const verified = { passwordHash, emailVerifiedAt: new Date(), termsAcceptedVersion: 1 };
    await db.prisma.settings.create({ data: { id: 1 } });
    const org = await db.prisma.organization.create({
      data: { slug: "regenbogen", name: "Familienzentrum Regenbogen e.V.", status: "APPROVED" },
    });
    const otherOrg = await db.prisma.organization.create({ data: { slug: "tsv", name: "TSV Musterstadt 1920 e.V.", status: "APPROVED" } });
    const anna = await db.prisma.user.create({
      data: {
        email: "anna@example.org",
        name: "Anna",
        ...verified,
        memberships: { create: { organizationId: org.id, role: "ORG_ADMIN" } },
      },
    });
    const bernd = await db.prisma.user.create({ data: { email: "bernd@example.org", name: "Bernd", ...verified } });
    const admin = await db.prisma.user.create({ data: { email: "admin@example.org", name: "Admin", role: "ADMIN", ...verified } });
    const editor = await db.prisma.user.create({
      data: { email: "redaktion@example.org", name: "Redaktion", role: "EDITOR", ...verified },
    });
    const provider = await db.prisma.user.create({
      data: {
        email: "tsv@example.org",
        name: "TSV",
        ...verified,
        memberships: { create: { organizationId: otherOrg.id, role: "ORG_ADMIN" } },
      },
    });
    Object.assign(ids, {
      anna: anna.id,
      bernd: bernd.id,
      admin: admin.id,
      editor: editor.id,
      provider: provider.id,
      org: org.id,
      otherOrg: otherOrg.id,
    });
  });

  describe("forgot / reset password", () => {
    it("answers the same for unknown addresses and mails nothing", async () => {
      const before = await db.prisma.emailOutbox.count();
      await expect(requestPasswordReset({ email: "unbekannt@example.org" }, ctx())).resolves.toBeUndefined();
      expect(await db.prisma.emailOutbox.count()).toBe(before);
    });

    it("resets with a one-hour, single-use link and ends every session", async () => {
      const before = await db.prisma.user.findUniqueOrThrow({ where: { id: ids.bernd } });
      await requestPasswordReset({ email: "Bernd@Example.org" }, ctx());
      const token = await latestToken("bernd@example.org", "resetPassword");
      expect((await db.prisma.emailOutbox.findFirstOrThrow({ where: { template: "resetPassword" } })).text).toContain(
        "/de/passwort-zuruecksetzen?token=",
      );
      expect(await checkResetToken(token)).toEqual({ ok: true });

      // Expired after an hour.
      await expect(
        resetPassword({ token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }, new Date(Date.now() + 61 * 60 * 1000)),
      ).rejects.toMatchObject({ code: "Auth.token.expired" });
      // Rules of new passwords apply, nothing changes.
      await expect(resetPassword({ token, password: "passwort123", passwordConfirm: "passwort123" })).rejects.toMatchObject({
        fieldErrors: { password: ["Auth.passwordTooCommon"] },
      });
      await expect(resetPassword({ token, password: NEW_PASSWORD, passwordConfirm: "anders" })).rejects.toMatchObject({
        fieldErrors: { passwordConfirm: ["Auth.passwordMismatch"] },
      });

      await resetPassword({ token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD });
      const after = await db.prisma.user.findUniqueOrThrow({ where: { id: ids.bernd } });
      expect(after.sessionVersion).toBe(before.sessionVersion + 1);
      expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
      // The old session is over.
      expect(
        await loadSessionUser({ userId: ids.bernd, sessionVersion: before.sessionVersion, sessionId: "test-session-0000000001" }),
      ).toBeNull();
      // Single use.
      await expect(
        resetPassword({ token, password: "Noch Ein Neues Passwort", passwordConfirm: "Noch Ein Neues Passwort" }),
      ).rejects.toMatchObject({ code: "Auth.token.used" });
      expect(await checkResetToken(token)).toEqual({ ok: false, problem: "used" });
      expect(await checkResetToken("x")).toEqual({ ok: false, problem: "malformed" });
      await expect(resetPassword({ token: "<script>", password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD })).rejects.toMatchObject({
        code: "Auth.token.malformed",
      });
      expect(await db.prisma.auditLog.count({ where: { action: "user.resetPassword", actorId: ids.bernd } })).toBe(1);
    }, 90_000);

    it("rate-limits reset requests per address", async () => {
      for (let i = 0; i < 10; i++) await requestPasswordReset({ email: "anna@example.org" }, ctx());
      await expect(requestPasswordReset({ email: "anna@example.org" }, ctx())).rejects.toBeInstanceOf(RateLimitError);
    }, 90_000);
  });

  describe("login rules", () => {
    // Issue 18, item 4: guessing stays slow, but a stranger cannot lock the owner out.
    const noWait = { sleep: async () => undefined };

    it("refuses one IP after 10 failures for the same address, and an IP spraying 30 addresses", async () => {
      const ip = "192.0.2.10";
      for (let i = 0; i < 10; i++)
        expect(await authenticateWithPassword({ email: "tsv@example.org", password: "falsch falsch" }, { ip, ...noWait })).toBeNull();
      await expect(authenticateWithPassword({ email: "tsv@example.org", password: PASSWORD }, { ip, ...noWait })).rejects.toBeInstanceOf(
        RateLimitError,
      );
      // The same address from another IP still works: the owner is not locked out.
      expect(
        await authenticateWithPassword({ email: "tsv@example.org", password: PASSWORD }, { ip: "192.0.2.11", ...noWait }),
      ).toMatchObject({ email: "tsv@example.org" });

      const sprayer = "192.0.2.20";
      for (let i = 0; i < 30; i++)
        await authenticateWithPassword({ email: `x${i}@example.org`, password: "falsch falsch" }, { ip: sprayer, ...noWait });
      await expect(
        authenticateWithPassword({ email: "anna@example.org", password: "falsch falsch" }, { ip: sprayer, ...noWait }),
      ).rejects.toBeInstanceOf(RateLimitError);
    }, 90_000);

    it("never blocks the right password from a new IP, however many failures others caused; they only slow it down", async () => {
      const owner = await db.prisma.user.findUniqueOrThrow({ where: { email: "tsv@example.org" }, select: { passwordHash: true } });
      await db.prisma.user.create({
        data: { email: "langsam@example.org", name: "Langsam", passwordHash: owner.passwordHash, emailVerifiedAt: new Date() },
      });
      const waits: number[] = [];
      const recordWait = { sleep: async (ms: number) => void waits.push(ms) };
      for (let i = 0; i < 12; i++) {
        expect(
          await authenticateWithPassword({ email: "langsam@example.org", password: "falsch falsch" }, { ip: `10.0.0.${i}`, ...recordWait }),
        ).toBeNull();
      }
      // The first five failures cost nothing; then 1, 2, 4, 8 s and at most 10 s per attempt.
      expect(waits).toEqual([1000, 2000, 4000, 8000, 10000, 10000, 10000]);
      waits.length = 0;
      expect(
        await authenticateWithPassword({ email: "langsam@example.org", password: PASSWORD }, { ip: "10.0.1.1", ...recordWait }),
      ).toMatchObject({ email: "langsam@example.org" });
      expect(waits).toEqual([10000]);
    }, 90_000);
  });

  describe("settings", () => {
    it("changes the password only with the current one and ends other sessions", async () => {
      const anna = await sessionUser(ids.anna);
      const before = await db.prisma.user.findUniqueOrThrow({ where: { id: ids.anna } });
      await expect(
        changePasswordFor(anna, { currentPassword: "falsch", newPassword: NEW_PASSWORD, newPasswordConfirm: NEW_PASSWORD }, ctx()),
      ).rejects.toMatchObject({
        fieldErrors: { currentPassword: ["Auth.currentPasswordWrong"] },
      });
      await expect(
        changePasswordFor(anna, { currentPassword: PASSWORD, newPassword: "qwertz123456", newPasswordConfirm: "qwertz123456" }, ctx()),
      ).rejects.toMatchObject({ status: 400 });
      expect((await db.prisma.user.findUniqueOrThrow({ where: { id: ids.anna } })).passwordHash).toBe(before.passwordHash);

      await changePasswordFor(anna, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, newPasswordConfirm: NEW_PASSWORD }, ctx());
      const after = await db.prisma.user.findUniqueOrThrow({ where: { id: ids.anna } });
      expect(after.sessionVersion).toBe(before.sessionVersion + 1);
      expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    });

    it("changes the e-mail address only when the link to the new address is opened, and tells the old one", async () => {
      const anna = await sessionUser(ids.anna);
      await expect(requestEmailChangeFor(anna, { newEmail: "anna.neu@example.org", password: "falsch" }, ctx())).rejects.toMatchObject({
        status: 400,
      });
      await expect(requestEmailChangeFor(anna, { newEmail: "anna@example.org", password: NEW_PASSWORD }, ctx())).rejects.toMatchObject({
        fieldErrors: { newEmail: ["Auth.emailUnchanged"] },
      });

      await requestEmailChangeFor(anna, { newEmail: "Anna.Neu@example.org", password: NEW_PASSWORD }, ctx());
      expect((await db.prisma.user.findUniqueOrThrow({ where: { id: ids.anna } })).email).toBe("anna@example.org");
      const token = await latestToken("anna.neu@example.org", "emailChange");

      // A taken address looks the same to the requester; its owner gets a hint.
      await expect(requestEmailChangeFor(anna, { newEmail: "bernd@example.org", password: NEW_PASSWORD }, ctx())).resolves.toEqual({
        newEmail: "bernd@example.org",
      });
      expect(await db.prisma.emailOutbox.count({ where: { to: "bernd@example.org", template: "accountExists" } })).toBe(1);

      expect(await confirmEmailToken(token, { baseUrl: "http://x" }, new Date(Date.now() + 25 * 3600 * 1000))).toEqual({
        ok: false,
        problem: "expired",
      });
      expect(await confirmEmailToken(token, { baseUrl: "http://x" })).toMatchObject({ ok: true, kind: "emailChanged" });
      expect((await db.prisma.user.findUniqueOrThrow({ where: { id: ids.anna } })).email).toBe("anna.neu@example.org");
      const notice = await db.prisma.emailOutbox.findFirstOrThrow({ where: { to: "anna@example.org", template: "emailChangedNotice" } });
      expect(notice.text).toContain("anna.neu@example.org");
      expect(await confirmEmailToken(token, { baseUrl: "http://x" })).toEqual({ ok: false, problem: "used" });
    });

    it("updates name and language; refuses markup and huge input without writing", async () => {
      const anna = await sessionUser(ids.anna);
      await updateAccountProfileFor(anna, { name: "Anna Anbieterin", locale: "en" });
      expect(await db.prisma.user.findUniqueOrThrow({ where: { id: ids.anna }, select: { name: true, locale: true } })).toEqual({
        name: "Anna Anbieterin",
        locale: "en",
      });
      for (const bad of [
        { name: "<img src=x onerror=alert(1)>", locale: "de" },
        { name: "a".repeat(10_000), locale: "de" },
        { name: "Anna", locale: "xx" },
        {},
      ]) {
        await expect(updateAccountProfileFor(anna, bad)).rejects.toMatchObject({ status: 400 });
      }
      expect(await db.prisma.user.findUniqueOrThrow({ where: { id: ids.anna }, select: { name: true, locale: true } })).toEqual({
        name: "Anna Anbieterin",
        locale: "en",
      });
    });
  });

  describe("join requests", () => {
    it("creates one pending request by exact name, mails the org admins, refuses members and unknown names", async () => {
      const bernd = await sessionUser(ids.bernd);
      await expect(createJoinRequest(bernd, "TSV")).rejects.toMatchObject({
        fieldErrors: { organizationName: ["Auth.organizationNotFound"] },
      });
      await expect(createJoinRequest(bernd, "<b>TSV</b>")).rejects.toMatchObject({ fieldErrors: { organizationName: ["Auth.noMarkup"] } });
      const first = await createJoinRequest(bernd, "tsv musterstadt 1920 e.v.");
      expect(first.organizationName).toBe("TSV Musterstadt 1920 e.V.");
      const again = await createJoinRequest(bernd, "TSV Musterstadt 1920 e.V.");
      expect(again.id).toBe(first.id);
      expect(await db.prisma.joinRequest.count({ where: { userId: ids.bernd } })).toBe(1);
      expect(await db.prisma.emailOutbox.count({ where: { to: "tsv@example.org", template: "joinRequest" } })).toBe(1);

      const provider = await sessionUser(ids.provider);
      await expect(createJoinRequest(provider, "TSV Musterstadt 1920 e.V.")).rejects.toMatchObject({ code: "Auth.alreadyMember" });
    });
  });

  describe("terms", () => {
    it("requires acceptance of a newer version, and only of the version shown", async () => {
      expect(await mustAcceptTerms(ids.provider)).toBe(false);
      await db.prisma.settings.update({ where: { id: 1 }, data: { termsVersion: 2 } });
      expect(await mustAcceptTerms(ids.provider)).toBe(true);
      const provider = await sessionUser(ids.provider);
      await expect(acceptTermsFor(provider, { version: 1 })).rejects.toMatchObject({ code: "Terms.changedMeanwhile" });
      await expect(acceptTermsFor(provider, { version: "abc" })).rejects.toMatchObject({ status: 400 });
      await acceptTermsFor(provider, { version: 2 });
      expect(await mustAcceptTerms(ids.provider)).toBe(false);
      await db.prisma.settings.update({ where: { id: 1 }, data: { termsVersion: 1 } });
    });
  });

  describe("outbox", () => {
    it("is for admins only", async () => {
      const admin = await sessionUser(ids.admin);
      const list = await listOutboxFor(admin, 1);
      expect(list.entries.length).toBeGreaterThan(0);
      expect(list.entries[0].id).toBeGreaterThan(list.entries[list.entries.length - 1].id);
      const mail = await getOutboxMailFor(admin, list.entries[0].id);
      expect(mail.text.length).toBeGreaterThan(0);
      await expect(getOutboxMailFor(admin, 999_999)).rejects.toMatchObject({ status: 404 });

      for (const user of [null, await sessionUser(ids.provider), await sessionUser(ids.editor)]) {
        await expect(listOutboxFor(user, 1)).rejects.toMatchObject({ status: 403 });
        await expect(getOutboxMailFor(user, list.entries[0].id)).rejects.toMatchObject({ status: 403 });
      }
    });
  });
});
