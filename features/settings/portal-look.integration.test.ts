import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/features/accounts/types";
import { addMember, createUser, sessionUser } from "@/features/organizations/test-fixtures";
import { useTestDatabase } from "@/test/helpers/db";

// The admins' portal form (name, look, texts, contact) through the real action pipeline, with only
// the request context replaced (session, Next's cache, the German translator).
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/features/accounts/session", async () => (await import("@/test/helpers/action-context")).actionSessionModule(session));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("@/test/helpers/action-context")).germanTranslationsModule());

const { updatePortalLookAction } = await import("./portal-actions");
const { updatePortalLookFor } = await import("./portal-mutations");
const { getPortalLookForm } = await import("./queries");
const { revalidatePath } = await import("next/cache");
const { storeImage } = await import("@/lib/uploads");
const { formatRatio } = await import("@/lib/contrast");
const { themeContrast } = await import("./theme");
const { introTextFor } = await import("./portal-schemas");

const VALID = {
  portalName: "Chancen Nord",
  municipalityName: "Nordstadt",
  logoPath: "",
  faviconPath: "",
  primaryColor: "#0f5132",
  accentColor: "#7c2d12",
  introText: "Alles für Familien in Nordstadt.",
  introTextEn: "",
  introTextTr: "Nordstadt'taki aileler için her şey.",
  introTextAr: "",
  introTextUk: "",
  introTextRu: "",
  contactAddress: "Rathaus\nMarkt 1\n12345 Nordstadt",
  contactEmail: "info@nordstadt.example",
  contactPhone: "+49 123 456-0",
  "footerLinks.0.label": "Stadt Nordstadt",
  "footerLinks.0.url": "https://www.nordstadt.example/",
  "footerLinks.1.label": "",
  "footerLinks.1.url": "",
  "footerLinks.2.label": "Barrierefreiheit",
  "footerLinks.2.url": "/de/barrierefreiheit",
};

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

