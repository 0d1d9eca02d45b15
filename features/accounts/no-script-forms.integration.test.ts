import { getServerSession } from "next-auth";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/passwords";
import { useTestDatabase } from "@/test/helpers/db";

// The account forms' no-JavaScript path (form-actions.ts): the login action must set a session
// cookie that next-auth itself accepts (checked with next-auth's own session handler), keep the
// throttling and the callbackUrl rule, and the other forms answer their state without secrets.
// Only the request-bound Next.js helpers are replaced; database, hashing and next-auth are real.

type SetCookie = { name: string; value: string; options: Record<string, unknown> };
const request = vi.hoisted(() => ({
  proto: "http",
  jar: new Map<string, string>(),
  set: [] as SetCookie[],
}));
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({ "x-chancenportal-peer-address": "192.0.2.77", host: "portal.test", "x-forwarded-proto": request.proto }),
  cookies: async () => ({
    getAll: () => [...request.jar].map(([name, value]) => ({ name, value })),
    set: (name: string, value: string, options: Record<string, unknown>) => {
      request.set.push({ name, value, options });
      request.jar.set(name, value);
    },
  }),
}));
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  redirect: (to: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { redirectTo: to });
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next-intl/server", () => ({
  getLocale: async () => "de",
  getTranslations: async () =>
    Object.assign((key: string, values?: Record<string, unknown>) => `${key}${values ? JSON.stringify(values) : ""}`, { has: () => true }),
}));
vi.mock("@/i18n/navigation", () => ({
  getPathname: ({ locale, href }: { locale: string; href: string | { pathname: string; query: Record<string, string> } }) =>
    typeof href === "string"
      ? `/${locale}${href === "/account" ? "/konto" : href}`
      : `/${locale}${href.pathname}?${new URLSearchParams(href.query).toString()}`,
}));

const forms = await import("./form-actions");
const { initialLoginFormState, initialRegisterFormState, initialResendVerificationFormState, initialResetPasswordFormState } =
  await import("./form-states");
const { authOptions } = await import("./auth-options");
const { loadSessionUser, sessionClaims } = await import("./session-user");

const PASSWORD = "Birken-Weg-Tinte-81";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function login(fields: Record<string, string>): Promise<{ state?: unknown; redirectTo?: string }> {
  try {
    return { state: await forms.loginFormAction(initialLoginFormState, form(fields)) };
  } catch (error) {
    const redirectTo = (error as { redirectTo?: string }).redirectTo;
    if (redirectTo === undefined) throw error;
    return { redirectTo };
  }
}

/** What next-auth's own session lookup makes of the cookies in the jar (its req/res form, no request scope needed). */
async function nextAuthSession(): Promise<unknown> {
  const req = { headers: { host: "portal.test", "x-forwarded-proto": request.proto }, cookies: Object.fromEntries(request.jar) };
  const res = { getHeader() {}, setCookie() {}, setHeader() {} };
  return getServerSession(req as never, res as never, authOptions);
}

