import { beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/passwords";
import { useTestDatabase } from "@/test/helpers/db";

// Issue 18, item 2: a forged Host or X-Forwarded-Host must never end up in a mailed link.
const forgedHeaders = new Headers({
  host: "evil.example",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  "x-forwarded-for": "198.51.100.7",
});
vi.mock("next/headers", () => ({
  headers: async () => forgedHeaders,
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/i18n/navigation", () => ({ redirect: () => undefined, getPathname: () => "/" }));
vi.mock("next-intl/server", async () => ({
  ...(await (await import("@/test/helpers/action-context")).germanTranslationsModule()),
  getLocale: async () => "de",
}));

const { registerAction, requestPasswordResetAction } = await import("./actions");

describe("mailed links ignore the request's host headers", () => {
  const db = useTestDatabase();

  beforeAll(async () => {
    delete process.env.SMTP_URL;
    await db.prisma.user.create({
      data: {
        email: "anna@example.org",
        name: "Anna",
        passwordHash: await hashPassword("Chancen-Demo-2026"),
        emailVerifiedAt: new Date(),
        termsAcceptedVersion: 1,
      },
    });
  });

  async function linkIn(to: string, template: string): Promise<URL> {
    const mail = await db.prisma.emailOutbox.findFirstOrThrow({ where: { to, template }, orderBy: { id: "desc" } });
    return new URL(mail.text.match(/https?:\/\/\S+/)![0]);
  }

  it("password reset mails point to the configured portal address", async () => {
    expect(await requestPasswordResetAction({ email: "anna@example.org" })).toMatchObject({ ok: true });
    const link = await linkIn("anna@example.org", "resetPassword");
    expect(link.origin).toBe("http://localhost:3000");
    expect(link.searchParams.get("token")).toBeTruthy();
  });

  it("verification mails after registration point to the configured portal address", async () => {
    const result = await registerAction({
      mode: "new",
      name: "Berta Beispiel",
      email: "berta@example.org",
      password: "Leuchtturm Abendrot 7",
      organizationName: "Verein Links",
      acceptTerms: true,
    });
    expect(result).toMatchObject({ ok: true });
    const link = await linkIn("berta@example.org", "verifyEmail");
    expect(link.origin).toBe("http://localhost:3000");
  });
});