describe("portal look settings", () => {
  const db = useTestDatabase();
  let admin: SessionUser;
  let others: (SessionUser | null)[];
  let uploadDir: string;
  const previousUploadDir = process.env.UPLOAD_DIR;

  beforeAll(async () => {
    uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "cp-portal-look-"));
    process.env.UPLOAD_DIR = uploadDir;
    admin = await sessionUser(await createUser(db.prisma, "Adam", "ADMIN"));
    const editor = await sessionUser(await createUser(db.prisma, "Rita", "EDITOR"));
    const planner = await sessionUser(await createUser(db.prisma, "Paula", "PLANNER"));
    const organization = await db.prisma.organization.create({ data: { slug: "verein", name: "Verein", status: "APPROVED" } });
    const providerId = await createUser(db.prisma, "Olga");
    await addMember(db.prisma, providerId, organization.id, "ORG_ADMIN");
    others = [null, editor, planner, await sessionUser(providerId)];
  });

  afterAll(() => {
    fs.rmSync(uploadDir, { recursive: true, force: true });
    if (previousUploadDir === undefined) delete process.env.UPLOAD_DIR;
    else process.env.UPLOAD_DIR = previousUploadDir;
  });

  beforeEach(async () => {
    session.user = null;
    vi.mocked(revalidatePath).mockClear();
    await db.prisma.auditLog.deleteMany();
    await db.prisma.settings.deleteMany();
    await db.prisma.settings.create({ data: { id: 1 } });
  });

  it("saves every field, revalidates every page and audits old and new values", async () => {
    session.user = admin;
    const result = await updatePortalLookAction(null, form(VALID));
    expect(result).toMatchObject({ ok: true, message: "Gespeichert. Die Änderungen sind ab sofort auf allen Seiten zu sehen." });
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
    expect(await getPortalLookForm()).toEqual({
      portalName: "Chancen Nord",
      municipalityName: "Nordstadt",
      logoPath: null,
      faviconPath: null,
      primaryColor: "#0f5132",
      accentColor: "#7c2d12",
      introText: "Alles für Familien in Nordstadt.",
      introTextEn: null,
      introTextTr: "Nordstadt'taki aileler için her şey.",
      introTextAr: null,
      introTextUk: null,
      introTextRu: null,
      contactAddress: "Rathaus\nMarkt 1\n12345 Nordstadt",
      contactEmail: "info@nordstadt.example",
      contactPhone: "+49 123 456-0",
      footerLinks: [
        { label: "Stadt Nordstadt", url: "https://www.nordstadt.example/" },
        { label: "Barrierefreiheit", url: "/de/barrierefreiheit" },
      ],
    });
    const [entry] = await db.prisma.auditLog.findMany();
    expect(entry).toMatchObject({ actorId: admin.id, action: "settings.portal", entityType: "settings", entityId: "1" });
    const changes = JSON.parse(entry.changes!);
    expect(changes.portalName).toEqual({ from: "Chancenportal", to: "Chancen Nord" });
    expect(changes.primaryColor).toEqual({ from: "#1d4ed8", to: "#0f5132" });
    expect(JSON.parse(changes.footerLinks.to)).toHaveLength(2);
    expect(changes.introTextEn).toBeUndefined();
    expect(changes.introTextTr).toEqual({ from: null, to: "Nordstadt'taki aileler için her şey." });
  });

  it("keeps an intro per language; the home page picks the visitor's, else German with a note, else the default", async () => {
    session.user = admin;
    const arabic = "كل ما تحتاجه العائلات في نوردشتات.";
    await updatePortalLookAction(null, form({ ...VALID, introTextAr: arabic, introTextRu: "  " }));
    const values = await getPortalLookForm();
    expect(values.introTextAr).toBe(arabic);
    expect(values.introTextRu).toBeNull();
    const [entry] = await db.prisma.auditLog.findMany({ orderBy: { id: "desc" }, take: 1 });
    expect(JSON.parse(entry.changes!).introTextAr).toEqual({ from: null, to: arabic });

    expect(introTextFor(values, "ar")).toEqual({ text: arabic, lang: "ar", fallback: false });
    expect(introTextFor(values, "tr")).toEqual({ text: "Nordstadt'taki aileler için her şey.", lang: "tr", fallback: false });
    expect(introTextFor(values, "de")).toEqual({ text: "Alles für Familien in Nordstadt.", lang: "de", fallback: false });
    // No Russian text: the German one, marked German (the page adds "Originalsprache: Deutsch").
    expect(introTextFor(values, "ru")).toEqual({ text: "Alles für Familien in Nordstadt.", lang: "de", fallback: true });
    // No text at all: null, the page's translated default.
    await updatePortalLookAction(null, form({ ...VALID, introText: "", introTextTr: "" }));
    const empty = await getPortalLookForm();
    expect(introTextFor(empty, "ru")).toBeNull();
    expect(introTextFor(empty, "de")).toBeNull();
    expect(introTextFor(empty, "tr")).toBeNull();
  });

  it("writes nothing when nothing changed", async () => {
    session.user = admin;
    await updatePortalLookAction(null, form(VALID));
    await db.prisma.auditLog.deleteMany();
    const again = await updatePortalLookAction(null, form(VALID));
    expect(again).toMatchObject({ ok: true, data: { changed: 0 }, message: "Es gab keine Änderungen zu speichern." });
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  it("refuses a colour below 4.5:1 and names the measured ratio; nothing changes", async () => {
    session.user = admin;
    const result = await updatePortalLookAction(null, form({ ...VALID, primaryColor: "#7f9cf5", accentColor: "#f59e0b" }));
    expect(result).toMatchObject({ ok: false, message: "Bitte prüfen Sie Ihre Eingaben." });
    if (result.ok) throw new Error("expected a refusal");
    expect(result.fieldErrors.primaryColor[0]).toMatch(/Kontrast 2\.\d\d : 1, nötig sind mindestens 4,5 : 1/);
    expect(result.fieldErrors.accentColor[0]).toMatch(/Kontrast (1|2)\.\d\d : 1/);
    // #767676 passes on white (4.54:1) but not on the pale brand tint of the home banner, where it is also text.
    const grey = await updatePortalLookAction(null, form({ ...VALID, primaryColor: "#767676" }));
    const measured = formatRatio(themeContrast({ primaryColor: "#767676", accentColor: "#7c2d12" }).primary!);
    expect(Number(measured)).toBeLessThan(4.5);
    expect(grey.ok ? null : grey.fieldErrors.primaryColor[0]).toContain(`Kontrast ${measured} : 1`);
    expect((await getPortalLookForm()).portalName).toBe("Chancenportal");
    expect(await db.prisma.auditLog.count()).toBe(0);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it.each([
    ["an empty portal name", { portalName: "  " }, "portalName", "Bitte füllen Sie dieses Feld aus."],
    ["markup in the name", { portalName: "<script>alert(1)</script>" }, "portalName", "Bitte verwenden Sie keine spitzen Klammern (< >)."],
    ["a name of 61 characters", { portalName: "x".repeat(61) }, "portalName", "Dieser Text ist zu lang."],
    ["a colour name", { primaryColor: "red" }, "primaryColor", "Bitte wählen Sie eine Farbe im Format #rrggbb."],
    ["CSS in a colour", { accentColor: "#000000;background:url(x)" }, "accentColor", "Bitte wählen Sie eine Farbe im Format #rrggbb."],
    ["a javascript: link", { "footerLinks.0.url": "javascript:alert(1)" }, "footerLinks.0.url", null],
    ["a data: link", { "footerLinks.0.url": "data:text/html,<b>x</b>" }, "footerLinks.0.url", null],
    ["a protocol-relative link", { "footerLinks.2.url": "//evil.example/" }, "footerLinks.2.url", null],
    ["a link without text", { "footerLinks.0.label": "" }, "footerLinks.0.label", "Bitte füllen Sie dieses Feld aus."],
    ["a foreign image path", { logoPath: "https://evil.example/logo.png" }, "logoPath", null],
    ["a traversal as image", { faviconPath: "/uploads/../../etc/passwd" }, "faviconPath", null],
    ["an upload that does not exist", { logoPath: `/uploads/ab/ab${"0".repeat(30)}.webp` }, "logoPath", null],
    ["a bad e-mail address", { contactEmail: "info@" }, "contactEmail", "Bitte geben Sie eine gültige E-Mail-Adresse ein."],
    ["letters as phone", { contactPhone: "call me" }, "contactPhone", null],
    ["a huge intro", { introText: "x".repeat(1001) }, "introText", "Dieser Text ist zu lang."],
    ["a huge Ukrainian intro", { introTextUk: "ї".repeat(1001) }, "introTextUk", "Dieser Text ist zu lang."],
  ])("refuses %s with a translated field message; nothing changes", async (_name, override, field, message) => {
    session.user = admin;
    const result = await updatePortalLookAction(null, form({ ...VALID, ...override }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe("Bitte prüfen Sie Ihre Eingaben.");
    expect(result.fieldErrors[field]?.[0]).toBeTruthy();
    expect(result.fieldErrors[field][0]).not.toMatch(/^PortalLook\./);
    if (message) expect(result.fieldErrors[field][0]).toBe(message);
    expect((await getPortalLookForm()).portalName).toBe("Chancenportal");
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  it("takes a logo and favicon stored by the upload pipeline", async () => {
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 10, g: 80, b: 40 } } })
      .png()
      .toBuffer();
    const logo = await storeImage(png, "logo");
    const favicon = await storeImage(png, "logo");
    session.user = admin;
    const result = await updatePortalLookAction(null, form({ ...VALID, logoPath: logo.path, faviconPath: favicon.path }));
    expect(result).toMatchObject({ ok: true });
    expect(await getPortalLookForm()).toMatchObject({ logoPath: logo.path, faviconPath: favicon.path });
  });

  it("refuses anonymous users, editors, planners and providers; nothing changes", async () => {
    for (const user of others) {
      session.user = user;
      const result = await updatePortalLookAction(null, form(VALID));
      expect(result).toMatchObject({ ok: false, message: user ? "Dazu haben Sie keine Berechtigung." : "Bitte melden Sie sich an." });
      await expect(updatePortalLookFor(user, { ...VALID, footerLinks: [] })).rejects.toMatchObject({ status: 403 });
    }
    expect((await getPortalLookForm()).portalName).toBe("Chancenportal");
    expect(await db.prisma.auditLog.count()).toBe(0);
  });
});