describe("account forms without JavaScript", () => {
  const db = useTestDatabase();
  const ids = { user: 0 };

  beforeAll(async () => {
    await db.prisma.settings.create({ data: { id: 1, termsVersion: 1 } });
    const user = await db.prisma.user.create({
      data: {
        email: "nora@example.org",
        name: "Nora",
        passwordHash: await hashPassword(PASSWORD),
        emailVerifiedAt: new Date(),
        termsAcceptedVersion: 1,
      },
    });
    ids.user = user.id;
  });
  beforeEach(() => {
    request.proto = "http";
    request.jar.clear();
    request.set = [];
  });

  it("signs in with a session cookie next-auth accepts and goes to the checked callbackUrl", async () => {
    const outcome = await login({ email: "nora@example.org", password: PASSWORD, callbackUrl: "/de/konto/einstellungen?tab=1" });
    expect(outcome.redirectTo).toBe("/de/konto/einstellungen?tab=1");
    expect(request.set.map((c) => c.name)).toEqual(["next-auth.session-token"]);
    expect(request.set[0].options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: false });

    const session = await nextAuthSession();
    expect(session).toMatchObject({ user: { id: ids.user, email: "nora@example.org", role: "NONE", sessionVersion: 0 } });
    const user = await loadSessionUser(sessionClaims(session));
    expect(user?.id).toBe(ids.user);
  });

  it("a second login replaces the first session id", async () => {
    await login({ email: "nora@example.org", password: PASSWORD });
    const first = sessionClaims(await nextAuthSession())?.sessionId;
    await login({ email: "nora@example.org", password: PASSWORD });
    const second = sessionClaims(await nextAuthSession())?.sessionId;
    expect(first).toBeTruthy();
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
  });

  it("over https the cookie is __Secure- and secure", async () => {
    request.proto = "https";
    await login({ email: "nora@example.org", password: PASSWORD });
    expect(request.set).toHaveLength(1);
    expect(request.set[0]).toMatchObject({ name: "__Secure-next-auth.session-token", options: { secure: true } });
    expect(await nextAuthSession()).toMatchObject({ user: { id: ids.user } });
  });

  it("an outside or malformed callbackUrl goes to the account instead", async () => {
    for (const callbackUrl of [
      "/..//evil.example",
      "//evil.example",
      "https://evil.example/",
      "/%2e%2e//evil.example",
      "/\\evil.example",
    ]) {
      const outcome = await login({ email: "nora@example.org", password: PASSWORD, callbackUrl });
      expect(outcome.redirectTo, callbackUrl).toBe("/de/konto");
    }
  });

  it("a wrong password answers the generic error, sets no cookie and counts towards the throttle", async () => {
    const outcome = await login({ email: "nora@example.org", password: "wrong-wrong-wrong" });
    expect(outcome.state).toEqual({ email: "nora@example.org", error: "invalidCredentials", waitMinutes: 15 });
    expect(request.set).toEqual([]);
    expect(await db.prisma.rateLimitHit.count()).toBeGreaterThan(0);
  });

  it("hostile input (missing fields, huge values) is a failed login, never a crash", async () => {
    expect((await login({})).state).toMatchObject({ error: "invalidCredentials" });
    const huge = "x".repeat(200_000);
    const outcome = await login({ email: huge, password: huge });
    expect(outcome.state).toMatchObject({ error: "invalidCredentials" });
    expect((outcome.state as { email: string }).email.length).toBeLessThanOrEqual(320);
    expect(request.set).toEqual([]);
  });

  it("registration answers field errors and the fields to show again, never the password", async () => {
    const state = await forms.registerFormAction(
      initialRegisterFormState,
      form({ mode: "new", organizationName: "Ohne Skript e. V.", name: "Nora", email: "neu@example.org", password: PASSWORD }),
    );
    expect(state.result).toMatchObject({ ok: false, fieldErrors: { acceptTerms: [expect.any(String)] } });
    expect(state.values).toEqual({
      mode: "new",
      organizationName: "Ohne Skript e. V.",
      name: "Nora",
      email: "neu@example.org",
      acceptTerms: false,
    });
    expect(JSON.stringify(state)).not.toContain(PASSWORD);
    expect(await db.prisma.user.count({ where: { email: "neu@example.org" } })).toBe(0);

    const sent = await forms.registerFormAction(
      initialRegisterFormState,
      form({
        mode: "new",
        organizationName: "Ohne Skript e. V.",
        name: "Nora",
        email: "neu@example.org",
        password: PASSWORD,
        acceptTerms: "on",
      }),
    );
    expect(sent.result).toMatchObject({ ok: true, data: { email: "neu@example.org" } });
    expect(JSON.stringify(sent)).not.toContain(PASSWORD);
    expect(await db.prisma.user.count({ where: { email: "neu@example.org" } })).toBe(1);
  });

  it("resending the verification link answers the same for any address, and a bad one with a field error", async () => {
    const known = await forms.resendVerificationFormAction(initialResendVerificationFormState, form({ email: "neu@example.org" }));
    const unknown = await forms.resendVerificationFormAction(initialResendVerificationFormState, form({ email: "niemand@example.org" }));
    expect(known).toMatchObject({ email: "neu@example.org", result: { ok: true } });
    expect(unknown).toMatchObject({ email: "niemand@example.org", result: { ok: true } });
    const bad = await forms.resendVerificationFormAction(initialResendVerificationFormState, form({ email: "kein-at" }));
    expect(bad.result).toMatchObject({ ok: false, fieldErrors: { email: [expect.any(String)] } });
  });

  it("a reset with a bad token fails with a message and changes nothing", async () => {
    const before = await db.prisma.user.findUniqueOrThrow({ where: { id: ids.user }, select: { passwordHash: true } });
    const state = await forms.resetPasswordFormAction(
      initialResetPasswordFormState,
      form({ token: "not-a-token", password: "Neues-Passwort-2026", passwordConfirm: "Neues-Passwort-2026" }),
    );
    expect(state.result).toMatchObject({ ok: false });
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: ids.user }, select: { passwordHash: true } });
    expect(after.passwordHash).toBe(before.passwordHash);
  });

  it("a successful reset goes to the login page, which says so", async () => {
    const { issueToken } = await import("./account-tokens");
    const token = await db.prisma.$transaction((tx) => issueToken(tx, ids.user, "PASSWORD_RESET"));
    let redirectTo: string | undefined;
    try {
      await forms.resetPasswordFormAction(
        initialResetPasswordFormState,
        form({ token, password: "Neues-Passwort-2026", passwordConfirm: "Neues-Passwort-2026" }),
      );
    } catch (error) {
      redirectTo = (error as { redirectTo?: string }).redirectTo;
    }
    expect(redirectTo).toMatch(/\/de\/login\?reset=1$/);
    const outcome = await login({ email: "nora@example.org", password: "Neues-Passwort-2026" });
    expect(outcome.redirectTo).toBe("/de/konto");
  });
});
