import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "@/test/helpers/db";

// Only the session lookup and the request-bound Next.js helpers are replaced; everything else
// (database, terms check, mutations) is real.
const state = vi.hoisted(() => ({ session: null as unknown }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => state.session }));
vi.mock("next-intl/server", () => ({
  getLocale: async () => "de",
  getTranslations: async () =>
    Object.assign((key: string, values?: Record<string, unknown>) => `${key}${values ? JSON.stringify(values) : ""}`, { has: () => true }),
}));
// The client IP comes from the socket address the server stamps (lib/peer-address.ts), not from X-Forwarded-For.
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({ "x-chancenportal-peer-address": "192.0.2.200", "x-forwarded-for": "203.0.113.1", host: "portal.test" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/i18n/navigation", () => ({
  redirect: (args: unknown) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { redirectTo: args });
  },
}));

const { requireActionUser, requireUser } = await import("./session");
const actions = await import("./actions");

describe("session gates: sign-in and terms re-acceptance", () => {
  const db = useTestDatabase();
  const ids = { user: 0 };

  beforeAll(async () => {
    await db.prisma.settings.create({ data: { id: 1, termsVersion: 1 } });
    const user = await db.prisma.user.create({
      data: { email: "anna@example.org", name: "Anna", passwordHash: "x", emailVerifiedAt: new Date(), termsAcceptedVersion: 1 },
    });
    ids.user = user.id;
  });
  beforeEach(() => {
    state.session = { user: { id: ids.user, sessionVersion: 0, sessionId: "gate-session-0000000001" } };
  });

  it("anonymous: pages redirect to login, actions are refused", async () => {
    state.session = null;
    await expect(requireUser({ callbackUrl: "/de/konto" })).rejects.toMatchObject({
      redirectTo: { href: { pathname: "/login", query: { callbackUrl: "/de/konto" } } },
    });
    await expect(requireActionUser()).rejects.toMatchObject({ status: 401 });
    for (const action of [
      actions.changePasswordAction,
      actions.changeEmailAction,
      actions.updateAccountProfileAction,
      actions.acceptTermsAction,
      actions.joinRequestAction,
    ]) {
      expect(await action({})).toMatchObject({ ok: false, message: "ActionErrors.unauthorized" });
    }
  });

  it("with current terms accepted, pages and actions work", async () => {
    await expect(requireUser()).resolves.toMatchObject({ id: ids.user });
    await expect(requireActionUser()).resolves.toMatchObject({ id: ids.user });
    expect(await actions.updateAccountProfileAction({ name: "Anna B.", locale: "de" })).toEqual({ ok: true, data: undefined });
  });

  it("after a terms change: pages go to /account/terms, actions refuse, accepting lifts both", async () => {
    await db.prisma.settings.update({ where: { id: 1 }, data: { termsVersion: 2 } });
    await expect(requireUser({ callbackUrl: "/de/konto/angebote" })).rejects.toMatchObject({
      redirectTo: { href: { pathname: "/account/terms", query: { callbackUrl: "/de/konto/angebote" } } },
    });
    await expect(requireActionUser()).rejects.toMatchObject({ code: "Terms.mustAccept", status: 403 });
    expect(await actions.updateAccountProfileAction({ name: "Mallory", locale: "de" })).toMatchObject({
      ok: false,
      message: "Terms.mustAccept",
    });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: ids.user } })).name).toBe("Anna B.");
    // The terms page itself still opens.
    await expect(requireUser({ skipTermsCheck: true })).resolves.toMatchObject({ id: ids.user });

    expect(await actions.acceptTermsAction({ version: 2 })).toEqual({ ok: true, data: undefined });
    await expect(requireUser()).resolves.toMatchObject({ id: ids.user });
    await expect(requireActionUser()).resolves.toMatchObject({ id: ids.user });
  });

  it("public actions answer the same for known and unknown addresses and report rate limits with minutes", async () => {
    expect(await actions.requestPasswordResetAction({ email: "anna@example.org" })).toEqual({ ok: true, data: undefined });
    expect(await actions.requestPasswordResetAction({ email: "niemand@example.org" })).toEqual({ ok: true, data: undefined });
    expect(await actions.requestPasswordResetAction({ email: "<script>" })).toMatchObject({
      ok: false,
      fieldErrors: { email: ["Auth.emailInvalid"] },
    });
    // The IP of the mocked request (192.0.2.200) has used 2 of 10 reset attempts.
    for (let i = 0; i < 8; i++) await actions.requestPasswordResetAction({ email: `n${i}@example.org` });
    const limited = await actions.requestPasswordResetAction({ email: "anna@example.org" });
    expect(limited).toMatchObject({ ok: false });
    expect((limited as { message: string }).message).toMatch(/^Auth\.rateLimited\{"minutes":1[45]\}$/);
  }, 90_000);
});
