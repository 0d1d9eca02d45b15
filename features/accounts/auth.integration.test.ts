import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/passwords";
import { useTestDatabase } from "@/test/helpers/db";
import { authOptions, configureAuthOrigin } from "./auth-options";
import { endAllSessionsFor } from "./account-settings";
import { authenticateWithPassword } from "./credentials";
import { loadSessionUser, sessionClaims } from "./session-user";
import { createVerifiedUser, DuplicateEmailError, hasAccountTables } from "./user-admin";

const PASSWORD = "Chancen-Demo-2026";

describe("accounts against a real database", () => {
  const db = useTestDatabase();
  const ids = { orgAdmin: 0, disabled: 0, org: 0, deletedOrg: 0 };

  beforeAll(async () => {
    const passwordHash = await hashPassword(PASSWORD);
    const org = await db.prisma.organization.create({
      data: { slug: "familienzentrum-regenbogen", name: "Familienzentrum Regenbogen e.V.", status: "APPROVED" },
    });
    const deletedOrg = await db.prisma.organization.create({ data: { slug: "alt", name: "Alter Verein", deletedAt: new Date() } });
    const orgAdmin = await db.prisma.user.create({
      data: {
        email: "anbieter@musterstadt.example",
        name: "Anna Anbieter",
        passwordHash,
        emailVerifiedAt: new Date(),
        memberships: {
          create: [
            { organizationId: org.id, role: "ORG_ADMIN" },
            { organizationId: deletedOrg.id, role: "ORG_MEMBER" },
          ],
        },
      },
    });
    const disabled = await db.prisma.user.create({
      data: {
        email: "gesperrt@musterstadt.example",
        name: "Gesperrt",
        passwordHash,
        disabledAt: new Date(),
        memberships: { create: { organizationId: org.id } },
      },
    });
    Object.assign(ids, { orgAdmin: orgAdmin.id, disabled: disabled.id, org: org.id, deletedOrg: deletedOrg.id });
  });

  describe("authenticateWithPassword", () => {
    it("accepts the right password and returns identity, role and memberships", async () => {
      const user = await authenticateWithPassword({ email: "anbieter@musterstadt.example", password: PASSWORD });
      expect(user).toEqual({
        id: ids.orgAdmin,
        email: "anbieter@musterstadt.example",
        name: "Anna Anbieter",
        role: "NONE",
        sessionVersion: 0,
        memberships: [
          { organizationId: ids.org, slug: "familienzentrum-regenbogen", name: "Familienzentrum Regenbogen e.V.", role: "ORG_ADMIN" },
        ],
      });
      const stored = await db.prisma.user.findUniqueOrThrow({ where: { id: ids.orgAdmin }, select: { lastLoginAt: true } });
      expect(stored.lastLoginAt).toBeInstanceOf(Date);
    });

    it("treats the e-mail address case-insensitively and ignores surrounding spaces", async () => {
      const user = await authenticateWithPassword({ email: "  Anbieter@MusterStadt.EXAMPLE ", password: PASSWORD });
      expect(user?.id).toBe(ids.orgAdmin);
    });

    it("gives one and the same answer for wrong password, unknown e-mail and disabled account", async () => {
      const results = await Promise.all([
        authenticateWithPassword({ email: "anbieter@musterstadt.example", password: "wrong-password" }),
        authenticateWithPassword({ email: "niemand@musterstadt.example", password: PASSWORD }),
        authenticateWithPassword({ email: "gesperrt@musterstadt.example", password: PASSWORD }),
      ]);
      expect(results).toEqual([null, null, null]);
      const disabled = await db.prisma.user.findUniqueOrThrow({ where: { id: ids.disabled }, select: { lastLoginAt: true } });
      expect(disabled.lastLoginAt).toBeNull();
    });

    it("rejects malformed input without throwing", async () => {
      for (const raw of [
        undefined,
        {},
        { email: "anbieter@musterstadt.example" },
        { email: "kein-email", password: PASSWORD },
        { email: "anbieter@musterstadt.example", password: "" },
      ]) {
        await expect(authenticateWithPassword(raw)).resolves.toBeNull();
      }
    });
  });

  describe("loadSessionUser", () => {
    it("re-loads the user with memberships of live organisations", async () => {
      const user = await loadSessionUser({ userId: ids.orgAdmin, sessionVersion: 0, sessionId: "test-session-0000000001" });
      expect(user).toMatchObject({ id: ids.orgAdmin, email: "anbieter@musterstadt.example", role: "NONE" });
      expect(user?.memberships).toEqual([
        {
          organizationId: ids.org,
          slug: "familienzentrum-regenbogen",
          name: "Familienzentrum Regenbogen e.V.",
          status: "APPROVED",
          role: "ORG_ADMIN",
        },
      ]);
    });

    it("ends the session of a disabled user immediately", async () => {
      expect(await loadSessionUser({ userId: ids.disabled, sessionVersion: 0, sessionId: "test-session-0000000001" })).toBeNull();
    });

    it("refuses a token from an older sessionVersion", async () => {
      const user = await db.prisma.user.create({
        data: { email: "v@musterstadt.example", name: "V", passwordHash: "x", sessionVersion: 0 },
      });
      expect(await loadSessionUser({ userId: user.id, sessionVersion: 0, sessionId: "test-session-0000000001" })).not.toBeNull();
      await db.prisma.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
      expect(await loadSessionUser({ userId: user.id, sessionVersion: 0, sessionId: "test-session-0000000001" })).toBeNull();
      expect(await loadSessionUser({ userId: user.id, sessionVersion: 1, sessionId: "test-session-0000000001" })).not.toBeNull();
    });

    it("returns null for deleted users and missing claims", async () => {
      expect(await loadSessionUser({ userId: 999_999, sessionVersion: 0, sessionId: "test-session-0000000001" })).toBeNull();
      expect(await loadSessionUser(null)).toBeNull();
    });

    it("reads the role from the database, not from the token", async () => {
      const user = await db.prisma.user.create({ data: { email: "r@musterstadt.example", name: "R", passwordHash: "x", role: "EDITOR" } });
      await db.prisma.user.update({ where: { id: user.id }, data: { role: "NONE" } });
      expect((await loadSessionUser({ userId: user.id, sessionVersion: 0, sessionId: "test-session-0000000001" }))?.role).toBe("NONE");
    });
  });

  describe("signing out", () => {
    // Issue 18, item 3: the JWT cookie is self-contained, so signing out must end it on the server.
    it("revokes exactly the signed-out session; a copy of its cookie no longer opens anything", async () => {
      const user = await db.prisma.user.create({
        data: { email: "s@musterstadt.example", name: "S", passwordHash: "x", emailVerifiedAt: new Date() },
      });
      const laptop = { userId: user.id, sessionVersion: 0, sessionId: "laptop-session-000000001" };
      const phone = { userId: user.id, sessionVersion: 0, sessionId: "phone-session-0000000001" };
      expect(await loadSessionUser(laptop)).not.toBeNull();

      await authOptions.events!.signOut!({ token: { userId: user.id, sessionId: laptop.sessionId }, session: null as never });

      expect(await loadSessionUser(laptop)).toBeNull();
      expect(await loadSessionUser(phone)).not.toBeNull();
      const revoked = await db.prisma.revokedSession.findUniqueOrThrow({ where: { sessionId: laptop.sessionId } });
      expect(revoked.expiresAt.getTime()).toBeGreaterThan(Date.now() + 7 * 60 * 60 * 1000);
    });

    it("gives every login its own session id", async () => {
      const jwt = authOptions.callbacks!.jwt!;
      const user = { id: String(ids.orgAdmin), role: "NONE" as const, sessionVersion: 0, memberships: [] };
      const first = await jwt({ token: {}, user, account: null });
      const second = await jwt({ token: {}, user, account: null });
      expect(first.sessionId).toMatch(/^[0-9a-f-]{36}$/);
      expect(second.sessionId).not.toBe(first.sessionId);
      // Later refreshes of the same token keep it.
      expect((await jwt({ token: first, user: undefined as never, account: null })).sessionId).toBe(first.sessionId);
    });

    it("log out everywhere ends every session of the account, and only of that account", async () => {
      const user = await db.prisma.user.create({
        data: { email: "e@musterstadt.example", name: "E", passwordHash: "x", emailVerifiedAt: new Date() },
      });
      const sessionUser = (await loadSessionUser({ userId: user.id, sessionVersion: 0, sessionId: "own-session-00000000001" }))!;
      await endAllSessionsFor(sessionUser);
      expect(await loadSessionUser({ userId: user.id, sessionVersion: 0, sessionId: "own-session-00000000001" })).toBeNull();
      expect(await loadSessionUser({ userId: user.id, sessionVersion: 0, sessionId: "other-device-0000000001" })).toBeNull();
      expect(await loadSessionUser({ userId: ids.orgAdmin, sessionVersion: 0, sessionId: "someone-else-0000000001" })).not.toBeNull();
      expect(await db.prisma.auditLog.count({ where: { action: "user.endAllSessions", entityId: String(user.id) } })).toBe(1);
    });
  });

  describe("createVerifiedUser", () => {
    it("creates a verified account that accepted the current terms, and refuses duplicates", async () => {
      await db.prisma.settings.upsert({ where: { id: 1 }, update: { termsVersion: 3 }, create: { id: 1, termsVersion: 3 } });
      const created = await createVerifiedUser(db.prisma, {
        email: " Neu@Musterstadt.example",
        name: "Neu",
        role: "EDITOR",
        password: "ein-langes-passwort",
      });
      const stored = await db.prisma.user.findUniqueOrThrow({ where: { id: created.id } });
      expect(stored).toMatchObject({ email: "neu@musterstadt.example", role: "EDITOR", termsAcceptedVersion: 3 });
      expect(stored.emailVerifiedAt).toBeInstanceOf(Date);
      expect(await verifyPassword(stored.passwordHash, "ein-langes-passwort")).toBe(true);
      await expect(
        createVerifiedUser(db.prisma, { email: "NEU@musterstadt.example", name: "Zweit", role: "NONE", password: "noch-ein-passwort" }),
      ).rejects.toBeInstanceOf(DuplicateEmailError);
    });

    it("rejects short passwords and unknown roles", async () => {
      await expect(
        createVerifiedUser(db.prisma, { email: "k@musterstadt.example", name: "K", role: "NONE", password: "kurz" }),
      ).rejects.toThrow();
      await expect(
        createVerifiedUser(db.prisma, { email: "k@musterstadt.example", name: "K", role: "BOSS" as "NONE", password: "lang-genug-1234" }),
      ).rejects.toThrow();
      // The user:create script shares the rules of the web forms: common passwords are refused.
      await expect(
        createVerifiedUser(db.prisma, { email: "k@musterstadt.example", name: "K", role: "NONE", password: "Passwort1234" }),
      ).rejects.toThrow(/passwordTooCommon/);
    });

    it("tells a migrated database from an empty one", async () => {
      expect(await hasAccountTables(db.prisma)).toBe(true);
      const empty = createPrismaClient("file::memory:");
      try {
        expect(await hasAccountTables(empty)).toBe(false);
      } finally {
        await empty.$disconnect();
      }
    });
  });
});

