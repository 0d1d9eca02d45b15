import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/features/accounts/types";
import { addMember, createUser, sessionUser } from "@/features/organizations/test-fixtures";
import { hashPassword } from "@/lib/passwords";
import { useTestDatabase } from "@/test/helpers/db";
import { mailText, startSmtpServer, type TestSmtpServer } from "@/test/helpers/smtp";

// The user management's server actions end to end on a real database and a real SMTP listener;
// only the request context is replaced (session, Next's cache, base URL, next-intl's translator).
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/features/accounts/session", async () => (await import("@/test/helpers/action-context")).actionSessionModule(session));
vi.mock("@/features/seo/base-url", () => ({ siteBaseUrl: async () => "https://portal.test" }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("@/test/helpers/action-context")).germanTranslationsModule());

const actions = await import("./actions");
const { listUsersForEditors, getUserForEditors } = await import("./queries");
const { authenticateWithPassword } = await import("@/features/accounts/credentials");
const { loadSessionUser } = await import("@/features/accounts/session-user");
const { revalidatePath } = await import("next/cache");

const PASSWORD = "Leuchtturm-Abendrot-7";
const FORBIDDEN = "Dazu haben Sie keine Berechtigung.";
const UNAUTHORIZED = "Bitte melden Sie sich an.";
const NOT_FOUND = "Der Eintrag wurde nicht gefunden.";

