import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/passwords";
import { RateLimitError } from "@/lib/rate-limit";
import { hashToken } from "@/lib/tokens";
import { useTestDatabase } from "@/test/helpers/db";
import { linkFrom, mailText, startSmtpServer, type TestSmtpServer } from "@/test/helpers/smtp";
import type { AccountRequestContext } from "./account-context";
import { authenticateWithPassword, EmailNotVerifiedError } from "./credentials";
import { confirmEmailToken, registerAccount, resendVerification } from "./registration";

const PASSWORD = "Fahrrad Wolke Kaffee";
let ipCounter = 0;
/** A fresh client IP per call, so the per-IP limit does not interfere unless a test wants it to. */
function ctx(overrides: Partial<AccountRequestContext> = {}): AccountRequestContext {
  ipCounter += 1;
  return { ip: `198.51.100.${ipCounter}`, baseUrl: "http://portal.test", locale: "de", ...overrides };
}

function registration(overrides: Record<string, unknown> = {}) {
  return {
    mode: "new",
    organizationName: "Kinderchor Sonnenschein e.V.",
    name: "Clara Chor",
    email: "clara@chor.example",
    password: PASSWORD,
    acceptTerms: true,
    ...overrides,
  };
}

async function tokenFromOutbox(db: ReturnType<typeof useTestDatabase>, to: string, template: string): Promise<string> {
  const mail = await db.prisma.emailOutbox.findFirstOrThrow({ where: { to, template }, orderBy: { id: "desc" } });
  const link = mail.text.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error("no link in mail");
  return new URL(link).searchParams.get("token")!;
}

