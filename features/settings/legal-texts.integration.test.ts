import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/features/accounts/types";
import { addMember, createUser, sessionUser } from "@/features/organizations/test-fixtures";
import { useTestDatabase } from "@/test/helpers/db";

// The admins' legal texts through the real action pipeline: save, publish a new version of the
// terms (every user accepts again; the old version stays readable), refusals.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/features/accounts/session", async () => (await import("@/test/helpers/action-context")).actionSessionModule(session));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("@/test/helpers/action-context")).germanTranslationsModule());

const { saveLegalTextAction } = await import("./legal-actions");
const { getLegalText, getLegalTextVersion, legalTextVersions } = await import("./queries");
const { mustAcceptTerms } = await import("@/features/accounts/terms");
const { revalidatePath } = await import("next/cache");

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

describe("legal texts", () => {
  const db = useTestDatabase();
  let admin: SessionUser;
  let others: (SessionUser | null)[];
  let providerId: number;

  beforeAll(async () => {
    admin = await sessionUser(await createUser(db.prisma, "Adam", "ADMIN"));
    const editor = await sessionUser(await createUser(db.prisma, "Rita", "EDITOR"));
    const organization = await db.prisma.organization.create({ data: { slug: "verein", name: "Verein", status: "APPROVED" } });
    providerId = await createUser(db.prisma, "Olga");
    await addMember(db.prisma, providerId, organization.id, "ORG_ADMIN");
    others = [null, editor, await sessionUser(providerId)];
  });

  beforeEach(async () => {
    session.user = admin;
    vi.mocked(revalidatePath).mockClear();
    await db.prisma.auditLog.deleteMany();
    await db.prisma.legalText.deleteMany();
    await db.prisma.legalTextVersion.deleteMany();
    await db.prisma.settings.deleteMany();
    await db.prisma.settings.create({ data: { id: 1, termsVersion: 1 } });
    await db.prisma.user.updateMany({ data: { termsAcceptedVersion: 1 } });
  });

  it("saves a text in place, audited with old and new values, every page revalidated", async () => {
    const first = await saveLegalTextAction(null, form({ kind: "IMPRINT", locale: "de", title: "Impressum", body: "Stadt Musterstadt" }));
    expect(first).toMatchObject({ ok: true, message: "Der Text ist gespeichert und sofort sichtbar." });
    await saveLegalTextAction(null, form({ kind: "IMPRINT", locale: "de", title: "Impressum", body: "## Anbieter\n\nStadt Nordstadt" }));
    expect(await getLegalText("IMPRINT", "de")).toMatchObject({ title: "Impressum", body: "## Anbieter\n\nStadt Nordstadt", version: 1 });
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
    const audits = await db.prisma.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["legal.update", "legal.update"]);
    expect(JSON.parse(audits[1].changes!)).toEqual({ body: { from: "Stadt Musterstadt", to: "## Anbieter\n\nStadt Nordstadt" } });
    expect(await db.prisma.settings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ termsVersion: 1 });
  });

  it("stores hostile markup only as text (the page renders it escaped, see markdown.test.tsx)", async () => {
    const body = "<script>alert(1)</script>\n\n[x](javascript:alert(1))";
    expect(await saveLegalTextAction(null, form({ kind: "PRIVACY", locale: "en", title: "Privacy", body }))).toMatchObject({ ok: true });
    expect((await getLegalText("PRIVACY", "en"))?.body).toBe(body);
  });

  it("a new version of the terms makes every user accept again; the old version stays readable", async () => {
    await saveLegalTextAction(null, form({ kind: "TERMS", locale: "de", title: "Nutzungsbedingungen", body: "Fassung eins" }));
    expect(await mustAcceptTerms(providerId)).toBe(false);
    // A correction without a new version: nobody has to accept again.
    await saveLegalTextAction(null, form({ kind: "TERMS", locale: "de", title: "Nutzungsbedingungen", body: "Fassung eins (korrigiert)" }));
    expect(await mustAcceptTerms(providerId)).toBe(false);

    const published = await saveLegalTextAction(
      null,
      form({ kind: "TERMS", locale: "de", title: "Nutzungsbedingungen", body: "Fassung zwei", newVersion: "true" }),
    );
    expect(published).toMatchObject({
      ok: true,
      data: { version: 2 },
      message: "Version 2 ist veröffentlicht. Alle müssen sie bei der nächsten Anmeldung annehmen.",
    });
    expect((await db.prisma.settings.findUniqueOrThrow({ where: { id: 1 } })).termsVersion).toBe(2);
    expect(await mustAcceptTerms(providerId)).toBe(true);
    expect(await mustAcceptTerms(admin.id)).toBe(true);
    expect(await getLegalText("TERMS", "de")).toMatchObject({ body: "Fassung zwei", version: 2 });
    expect(await getLegalTextVersion("TERMS", "de", 1)).toMatchObject({ body: "Fassung eins (korrigiert)", version: 1 });
    // Visitors of other languages read the German archive.
    expect(await getLegalTextVersion("TERMS", "tr", 1)).toMatchObject({ locale: "de", version: 1 });
    expect(await legalTextVersions("TERMS", "de")).toEqual([1]);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "legal.publishVersion" } });
    expect(JSON.parse(audit.changes!).version).toEqual({ from: 1, to: 2 });
  });

  it("the version box only means something for the terms", async () => {
    await saveLegalTextAction(null, form({ kind: "IMPRINT", locale: "de", title: "Impressum", body: "a", newVersion: "true" }));
    expect((await db.prisma.settings.findUniqueOrThrow({ where: { id: 1 } })).termsVersion).toBe(1);
    expect(await db.prisma.legalTextVersion.count()).toBe(0);
  });

  it.each([
    ["no title", { title: " " }, "title", "Bitte geben Sie eine Überschrift ein."],
    ["no text", { body: "\n\n" }, "body", "Bitte geben Sie einen Text ein."],
    ["a text over 50,000 characters", { body: "x".repeat(50_001) }, "body", "Der Text darf höchstens 50.000 Zeichen lang sein."],
    ["an unknown kind", { kind: "COOKIES" }, "kind", "Diese Art von Text gibt es nicht."],
    ["an unknown language", { locale: "xx" }, "locale", "Diese Sprache gibt es nicht."],
  ])("refuses %s; nothing is written", async (_name, override, field, message) => {
    const result = await saveLegalTextAction(
      null,
      form({ kind: "TERMS", locale: "de", title: "T", body: "B", newVersion: "true", ...override }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
    expect(await db.prisma.legalText.count()).toBe(0);
    expect((await db.prisma.settings.findUniqueOrThrow({ where: { id: 1 } })).termsVersion).toBe(1);
  });

  it("refuses anonymous users, editors and providers", async () => {
    for (const user of others) {
      session.user = user;
      const result = await saveLegalTextAction(null, form({ kind: "TERMS", locale: "de", title: "T", body: "B", newVersion: "true" }));
      expect(result).toMatchObject({ ok: false, message: user ? "Dazu haben Sie keine Berechtigung." : "Bitte melden Sie sich an." });
    }
    expect(await db.prisma.legalText.count()).toBe(0);
    expect((await db.prisma.settings.findUniqueOrThrow({ where: { id: 1 } })).termsVersion).toBe(1);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });
});
