import { beforeEach, describe, expect, it } from "vitest";
// Not a React hook: registers beforeAll/afterAll for this file's own database.
import { useTestDatabase as withTestDatabase } from "@/test/helpers/db";
import { AppError, ValidationError } from "@/lib/errors";
import { verifyPassword } from "@/lib/passwords";
import { generateToken } from "@/lib/tokens";
import { createTwoOrganizations, createUser, sessionUser, type TwoOrganizations } from "@/features/organizations/test-fixtures";
import { acceptInvitationFor, acceptInvitationWithNewAccount, lookupInvitation } from "./invitations";

const db = withTestDatabase();
let ids: TwoOrganizations;
const DAY = 24 * 60 * 60 * 1000;

beforeEach(async () => {
  await db.reset();
  ids = await createTwoOrganizations(db.prisma);
  await db.prisma.settings.create({ data: { id: 1, termsVersion: 3 } });
});

async function invite(email: string, options: { role?: "ORG_ADMIN" | "ORG_MEMBER"; expiresInMs?: number; organizationId?: number } = {}) {
  const { token, tokenHash } = generateToken();
  const invitation = await db.prisma.invitation.create({
    data: {
      email,
      tokenHash,
      organizationId: options.organizationId ?? ids.orgA,
      orgRole: options.role ?? "ORG_MEMBER",
      invitedById: ids.adminA,
      expiresAt: new Date(Date.now() + (options.expiresInMs ?? 7 * DAY)),
    },
  });
  return { token, id: invitation.id };
}

const password = "Sonnenblumen-am-Fluss-42";
const newAccount = (token: string, overrides: Record<string, unknown> = {}) => ({
  token,
  name: "Neue Kollegin",
  password,
  passwordConfirm: password,
  acceptTerms: true,
  ...overrides,
});

async function problemOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe("lookupInvitation", () => {
  it("tells open, expired, used, revoked, unknown and malformed apart", async () => {
    const open = await invite("neu@example.org");
    const lookup = await lookupInvitation(open.token);
    expect(lookup).toMatchObject({
      ok: true,
      invitation: { email: "neu@example.org", organizationName: "Verein A", accountExists: false },
    });

    const expired = await invite("alt@example.org", { expiresInMs: -1000 });
    expect(await lookupInvitation(expired.token)).toEqual({ ok: false, problem: "expired" });
    const revoked = await invite("weg@example.org");
    await db.prisma.invitation.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
    expect(await lookupInvitation(revoked.token)).toEqual({ ok: false, problem: "revoked" });
    expect(await lookupInvitation(generateToken().token)).toEqual({ ok: false, problem: "unknown" });
    expect(await lookupInvitation("abc")).toEqual({ ok: false, problem: "malformed" });
    expect(await lookupInvitation({ token: 1 })).toEqual({ ok: false, problem: "malformed" });
  });
});

describe("accepting with a new account", () => {
  it("creates a verified account with the invited address and terms version, joins, and works once", async () => {
    const { token, id } = await invite("Neu@Example.org".toLowerCase(), { role: "ORG_ADMIN" });
    const result = await acceptInvitationWithNewAccount(newAccount(token), { locale: "en" });
    expect(result.email).toBe("neu@example.org");

    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "neu@example.org" }, include: { memberships: true } });
    expect(user).toMatchObject({ name: "Neue Kollegin", termsAcceptedVersion: 3, locale: "en", role: "NONE" });
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(await verifyPassword(user.passwordHash, password)).toBe(true);
    expect(user.memberships).toEqual([expect.objectContaining({ organizationId: ids.orgA, role: "ORG_ADMIN" })]);
    expect((await db.prisma.invitation.findUniqueOrThrow({ where: { id } })).acceptedAt).not.toBeNull();
    expect((await db.prisma.auditLog.findMany()).map((a) => a.action).sort()).toEqual([
      "invitation.accept",
      "membership.create",
      "user.create",
    ]);

    expect(await problemOf(acceptInvitationWithNewAccount(newAccount(token)))).toBe("Invitation.problem.used");
    expect(await db.prisma.user.count({ where: { email: "neu@example.org" } })).toBe(1);
  });

  it("refuses expired and revoked invitations and bad input, creating nothing", async () => {
    const expired = await invite("alt@example.org", { expiresInMs: -1 });
    expect(await problemOf(acceptInvitationWithNewAccount(newAccount(expired.token)))).toBe("Invitation.problem.expired");
    const revoked = await invite("weg@example.org");
    await db.prisma.invitation.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
    expect(await problemOf(acceptInvitationWithNewAccount(newAccount(revoked.token)))).toBe("Invitation.problem.revoked");

    const open = await invite("neu@example.org");
    const cases: [Record<string, unknown>, string, string][] = [
      [{ password: "kurz", passwordConfirm: "kurz" }, "password", "Team.errors.passwordTooShort"],
      [{ passwordConfirm: "anders-als-vorher" }, "passwordConfirm", "Team.errors.passwordMismatch"],
      [{ acceptTerms: false }, "acceptTerms", "Team.errors.termsRequired"],
      [{ name: "<b>Hacker</b>" }, "name", "Team.errors.noMarkup"],
      [{ name: "x".repeat(10_000) }, "name", "Team.errors.nameTooLong"],
    ];
    for (const [overrides, field, message] of cases) {
      const error = await acceptInvitationWithNewAccount(newAccount(open.token, overrides)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors[field]).toContain(message);
    }
    expect(await db.prisma.user.count({ where: { email: { in: ["alt@example.org", "weg@example.org", "neu@example.org"] } } })).toBe(0);
    expect((await db.prisma.invitation.findUniqueOrThrow({ where: { id: open.id } })).acceptedAt).toBeNull();
  });

  it("sends people with an account to the login instead", async () => {
    const existing = await db.prisma.user.findUniqueOrThrow({ where: { id: ids.outsider } });
    const { token, id } = await invite(existing.email);
    expect((await lookupInvitation(token)).ok && (await lookupInvitation(token))).toMatchObject({ invitation: { accountExists: true } });
    expect(await problemOf(acceptInvitationWithNewAccount(newAccount(token)))).toBe("Invitation.accountExists");
    expect((await db.prisma.invitation.findUniqueOrThrow({ where: { id } })).acceptedAt).toBeNull();
    expect(await db.prisma.membership.count({ where: { userId: ids.outsider } })).toBe(0);
  });
});