describe("registration and e-mail verification", () => {
  const db = useTestDatabase();
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    await db.prisma.settings.create({ data: { id: 1, termsVersion: 3 } });
    await db.prisma.user.create({
      data: {
        email: "redaktion@portal.example",
        name: "Rita Redaktion",
        role: "EDITOR",
        passwordHash: await hashPassword(PASSWORD),
        emailVerifiedAt: new Date(),
        termsAcceptedVersion: 3,
      },
    });
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    await smtp.close();
  });

  it("registers a PENDING organisation with an unverified admin and mails a working link over SMTP", async () => {
    process.env.SMTP_URL = smtp.url;
    try {
      const result = await registerAccount(registration(), ctx());
      expect(result).toEqual({ email: "clara@chor.example" });

      const user = await db.prisma.user.findUniqueOrThrow({
        where: { email: "clara@chor.example" },
        include: { memberships: { include: { organization: true } } },
      });
      expect(user.emailVerifiedAt).toBeNull();
      expect(user.termsAcceptedVersion).toBe(3);
      expect(user.passwordHash).not.toContain(PASSWORD);
      expect(user.memberships).toHaveLength(1);
      expect(user.memberships[0].role).toBe("ORG_ADMIN");
      expect(user.memberships[0].organization).toMatchObject({
        name: "Kinderchor Sonnenschein e.V.",
        slug: "kinderchor-sonnenschein-e-v",
        status: "PENDING",
      });

      const mail = await smtp.waitForMail("clara@chor.example");
      const link = linkFrom(mail, "/de/e-mail-bestaetigen");
      const token = new URL(link).searchParams.get("token")!;
      // Only the hash is stored.
      const stored = await db.prisma.token.findFirstOrThrow({ where: { userId: user.id, type: "EMAIL_VERIFY" } });
      expect(stored.tokenHash).toBe(hashToken(token));
      expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeGreaterThan(23 * 3600 * 1000);

      // Before verification the correct password is not enough.
      await expect(authenticateWithPassword({ email: "clara@chor.example", password: PASSWORD })).rejects.toBeInstanceOf(
        EmailNotVerifiedError,
      );
      // A wrong password still gets the generic answer (nothing revealed).
      await expect(authenticateWithPassword({ email: "clara@chor.example", password: "falsches Passwort" })).resolves.toBeNull();

      const outcome = await confirmEmailToken(token, { baseUrl: "http://portal.test" });
      expect(outcome).toEqual({ ok: true, kind: "verified", organizationPending: true });
      expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeInstanceOf(Date);
      await expect(authenticateWithPassword({ email: "clara@chor.example", password: PASSWORD })).resolves.toMatchObject({ id: user.id });

      // Editors are told (IMMEDIATE is the default).
      const notice = await smtp.waitForMail("redaktion@portal.example");
      expect(mailText(notice)).toContain("Kinderchor Sonnenschein e.V.");

      // Single use.
      expect(await confirmEmailToken(token, { baseUrl: "http://portal.test" })).toEqual({ ok: false, problem: "used" });
      // Audit trail.
      const actions = (await db.prisma.auditLog.findMany({ where: { actorId: user.id } })).map((a) => a.action);
      expect(actions).toEqual(expect.arrayContaining(["user.register", "organization.create", "membership.create", "user.verifyEmail"]));
    } finally {
      delete process.env.SMTP_URL;
    }
  });

  it("answers a known address exactly like a new one and mails the owner a hint instead", async () => {
    const usersBefore = await db.prisma.user.count();
    const orgsBefore = await db.prisma.organization.count();
    const result = await registerAccount(registration({ organizationName: "Ganz Neuer Verein", name: "Mallory" }), ctx());
    expect(result).toEqual({ email: "clara@chor.example" });
    expect(await db.prisma.user.count()).toBe(usersBefore);
    expect(await db.prisma.organization.count()).toBe(orgsBefore);
    const hint = await db.prisma.emailOutbox.findFirstOrThrow({ where: { to: "clara@chor.example", template: "accountExists" } });
    expect(hint.text).toContain("/de/passwort-vergessen");
  });

  it("refuses an expired, malformed or unknown verification link", async () => {
    await registerAccount(registration({ organizationName: "Lesepaten Nord", email: "lena@lesepaten.example" }), ctx());
    const token = await tokenFromOutbox(db, "lena@lesepaten.example", "verifyEmail");
    const later = new Date(Date.now() + 25 * 3600 * 1000);
    expect(await confirmEmailToken(token, { baseUrl: "http://x" }, later)).toEqual({ ok: false, problem: "expired" });
    expect(await confirmEmailToken("kaputt", { baseUrl: "http://x" })).toEqual({ ok: false, problem: "malformed" });
    expect(await confirmEmailToken(undefined, { baseUrl: "http://x" })).toEqual({ ok: false, problem: "malformed" });
    expect(await confirmEmailToken("A".repeat(43), { baseUrl: "http://x" })).toEqual({ ok: false, problem: "unknown" });
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "lena@lesepaten.example" } });
    expect(user.emailVerifiedAt).toBeNull();

    // A new link replaces the old one.
    await resendVerification({ email: "LENA@lesepaten.example" }, ctx());
    const fresh = await tokenFromOutbox(db, "lena@lesepaten.example", "verifyEmail");
    expect(fresh).not.toBe(token);
    expect(await confirmEmailToken(token, { baseUrl: "http://x" })).toEqual({ ok: false, problem: "used" });
    expect(await confirmEmailToken(fresh, { baseUrl: "http://x" })).toMatchObject({ ok: true });
  });

  it("resending for unknown or verified addresses answers the same and sends nothing", async () => {
    const before = await db.prisma.emailOutbox.count();
    await expect(resendVerification({ email: "niemand@example.org" }, ctx())).resolves.toBeUndefined();
    await expect(resendVerification({ email: "clara@chor.example" }, ctx())).resolves.toBeUndefined();
    expect(await db.prisma.emailOutbox.count()).toBe(before);
  });

  it("join mode needs the exact name of an existing organisation and creates a join request", async () => {
    const org = await db.prisma.organization.create({
      data: { name: "TSV Musterstadt 1920 e.V.", slug: "tsv-musterstadt", status: "APPROVED" },
    });
    const admin = await db.prisma.user.create({
      data: {
        email: "vorstand@tsv.example",
        name: "Vorstand",
        passwordHash: "x",
        emailVerifiedAt: new Date(),
        memberships: { create: { organizationId: org.id, role: "ORG_ADMIN" } },
      },
    });
    await expect(
      registerAccount(registration({ mode: "join", organizationName: "TSV Musterstadt", email: "jan@tsv.example" }), ctx()),
    ).rejects.toMatchObject({
      fieldErrors: { organizationName: ["Auth.organizationNotFound"] },
    });
    expect(await db.prisma.user.findUnique({ where: { email: "jan@tsv.example" } })).toBeNull();

    await registerAccount(
      registration({ mode: "join", organizationName: "  tsv musterstadt 1920 e.v. ", email: "jan@tsv.example", name: "Jan" }),
      ctx(),
    );
    const jan = await db.prisma.user.findUniqueOrThrow({
      where: { email: "jan@tsv.example" },
      include: { memberships: true, joinRequests: true },
    });
    expect(jan.memberships).toEqual([]);
    expect(jan.joinRequests).toMatchObject([{ organizationId: org.id, status: "PENDING" }]);
    // Admins hear of it only once the address is confirmed.
    expect(await db.prisma.emailOutbox.count({ where: { to: admin.email } })).toBe(0);
    await confirmEmailToken(await tokenFromOutbox(db, "jan@tsv.example", "verifyEmail"), { baseUrl: "http://x" });
    const mail = await db.prisma.emailOutbox.findFirstOrThrow({ where: { to: admin.email, template: "joinRequest" } });
    expect(mail.text).toContain("Jan");
    expect(mail.text).toContain("/de/konto/team");

    // "new" with the name of an existing organisation is refused.
    await expect(
      registerAccount(registration({ organizationName: "TSV Musterstadt 1920 e.V.", email: "neu@tsv.example" }), ctx()),
    ).rejects.toMatchObject({
      fieldErrors: { organizationName: ["Auth.organizationExists"] },
    });
  });

  it("sends no immediate editor mail when editors chose the daily digest", async () => {
    await db.prisma.settings.update({ where: { id: 1 }, data: { editorNotification: "DAILY_DIGEST" } });
    try {
      const before = await db.prisma.emailOutbox.count({ where: { template: "registrationNotice" } });
      await registerAccount(registration({ organizationName: "Digest Verein", email: "digest@verein.example" }), ctx());
      await confirmEmailToken(await tokenFromOutbox(db, "digest@verein.example", "verifyEmail"), { baseUrl: "http://x" });
      expect(await db.prisma.emailOutbox.count({ where: { template: "registrationNotice" } })).toBe(before);
    } finally {
      await db.prisma.settings.update({ where: { id: 1 }, data: { editorNotification: "IMMEDIATE" } });
    }
  });

  it("refuses common and short passwords, missing terms, HTML and huge input without writing anything", async () => {
    const counts = async () => [await db.prisma.user.count(), await db.prisma.organization.count(), await db.prisma.token.count()];
    const before = await counts();
    const bad = [
      registration({ email: "a@b.example", password: "passwort123" }),
      registration({ email: "a@b.example", password: "PassWort123" }),
      registration({ email: "a@b.example", password: "kurz12" }),
      registration({ email: "a@b.example", acceptTerms: false }),
      registration({ email: "a@b.example", name: "<script>alert(1)</script>" }),
      registration({ email: "a@b.example", organizationName: "<b>Verein</b>" }),
      registration({ email: "a@b.example", organizationName: "x".repeat(10_000) }),
      registration({ email: "a@b.example", password: "y".repeat(10_000) }),
      registration({ email: "kein-email" }),
      registration({ mode: "hack" }),
      null,
      "string",
    ];
    const keys: string[][] = [];
    for (const input of bad) {
      const error = await registerAccount(input, ctx()).catch((e: unknown) => e);
      expect(error).toMatchObject({ status: 400 });
      keys.push(Object.values((error as { fieldErrors: Record<string, string[]> }).fieldErrors).flat());
    }
    expect(keys[0]).toContain("Auth.passwordTooCommon");
    expect(keys[1]).toContain("Auth.passwordTooCommon");
    expect(keys[2]).toContain("Auth.passwordTooShort");
    expect(keys[3]).toContain("Auth.termsRequired");
    expect(keys[4]).toContain("Auth.noMarkup");
    expect(keys[5]).toContain("Auth.noMarkup");
    expect(keys[6]).toContain("Auth.organizationNameTooLong");
    expect(keys[7]).toContain("Auth.passwordTooLong");
    expect(await counts()).toEqual(before);
  });

  it("rate-limits registration per IP and per address", async () => {
    const ip = "192.0.2.77";
    for (let i = 0; i < 10; i++)
      await registerAccount(registration({ organizationName: `Verein Nummer ${i}`, email: `r${i}@rate.example` }), { ...ctx(), ip });
    const error = await registerAccount(registration({ organizationName: "Verein Elf", email: "r11@rate.example" }), {
      ...ctx(),
      ip,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).minutes).toBeGreaterThanOrEqual(14);
    expect(await db.prisma.user.findUnique({ where: { email: "r11@rate.example" } })).toBeNull();

    // Per address, across IPs (the resend mail is the cheap way to hammer one address).
    for (let i = 0; i < 10; i++) await resendVerification({ email: "r0@rate.example" }, ctx());
    await expect(resendVerification({ email: "r0@rate.example" }, ctx())).rejects.toBeInstanceOf(RateLimitError);
    // The IPs are not stored readable.
    const buckets = (await db.prisma.rateLimitHit.findMany({ select: { bucket: true } })).map((b) => b.bucket);
    expect(buckets.some((b) => b.includes(ip) || b.includes("rate.example"))).toBe(false);
  }, 90_000);
});