describe("session token", () => {
  it("carries id, role, sessionVersion and memberships from sign-in into the session", async () => {
    const memberships = [{ organizationId: 5, slug: "tsv", name: "TSV", role: "ORG_ADMIN" as const }];
    const jwt = authOptions.callbacks!.jwt!;
    const token = await jwt({
      token: { name: "A", email: "a@example.org", sub: "7" },
      user: { id: "7", name: "A", email: "a@example.org", role: "EDITOR", sessionVersion: 2, memberships },
      account: null,
      trigger: "signIn",
    });
    expect(token).toMatchObject({ userId: 7, role: "EDITOR", sessionVersion: 2, memberships });
    // Later requests pass the token through unchanged.
    expect(await jwt({ token, user: undefined as never, account: null })).toEqual(token);

    const session = await authOptions.callbacks!.session!({
      session: { expires: "" } as never,
      token,
      user: undefined as never,
      newSession: undefined,
      trigger: "update",
    });
    expect(session.user).toEqual({
      id: 7,
      sessionId: token.sessionId,
      name: "A",
      email: "a@example.org",
      role: "EDITOR",
      sessionVersion: 2,
      memberships,
    });
    expect(sessionClaims(session)).toEqual({ userId: 7, sessionVersion: 2, sessionId: token.sessionId });
  });

  it("uses JWT sessions of 8 hours and the app secret", () => {
    expect(authOptions.session).toMatchObject({ strategy: "jwt", maxAge: 8 * 60 * 60 });
    expect(authOptions.secret).toBe(process.env.AUTH_SECRET);
    expect(authOptions.pages?.signIn).toBe("/de/anmelden");
  });

  it("treats malformed session objects as no session", () => {
    expect(sessionClaims(null)).toBeNull();
    expect(sessionClaims({ user: { id: 7, sessionVersion: 0 } })).toBeNull();
    expect(sessionClaims({ user: { id: 7, sessionVersion: 0, sessionId: "short" } })).toBeNull();
    expect(sessionClaims({ user: { id: 7, sessionVersion: 0, sessionId: "a-session-id-0000001" } })).toEqual({
      userId: 7,
      sessionVersion: 0,
      sessionId: "a-session-id-0000001",
    });
    expect(sessionClaims({ user: { id: "7", sessionVersion: 0 } })).toBeNull();
    expect(sessionClaims({ user: { id: 7 } })).toBeNull();
    expect(sessionClaims({ user: { id: 7.5, sessionVersion: 0 } })).toBeNull();
  });
});

describe("configureAuthOrigin", () => {
  it("derives NEXTAUTH_URL from APP_URL behind a proxy", () => {
    const environment: Record<string, string | undefined> = {};
    configureAuthOrigin("https://portal.musterstadt.example/", environment);
    expect(environment).toEqual({ NEXTAUTH_URL: "https://portal.musterstadt.example/api/auth" });
  });

  it("trusts the forwarded host when only AUTH_SECRET is set (next start -p <any port>)", () => {
    const environment: Record<string, string | undefined> = {};
    configureAuthOrigin(undefined, environment);
    expect(environment).toEqual({ AUTH_TRUST_HOST: "true" });
  });

  it("leaves explicit settings alone", () => {
    const environment: Record<string, string | undefined> = { NEXTAUTH_URL: "http://intern:3000/api/auth" };
    configureAuthOrigin("https://portal.musterstadt.example", environment);
    configureAuthOrigin(undefined, environment);
    expect(environment).toEqual({ NEXTAUTH_URL: "http://intern:3000/api/auth" });
  });
});