describe("accepting with an existing account", () => {
  it("joins when the signed-in user's address matches, once", async () => {
    const outsider = await sessionUser(ids.outsider);
    const { token } = await invite(outsider.email);
    await acceptInvitationFor(outsider, token);
    expect(await db.prisma.membership.findFirst({ where: { userId: ids.outsider, organizationId: ids.orgA } })).toMatchObject({
      role: "ORG_MEMBER",
    });
    expect(await problemOf(acceptInvitationFor(outsider, token))).toBe("Invitation.problem.used");
  });

  it("refuses a different signed-in account and leaves the invitation open", async () => {
    const outsider = await sessionUser(ids.outsider);
    const { token, id } = await invite("jemand-anderes@example.org");
    expect(await problemOf(acceptInvitationFor(outsider, token))).toBe("Invitation.wrongAccount");
    // Org B's admin cannot use org A's invitation either.
    expect(await problemOf(acceptInvitationFor(await sessionUser(ids.adminB), token))).toBe("Invitation.wrongAccount");
    expect((await db.prisma.invitation.findUniqueOrThrow({ where: { id } })).acceptedAt).toBeNull();
    expect(await db.prisma.membership.count({ where: { organizationId: ids.orgA } })).toBe(2);
  });

  it("refuses expired, revoked and unknown tokens", async () => {
    const outsider = await sessionUser(ids.outsider);
    const expired = await invite(outsider.email, { expiresInMs: -1 });
    expect(await problemOf(acceptInvitationFor(outsider, expired.token))).toBe("Invitation.problem.expired");
    const revoked = await invite(outsider.email);
    await db.prisma.invitation.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
    expect(await problemOf(acceptInvitationFor(outsider, revoked.token))).toBe("Invitation.problem.revoked");
    expect(await problemOf(acceptInvitationFor(outsider, "not-a-token"))).toBe("Invitation.problem.malformed");
    expect(await db.prisma.membership.count({ where: { userId: ids.outsider } })).toBe(0);
  });

  it("an invitation as admin raises an existing member to admin; confirms an unverified address", async () => {
    const member = await sessionUser(ids.memberA);
    const { token } = await invite(member.email, { role: "ORG_ADMIN" });
    await acceptInvitationFor(member, token);
    expect(await db.prisma.membership.findFirst({ where: { userId: ids.memberA, organizationId: ids.orgA } })).toMatchObject({
      role: "ORG_ADMIN",
    });

    const unverifiedId = await createUser(db.prisma, "Unverified");
    await db.prisma.user.update({ where: { id: unverifiedId }, data: { emailVerifiedAt: null } });
    const unverified = await sessionUser(unverifiedId);
    const second = await invite(unverified.email, { organizationId: ids.orgB });
    await acceptInvitationFor(unverified, second.token);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: unverifiedId } })).emailVerifiedAt).not.toBeNull();
  });
});