describe("user management", () => {
  const db = useTestDatabase();
  let smtp: TestSmtpServer;
  const ids = { admin: 0, admin2: 0, editor: 0, editor2: 0, planner: 0, provider: 0, member: 0, org: 0, otherOrg: 0 };
  const as = async (id: number) => (session.user = await sessionUser(id));

  beforeAll(async () => {
    smtp = await startSmtpServer();
    process.env.SMTP_URL = smtp.url;
    await db.prisma.settings.create({ data: { id: 1 } });
    ids.admin = await createUser(db.prisma, "Adam", "ADMIN");
    ids.admin2 = await createUser(db.prisma, "Berta", "ADMIN");
    ids.editor = await createUser(db.prisma, "Rita", "EDITOR");
    ids.editor2 = await createUser(db.prisma, "Rudi", "EDITOR");
    ids.planner = await createUser(db.prisma, "Paula", "PLANNER");
    ids.provider = await createUser(db.prisma, "Olga");
    ids.member = await createUser(db.prisma, "Mia");
    ids.org = (
      await db.prisma.organization.create({ data: { slug: "regenbogen", name: "Familienzentrum Regenbogen", status: "APPROVED" } })
    ).id;
    ids.otherOrg = (await db.prisma.organization.create({ data: { slug: "tsv", name: "TSV 100%_Sport", status: "APPROVED" } })).id;
    await addMember(db.prisma, ids.provider, ids.org, "ORG_ADMIN");
    await addMember(db.prisma, ids.member, ids.org, "ORG_MEMBER");
    await db.prisma.user.update({
      where: { id: ids.provider },
      data: { passwordHash: await hashPassword(PASSWORD), lastLoginAt: new Date("2026-05-01T10:00:00Z") },
    });
  });

  afterAll(async () => {
    delete process.env.SMTP_URL;
    await smtp.close();
  });

  beforeEach(() => {
    session.user = null;
    vi.mocked(revalidatePath).mockClear();
  });

  const snapshot = async () => ({
    users: await db.prisma.user.findMany({
      orderBy: { id: "asc" },
      select: { id: true, role: true, disabledAt: true, sessionVersion: true },
    }),
    memberships: await db.prisma.membership.findMany({ orderBy: [{ userId: "asc" }, { organizationId: "asc" }] }),
    invitations: await db.prisma.invitation.count(),
    audit: await db.prisma.auditLog.count(),
    mails: await db.prisma.emailOutbox.count(),
  });

  it("refuses every action to anonymous users, providers and planners; nothing changes", async () => {
    const before = await snapshot();
    for (const id of [null, ids.provider, ids.planner]) {
      session.user = id === null ? null : await sessionUser(id);
      const expected = id === null ? UNAUTHORIZED : FORBIDDEN;
      const results = [
        await actions.inviteStaff({ email: "neu@example.org", role: "PLANNER" }),
        await actions.changeGlobalRole(ids.member, { role: "EDITOR" }),
        await actions.disableUser(ids.member),
        await actions.enableUser(ids.member),
        await actions.sendPasswordReset(ids.member),
        await actions.addMembership(ids.member, { organizationId: ids.otherOrg, role: "ORG_MEMBER" }),
        await actions.changeMembership(ids.member, { organizationId: ids.org, role: "ORG_ADMIN" }),
        await actions.removeMembership(ids.member, { organizationId: ids.org }),
      ];
      for (const result of results) expect(result).toMatchObject({ ok: false, message: expected });
    }
    expect(await snapshot()).toEqual(before);
    expect(revalidatePath).not.toHaveBeenCalled();
    await expect(listUsersForEditors(await sessionUser(ids.planner), { q: "", role: "ALL", status: "ALL" }, 1)).rejects.toThrow();
    await expect(getUserForEditors(await sessionUser(ids.provider), ids.member)).rejects.toThrow();
  });

  describe("list", () => {
    it("searches name and e-mail with wildcards taken literally, filters role and status, pages", async () => {
      const editor = await sessionUser(ids.editor);
      const all = await listUsersForEditors(editor, { q: "", role: "ALL", status: "ALL" }, 1);
      expect(all.page.total).toBe(7);
      const olga = all.users.find((u) => u.id === ids.provider)!;
      expect(olga).toMatchObject({
        role: "NONE",
        lastLoginAt: new Date("2026-05-01T10:00:00Z"),
        memberships: [{ role: "ORG_ADMIN", organization: { name: "Familienzentrum Regenbogen" } }],
      });
      expect((await listUsersForEditors(editor, { q: "RITA", role: "ALL", status: "ALL" }, 1)).users.map((u) => u.id)).toEqual([
        ids.editor,
      ]);
      expect((await listUsersForEditors(editor, { q: "paula-", role: "ALL", status: "ALL" }, 1)).users.map((u) => u.id)).toEqual([
        ids.planner,
      ]);
      // "%" and "_" are no wildcards: nobody's name or address contains them.
      expect((await listUsersForEditors(editor, { q: "%", role: "ALL", status: "ALL" }, 1)).page.total).toBe(0);
      expect((await listUsersForEditors(editor, { q: "_", role: "ALL", status: "ALL" }, 1)).page.total).toBe(0);
      expect((await listUsersForEditors(editor, { q: "", role: "ADMIN", status: "ALL" }, 1)).users.map((u) => u.id)).toEqual([
        ids.admin,
        ids.admin2,
      ]);
      expect((await listUsersForEditors(editor, { q: "", role: "ALL", status: "disabled" }, 1)).page.total).toBe(0);
      const far = await listUsersForEditors(editor, { q: "", role: "ALL", status: "ALL" }, 99);
      expect(far.page.page).toBe(1);
    });

    it("takes a 10,000-character search through the URL schema without failing", async () => {
      const { UserListParamsSchema } = await import("./schemas");
      const params = UserListParamsSchema.parse({ q: "<b>x</b>".repeat(1250), role: "KING", status: ["a", "b"] });
      expect(params).toMatchObject({ role: "ALL", status: "ALL" });
      expect(params.q.length).toBe(100);
      expect((await listUsersForEditors(await sessionUser(ids.editor), params, 1)).page.total).toBe(0);
    });

    it("answers foreign and malformed ids with not found", async () => {
      const editor = await sessionUser(ids.editor);
      await expect(getUserForEditors(editor, 999_999)).rejects.toMatchObject({ status: 404 });
      await expect(getUserForEditors(editor, Number.NaN)).rejects.toMatchObject({ status: 404 });
      await as(ids.editor);
      for (const id of [999_999, "1; DROP TABLE", -1, "abc", { id: 1 }])
        expect(await actions.disableUser(id)).toMatchObject({ ok: false, message: NOT_FOUND });
    });
  });

  describe("global role", () => {
    it("is changed by admins only, never for themselves, never for the last active admin", async () => {
      await as(ids.editor);
      expect(await actions.changeGlobalRole(ids.member, { role: "PLANNER" })).toMatchObject({
        ok: false,
        message: "Nur Administratorinnen und Administratoren ändern Rollen.",
      });
      await as(ids.admin);
      expect(await actions.changeGlobalRole(ids.admin, { role: "EDITOR" })).toMatchObject({
        ok: false,
        message: "Das können Sie für Ihr eigenes Konto nicht tun.",
      });
      expect(await actions.changeGlobalRole(ids.member, { role: "<script>" })).toMatchObject({
        ok: false,
        fieldErrors: { role: ["Bitte wählen Sie eine Rolle."] },
      });
      expect(await actions.changeGlobalRole(ids.member, { role: "PLANNER" })).toMatchObject({
        ok: true,
        message: "Die Rolle wurde geändert.",
      });
      expect((await db.prisma.user.findUniqueOrThrow({ where: { id: ids.member } })).role).toBe("PLANNER");
      expect(await db.prisma.auditLog.findFirst({ where: { action: "user.role", entityId: String(ids.member) } })).toMatchObject({
        actorId: ids.admin,
      });
      expect(revalidatePath).toHaveBeenCalled();
      await actions.changeGlobalRole(ids.member, { role: "NONE" });

      // Berta disabled → Adam is the last active admin; Berta cannot demote nor disable him (she is disabled anyway).
      await db.prisma.user.update({ where: { id: ids.admin2 }, data: { disabledAt: new Date() } });
      const lastAdmin = await db.prisma.user.create({
        data: {
          email: "solo@example.org",
          name: "Solo",
          passwordHash: "x",
          role: "EDITOR",
          emailVerifiedAt: new Date(),
          termsAcceptedVersion: 1,
        },
      });
      expect(await actions.changeGlobalRole(lastAdmin.id, { role: "ADMIN" })).toMatchObject({ ok: true });
      await as(lastAdmin.id);
      expect(await actions.changeGlobalRole(ids.admin, { role: "EDITOR" })).toMatchObject({ ok: true });
      // Adam, now an editor, cannot touch the last admin's role.
      await as(ids.admin);
      expect(await actions.changeGlobalRole(lastAdmin.id, { role: "EDITOR" })).toMatchObject({ ok: false });
      expect((await getUserForEditors(await sessionUser(ids.admin), lastAdmin.id)).lastActiveAdmin).toBe(true);
      // Restore: Solo promotes Adam again, Berta is enabled, Solo leaves.
      await as(lastAdmin.id);
      await actions.changeGlobalRole(ids.admin, { role: "ADMIN" });
      await db.prisma.user.update({ where: { id: ids.admin2 }, data: { disabledAt: null } });
      await db.prisma.user.delete({ where: { id: lastAdmin.id } });
    });

    it("never leaves the portal without an active admin", async () => {
      await db.prisma.user.update({ where: { id: ids.admin2 }, data: { disabledAt: new Date() } });
      const { applyGlobalRole } = await import("@/features/accounts/global-role");
      await expect(db.prisma.$transaction((tx) => applyGlobalRole(tx, ids.admin, "EDITOR", ids.admin))).rejects.toMatchObject({
        code: "Users.errors.lastAdmin",
      });
      expect((await db.prisma.user.findUniqueOrThrow({ where: { id: ids.admin } })).role).toBe("ADMIN");
      await db.prisma.user.update({ where: { id: ids.admin2 }, data: { disabledAt: null } });
    });
  });

  describe("disable and enable", () => {
    it("editors disable providers and planners, not editors or admins, never themselves", async () => {
      await as(ids.editor);
      expect(await actions.disableUser(ids.editor2)).toMatchObject({
        ok: false,
        message: "Zugänge der Redaktion und der Administration deaktivieren nur Administratorinnen und Administratoren.",
      });
      expect(await actions.disableUser(ids.admin)).toMatchObject({ ok: false });
      expect(await actions.disableUser(ids.editor)).toMatchObject({
        ok: false,
        message: "Das können Sie für Ihr eigenes Konto nicht tun.",
      });
      expect(await actions.disableUser(ids.planner)).toMatchObject({ ok: true });
      expect(await actions.enableUser(ids.planner)).toMatchObject({ ok: true, message: "Der Zugang ist wieder aktiv." });
      await as(ids.admin);
      expect(await actions.disableUser(ids.editor2)).toMatchObject({ ok: true });
      expect(await actions.enableUser(ids.editor2)).toMatchObject({ ok: true });
      expect(await actions.disableUser(ids.admin)).toMatchObject({ ok: false });
    });

    it("ends sessions and logins at once; re-enabling lets the person in again", async () => {
      const login = { email: (await db.prisma.user.findUniqueOrThrow({ where: { id: ids.provider } })).email, password: PASSWORD };
      expect(await authenticateWithPassword(login, { ip: "203.0.113.1" })).not.toBeNull();
      const before = await db.prisma.user.findUniqueOrThrow({ where: { id: ids.provider } });
      await as(ids.editor);
      expect(await actions.disableUser(ids.provider)).toMatchObject({
        ok: true,
        message: "Der Zugang wurde deaktiviert; alle Sitzungen sind beendet.",
      });
      expect(await actions.disableUser(ids.provider)).toMatchObject({ ok: false, message: "Dieser Zugang ist bereits deaktiviert." });
      const after = await db.prisma.user.findUniqueOrThrow({ where: { id: ids.provider } });
      expect(after.disabledAt).not.toBeNull();
      expect(after.sessionVersion).toBe(before.sessionVersion + 1);
      // The old session is refused, and so is a session claiming the new version.
      expect(
        await loadSessionUser({ userId: ids.provider, sessionVersion: before.sessionVersion, sessionId: "test-session-0000000001" }),
      ).toBeNull();
      expect(
        await loadSessionUser({ userId: ids.provider, sessionVersion: after.sessionVersion, sessionId: "test-session-0000000001" }),
      ).toBeNull();
      expect(await authenticateWithPassword(login, { ip: "203.0.113.2" })).toBeNull();
      expect(await actions.sendPasswordReset(ids.provider)).toMatchObject({
        ok: false,
        message: "Dieser Zugang ist deaktiviert. Aktivieren Sie ihn zuerst wieder.",
      });
      expect(await actions.enableUser(ids.provider)).toMatchObject({ ok: true });
      expect(await authenticateWithPassword(login, { ip: "203.0.113.3" })).toMatchObject({ id: ids.provider });
      const entries = await db.prisma.auditLog.findMany({
        where: { entityType: "user", entityId: String(ids.provider) },
        select: { action: true, actorId: true },
      });
      expect(entries).toEqual([
        { action: "user.disable", actorId: ids.editor },
        { action: "user.enable", actorId: ids.editor },
      ]);
    });
  });

  it("mails a password-reset link and never a password", async () => {
    await as(ids.editor);
    const email = (await db.prisma.user.findUniqueOrThrow({ where: { id: ids.member } })).email;
    const result = await actions.sendPasswordReset(ids.member);
    expect(result).toMatchObject({ ok: true, data: { mailStatus: "SENT" }, message: `Der Link wurde an ${email} verschickt.` });
    const text = mailText(await smtp.waitForMail(email));
    expect(text).toMatch(/https:\/\/portal\.test\/de\/passwort-zuruecksetzen\?token=[A-Za-z0-9_-]{43}/);
    expect(text).not.toMatch(/Passwort:\s*\S/);
    expect(await db.prisma.token.count({ where: { userId: ids.member, type: "PASSWORD_RESET", usedAt: null } })).toBe(1);
    expect(await db.prisma.auditLog.count({ where: { action: "user.sendPasswordReset", actorId: ids.editor } })).toBe(1);
  });

  describe("memberships", () => {
    it("adds, changes and removes, keeping an admin in every organisation", async () => {
      await as(ids.editor);
      expect(await actions.addMembership(ids.planner, { organizationId: ids.otherOrg, role: "ORG_ADMIN" })).toMatchObject({
        ok: true,
        message: "Zur Organisation hinzugefügt.",
      });
      expect(await actions.addMembership(ids.planner, { organizationId: ids.otherOrg, role: "ORG_MEMBER" })).toMatchObject({
        ok: false,
        fieldErrors: { organizationId: ["Die Person gehört bereits zu dieser Organisation."] },
      });
      expect(await actions.addMembership(ids.planner, { organizationId: 999_999, role: "ORG_MEMBER" })).toMatchObject({
        ok: false,
        fieldErrors: { organizationId: ["Diese Organisation gibt es nicht (mehr)."] },
      });
      expect(await actions.addMembership(ids.planner, { organizationId: "<b>", role: "ORG_MEMBER" })).toMatchObject({
        ok: false,
        fieldErrors: { organizationId: ["Bitte wählen Sie eine Organisation."] },
      });
      // The only admin of the other organisation can neither be demoted nor removed.
      expect(await actions.changeMembership(ids.planner, { organizationId: ids.otherOrg, role: "ORG_MEMBER" })).toMatchObject({
        ok: false,
        message: expect.stringContaining("mindestens eine Administratorin"),
      });
      expect(await actions.removeMembership(ids.planner, { organizationId: ids.otherOrg })).toMatchObject({ ok: false });
      expect(await actions.changeMembership(ids.member, { organizationId: ids.org, role: "ORG_ADMIN" })).toMatchObject({
        ok: true,
        message: "Die Rolle in der Organisation wurde geändert.",
      });
      expect(await actions.removeMembership(ids.member, { organizationId: ids.org })).toMatchObject({ ok: true });
      expect(await actions.removeMembership(ids.member, { organizationId: ids.org })).toMatchObject({ ok: false, message: NOT_FOUND });
      await as(ids.admin);
      expect(await actions.removeMembership(ids.planner, { organizationId: ids.otherOrg })).toMatchObject({ ok: false });
      const actionsLogged = (
        await db.prisma.auditLog.findMany({ where: { entityType: "membership" }, orderBy: { id: "asc" }, select: { action: true } })
      ).map((e) => e.action);
      expect(actionsLogged).toEqual(["membership.add", "membership.change", "membership.remove"]);
    });
  });
});
