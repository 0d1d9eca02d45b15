import fs from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTranslator } from "use-intl/core";
// Not a React hook: registers beforeAll/afterAll for this file's own database.
import { useTestDatabase as withTestDatabase } from "@/test/helpers/db";
import { generateToken } from "@/lib/tokens";
import { createTwoOrganizations, type TwoOrganizations } from "@/features/organizations/test-fixtures";

// The server actions themselves, with only the request-bound pieces replaced: the session cookie
// (next-auth's getServerSession), next-intl's request locale, revalidation and cookies. Permission
// checks, parsing and translation of failures run for real.

const session = vi.hoisted(() => ({ current: null as null | { user: { id: number; sessionVersion: number; sessionId: string } } }));
vi.mock("next-auth", () => ({ getServerSession: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
  headers: async () => new Headers(),
}));
vi.mock("@/i18n/navigation", () => ({ redirect: () => undefined, getPathname: () => "/" }));
vi.mock("@/features/seo/base-url", () => ({ siteBaseUrl: async () => "http://portal.test" }));
vi.mock("next-intl/server", () => {
  const messages = JSON.parse(fs.readFileSync(path.join(process.cwd(), "messages", "de.json"), "utf8"));
  const t = createTranslator({ locale: "de", messages });
  return { getTranslations: async () => t, getLocale: async () => "de" };
});

const { saveOrganizationProfile } = await import("@/features/organizations/actions");
const actions = await import("./actions");

const db = withTestDatabase();
let ids: TwoOrganizations;

function signInAs(userId: number | null) {
  session.current = userId === null ? null : { user: { id: userId, sessionVersion: 0, sessionId: "team-session-0000000001" } };
}

beforeAll(async () => {
  ids = await createTwoOrganizations(db.prisma);
});

beforeEach(() => signInAs(null));

async function invitationToken(organizationId: number, email: string) {
  const { token, tokenHash } = generateToken();
  const row = await db.prisma.invitation.create({
    data: { email, tokenHash, organizationId, orgRole: "ORG_MEMBER", expiresAt: new Date(Date.now() + 86_400_000) },
  });
  return { token, id: row.id };
}

describe("anonymous visitors", () => {
  it("are refused by every action that needs a session, with a translated message", async () => {
    const request = await db.prisma.joinRequest.create({ data: { userId: ids.outsider, organizationId: ids.orgA } });
    const { id: invitationId, token } = await invitationToken(ids.orgA, "anon@example.org");
    const results = await Promise.all([
      saveOrganizationProfile(ids.orgA, { name: "Gekapert" }),
      actions.inviteMember(ids.orgA, { email: "x@example.org", role: "ORG_ADMIN" }),
      actions.revokeInvitation(invitationId),
      actions.changeMemberRole(ids.orgA, { userId: ids.memberA, role: "ORG_ADMIN" }),
      actions.removeMember(ids.orgA, ids.memberA),
      actions.leaveOrganization(ids.orgA),
      actions.decideJoinRequest(request.id, "approve"),
      actions.acceptInvitation(token),
    ]);
    for (const result of results) expect(result).toEqual({ ok: false, message: "Bitte melden Sie sich an.", fieldErrors: {} });
    expect(await db.prisma.organization.findUniqueOrThrow({ where: { id: ids.orgA } })).toMatchObject({ name: "Verein A" });
    expect(await db.prisma.membership.count({ where: { organizationId: ids.orgA } })).toBe(2);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  it("can create an account only with a valid invitation token", async () => {
    const result = await actions.acceptInvitationAndRegister({
      token: generateToken().token,
      name: "Niemand",
      password: "Sonnenblumen-am-Fluss-42",
      passwordConfirm: "Sonnenblumen-am-Fluss-42",
      acceptTerms: true,
    });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("gibt es nicht") });
    expect(await db.prisma.user.count({ where: { name: "Niemand" } })).toBe(0);
  });
});

describe("signed-in users", () => {
  it("org B's admin gets a not-found answer on org A's records, without any of A's data", async () => {
    signInAs(ids.adminB);
    const { id: invitationId } = await invitationToken(ids.orgA, "geheim@example.org");
    const results = [
      await saveOrganizationProfile(ids.orgA, { name: "Gekapert" }),
      await actions.inviteMember(ids.orgA, { email: "x@example.org", role: "ORG_ADMIN" }),
      await actions.revokeInvitation(invitationId),
      await actions.changeMemberRole(ids.orgA, { userId: ids.memberA, role: "ORG_ADMIN" }),
      await actions.removeMember(ids.orgA, ids.memberA),
    ];
    for (const result of results) {
      expect(result).toEqual({ ok: false, message: "Der Eintrag wurde nicht gefunden.", fieldErrors: {} });
      expect(JSON.stringify(result)).not.toMatch(/Verein A|geheim|MemberA/);
    }
    expect((await db.prisma.invitation.findUniqueOrThrow({ where: { id: invitationId } })).revokedAt).toBeNull();
  });

  it("a member (not admin) is refused on admin actions", async () => {
    signInAs(ids.memberA);
    expect(await saveOrganizationProfile(ids.orgA, { name: "Gekapert" })).toMatchObject({
      ok: false,
      message: "Dazu haben Sie keine Berechtigung.",
    });
    expect(await actions.changeMemberRole(ids.orgA, { userId: ids.memberA, role: "ORG_ADMIN" })).toMatchObject({
      ok: false,
      message: "Dazu haben Sie keine Berechtigung.",
    });
    expect(await db.prisma.membership.findFirst({ where: { userId: ids.memberA } })).toMatchObject({ role: "ORG_MEMBER" });
  });

  it("translates field errors and the last-admin rule", async () => {
    signInAs(ids.adminA);
    const invite = await actions.inviteMember(ids.orgA, { email: "kein-mail", role: "ORG_MEMBER" });
    expect(invite).toMatchObject({ ok: false, fieldErrors: { email: ["Bitte geben Sie eine gültige E-Mail-Adresse an."] } });
    const leave = await actions.leaveOrganization(ids.orgA);
    expect(leave).toMatchObject({ ok: false, message: expect.stringContaining("mindestens eine Administratorin") });
    const profile = await saveOrganizationProfile(ids.orgA, { name: "<b>x</b>" });
    expect(profile.ok).toBe(false);
    if (!profile.ok) expect(profile.fieldErrors.name).toEqual(["Bitte keine HTML-Zeichen wie < oder > verwenden."]);
  });

  it("the invited user accepts through the action", async () => {
    const outsider = await db.prisma.user.findUniqueOrThrow({ where: { id: ids.outsider } });
    const { token } = await invitationToken(ids.orgB, outsider.email);
    signInAs(ids.outsider);
    expect(await actions.acceptInvitation(token)).toEqual({ ok: true, data: { organizationId: ids.orgB } });
    expect(await actions.acceptInvitation(token)).toMatchObject({ ok: false, message: expect.stringContaining("bereits angenommen") });
  });
});
