import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/features/accounts/types";
import { addMember, createUser, sessionUser } from "@/features/organizations/test-fixtures";
import { acceptInvitationFor, acceptInvitationWithNewAccount, lookupInvitation } from "@/features/team/invitations";
import { AppError } from "@/lib/errors";
import { hashToken } from "@/lib/tokens";
import { useTestDatabase } from "@/test/helpers/db";
import { linkFrom, mailText, startSmtpServer, type TestSmtpServer } from "@/test/helpers/smtp";

// Invitations into the portal's own team: sent from the editor area over a real SMTP listener,
// accepted through the same /einladung flow as organisation invitations.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/features/accounts/session", async () => (await import("@/test/helpers/action-context")).actionSessionModule(session));
vi.mock("@/features/seo/base-url", () => ({ siteBaseUrl: async () => "https://portal.test" }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("@/test/helpers/action-context")).germanTranslationsModule());

const { inviteStaff, revokeStaffInvitation } = await import("./actions");

const PASSWORD = "Sonnenblumen-am-Fluss-42";
const DAY = 24 * 60 * 60 * 1000;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe("staff invitations", () => {
  const db = useTestDatabase();
  let smtp: TestSmtpServer;
  const ids = { admin: 0, editor: 0, planner: 0, provider: 0, org: 0 };
  const as = async (id: number) => (session.user = await sessionUser(id));

  async function invite(email: string, role: string): Promise<string> {
    expect(await inviteStaff({ email, role })).toMatchObject({ ok: true });
    return new URL(linkFrom(await smtp.waitForMail(email), "/einladung")).searchParams.get("token")!;
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    process.env.SMTP_URL = smtp.url;
    await db.prisma.settings.create({ data: { id: 1, termsVersion: 2 } });
    ids.admin = await createUser(db.prisma, "Adam", "ADMIN");
    ids.editor = await createUser(db.prisma, "Rita", "EDITOR");
    ids.planner = await createUser(db.prisma, "Paula", "PLANNER");
    ids.provider = await createUser(db.prisma, "Olga");
    ids.org = (await db.prisma.organization.create({ data: { slug: "regenbogen", name: "Regenbogen", status: "APPROVED" } })).id;
    await addMember(db.prisma, ids.provider, ids.org, "ORG_ADMIN");
  });

  afterAll(async () => {
    delete process.env.SMTP_URL;
    await smtp.close();
  });

  beforeEach(() => {
    session.user = null;
    smtp.mails.length = 0;
  });

  it("refuses anonymous users, providers and planners; nothing is stored or mailed", async () => {
    for (const id of [null, ids.provider, ids.planner]) {
      session.user = id === null ? null : await sessionUser(id);
      expect(await inviteStaff({ email: "neu@example.org", role: "EDITOR" })).toMatchObject({ ok: false });
    }
    expect(await db.prisma.invitation.count()).toBe(0);
    expect(await db.prisma.emailOutbox.count()).toBe(0);
  });

  it("lets editors invite editors and planners, and only admins invite admins", async () => {
    await as(ids.editor);
    expect(await inviteStaff({ email: "chefin@example.org", role: "ADMIN" })).toMatchObject({
      ok: false,
      message: "Nur Administratorinnen und Administratoren laden weitere Administratorinnen und Administratoren ein.",
    });
    expect(await inviteStaff({ email: "<b>x</b>", role: "EDITOR" })).toMatchObject({
      ok: false,
      fieldErrors: { email: ["Bitte geben Sie eine gültige E-Mail-Adresse an."] },
    });
    expect(await inviteStaff({ email: "neu@example.org", role: "NONE" })).toMatchObject({
      ok: false,
      fieldErrors: { role: ["Bitte wählen Sie eine Rolle."] },
    });
    const plannerEmail = (await db.prisma.user.findUniqueOrThrow({ where: { id: ids.planner } })).email;
    expect(await inviteStaff({ email: plannerEmail, role: "EDITOR" })).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.stringContaining("bereits zur Redaktion")] },
    });
    expect(await db.prisma.invitation.count()).toBe(0);

    const result = await inviteStaff({ email: " Planerin@Example.org ", role: "PLANNER" });
    expect(result).toMatchObject({
      ok: true,
      data: { mailStatus: "SENT" },
      message: "Die Einladung an planerin@example.org wurde verschickt.",
    });
    await as(ids.admin);
    expect(await inviteStaff({ email: "chefin@example.org", role: "ADMIN" })).toMatchObject({ ok: true });
    const audit = await db.prisma.auditLog.findMany({ where: { action: "user.invite" }, select: { actorId: true, entityType: true } });
    expect(audit).toEqual([
      { actorId: ids.editor, entityType: "invitation" },
      { actorId: ids.admin, entityType: "invitation" },
    ]);
  });

  it("mails a hashed, 7-day link and no password; a new invitation replaces the open one", async () => {
    await as(ids.editor);
    const first = await invite("doppelt@example.org", "EDITOR");
    const mail = mailText(await smtp.waitForMail("doppelt@example.org"));
    expect(mail).toMatch(/Redaktion/);
    expect(mail).not.toMatch(/Passwort:\s*\S/);
    const row = await db.prisma.invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(first) } });
    expect(row).toMatchObject({ organizationId: null, orgRole: null, globalRole: "EDITOR", invitedById: ids.editor });
    expect(row.tokenHash).not.toBe(first);
    expect(Math.abs(row.expiresAt.getTime() - Date.now() - 7 * DAY)).toBeLessThan(60_000);

    smtp.mails.length = 0;
    const second = await invite("doppelt@example.org", "PLANNER");
    expect(await lookupInvitation(first)).toEqual({ ok: false, problem: "revoked" });
    expect(await lookupInvitation(second)).toMatchObject({
      ok: true,
      invitation: { kind: "staff", globalRole: "PLANNER", email: "doppelt@example.org", accountExists: false },
    });
  });

  it("creates the account with the invited role; the link then stops working", async () => {
    await as(ids.editor);
    const token = await invite("neue.planerin@example.org", "PLANNER");
    const input = { token, name: "Nele Planerin", password: PASSWORD, passwordConfirm: PASSWORD, acceptTerms: true };
    expect(await acceptInvitationWithNewAccount(input)).toEqual({ email: "neue.planerin@example.org", organizationId: null });
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "neue.planerin@example.org" }, include: { memberships: true } });
    expect(user).toMatchObject({ role: "PLANNER", termsAcceptedVersion: 2, memberships: [] });
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(await db.prisma.auditLog.findFirst({ where: { action: "user.role", entityId: String(user.id) } })).toMatchObject({
      actorId: user.id,
    });
    expect(await codeOf(acceptInvitationWithNewAccount(input))).toBe("Invitation.problem.used");
  });

  it("sets the role of an existing account that accepts while logged in with the invited address", async () => {
    await as(ids.editor);
    const providerEmail = (await db.prisma.user.findUniqueOrThrow({ where: { id: ids.provider } })).email;
    const token = await invite(providerEmail, "EDITOR");
    expect(await lookupInvitation(token)).toMatchObject({ ok: true, invitation: { kind: "staff", accountExists: true } });
    expect(await codeOf(acceptInvitationFor(await sessionUser(ids.planner), token))).toBe("Invitation.wrongAccount");
    expect(
      await codeOf(acceptInvitationWithNewAccount({ token, name: "X", password: PASSWORD, passwordConfirm: PASSWORD, acceptTerms: true })),
    ).toBe("Invitation.accountExists");
    expect(await acceptInvitationFor(await sessionUser(ids.provider), token)).toEqual({ organizationId: null });
    const provider = await db.prisma.user.findUniqueOrThrow({ where: { id: ids.provider }, include: { memberships: true } });
    expect(provider.role).toBe("EDITOR");
    expect(provider.memberships).toHaveLength(1);
    expect(await codeOf(acceptInvitationFor(await sessionUser(ids.provider), token))).toBe("Invitation.problem.used");
  });

  it("withdraws open invitations: link dead afterwards; planners, providers and editors (for admin invitations) refused", async () => {
    await as(ids.admin);
    const adminToken = await invite("zurueck.admin@example.org", "ADMIN");
    await as(ids.editor);
    const editorToken = await invite("zurueck.editor@example.org", "EDITOR");
    const adminInvitation = await db.prisma.invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(adminToken) } });
    const editorInvitation = await db.prisma.invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(editorToken) } });

    // ids.provider became an editor in an earlier test: a fresh provider account.
    const provider = await createUser(db.prisma, "Otto");
    await addMember(db.prisma, provider, ids.org, "ORG_MEMBER");
    for (const id of [null, provider, ids.planner]) {
      session.user = id === null ? null : await sessionUser(id);
      expect(await revokeStaffInvitation(editorInvitation.id)).toMatchObject({ ok: false });
    }
    await as(ids.editor);
    expect(await revokeStaffInvitation(adminInvitation.id)).toMatchObject({ ok: false });
    expect(await revokeStaffInvitation("1 OR 1=1")).toMatchObject({ ok: false });
    expect(await revokeStaffInvitation(999_999)).toMatchObject({ ok: false });
    expect(
      await db.prisma.invitation.count({ where: { id: { in: [adminInvitation.id, editorInvitation.id] }, revokedAt: { not: null } } }),
    ).toBe(0);

    expect(await revokeStaffInvitation(editorInvitation.id)).toMatchObject({ ok: true, message: expect.stringContaining("zurückgezogen") });
    expect(await lookupInvitation(editorToken)).toEqual({ ok: false, problem: "revoked" });
    expect(await revokeStaffInvitation(editorInvitation.id)).toMatchObject({ ok: false, message: "Diese Einladung ist nicht mehr offen." });
    await as(ids.admin);
    expect(await revokeStaffInvitation(adminInvitation.id)).toMatchObject({ ok: true });
    expect(await db.prisma.auditLog.count({ where: { action: "invitation.revoke" } })).toBe(2);
  });

  it("refuses expired and malformed links", async () => {
    await as(ids.admin);
    const token = await invite("spaet@example.org", "PLANNER");
    const later = new Date(Date.now() + 7 * DAY + 1000);
    const input = { token, name: "Spät", password: PASSWORD, passwordConfirm: PASSWORD, acceptTerms: true };
    expect(await codeOf(acceptInvitationWithNewAccount(input, { now: later }))).toBe("Invitation.problem.expired");
    for (const bad of ["abc", "x".repeat(43) + "<", ""])
      expect(await codeOf(acceptInvitationWithNewAccount({ ...input, token: bad }))).toBe("Invitation.problem.malformed");
    expect(await db.prisma.user.count({ where: { email: "spaet@example.org" } })).toBe(0);
  });
});
