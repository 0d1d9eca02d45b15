import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/features/accounts/types";
import { addMember, createUser, sessionUser } from "@/features/organizations/test-fixtures";
import { useTestDatabase } from "@/test/helpers/db";

// The admins' settings action end to end, with only the request context replaced (session, Next's
// cache and next-intl's request-bound translator with the real German messages).
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/features/accounts/session", async () => (await import("@/test/helpers/action-context")).actionSessionModule(session));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("@/test/helpers/action-context")).germanTranslationsModule());

const { updateSettingsAction } = await import("./actions");
const { updateSettingsFor } = await import("./mutations");
const { revalidatePath } = await import("next/cache");

const DEFAULTS = { requireOfferApproval: false, editorNotification: "IMMEDIATE" as const, offerReminderMonths: 6 };

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

const VALID = { requireOfferApproval: "true", editorNotification: "DAILY_DIGEST", offerReminderMonths: "12" };

describe("portal settings", () => {
  const db = useTestDatabase();
  let admin: SessionUser;
  let editor: SessionUser;
  let planner: SessionUser;
  let provider: SessionUser;

  async function stored() {
    const { requireOfferApproval, editorNotification, offerReminderMonths } = await db.prisma.settings.findUniqueOrThrow({
      where: { id: 1 },
    });
    return { requireOfferApproval, editorNotification, offerReminderMonths };
  }

  beforeAll(async () => {
    admin = await sessionUser(await createUser(db.prisma, "Adam", "ADMIN"));
    editor = await sessionUser(await createUser(db.prisma, "Rita", "EDITOR"));
    planner = await sessionUser(await createUser(db.prisma, "Paula", "PLANNER"));
    const organization = await db.prisma.organization.create({ data: { slug: "verein", name: "Verein", status: "APPROVED" } });
    const providerId = await createUser(db.prisma, "Olga");
    await addMember(db.prisma, providerId, organization.id, "ORG_ADMIN");
    provider = await sessionUser(providerId);
  });

  beforeEach(async () => {
    session.user = null;
    vi.mocked(revalidatePath).mockClear();
    await db.prisma.auditLog.deleteMany();
    await db.prisma.settings.upsert({ where: { id: 1 }, update: DEFAULTS, create: { id: 1, ...DEFAULTS } });
  });

  it("stores the freshness intervals the form sends, and leaves them alone when it does not", async () => {
    session.user = admin;
    const result = await updateSettingsAction(
      null,
      form({ ...VALID, providerReminderMonths: "9", offerEndingReminderDays: "21", staleHideAfterDays: "45" }),
    );
    expect(result.ok).toBe(true);
    const row = await db.prisma.settings.findUniqueOrThrow({ where: { id: 1 } });
    expect([row.providerReminderMonths, row.offerEndingReminderDays, row.staleHideAfterDays]).toEqual([9, 21, 45]);
    await updateSettingsAction(null, form({ ...VALID, offerReminderMonths: "7" }));
    const after = await db.prisma.settings.findUniqueOrThrow({ where: { id: 1 } });
    expect([after.offerReminderMonths, after.providerReminderMonths, after.offerEndingReminderDays, after.staleHideAfterDays]).toEqual([
      7, 9, 21, 45,
    ]);
    await db.prisma.settings.update({
      where: { id: 1 },
      data: { providerReminderMonths: 6, offerEndingReminderDays: 14, staleHideAfterDays: 30 },
    });
  });

  it("lets an admin save: values stored, audit with the changed fields, every page revalidated", async () => {
    session.user = admin;
    const result = await updateSettingsAction(null, form(VALID));
    expect(result).toEqual({ ok: true, data: { changed: 3 }, message: "Die Einstellungen sind gespeichert und gelten ab sofort." });
    expect(await stored()).toEqual({ requireOfferApproval: true, editorNotification: "DAILY_DIGEST", offerReminderMonths: 12 });
    const audit = await db.prisma.auditLog.findMany();
    expect(audit).toMatchObject([
      {
        actorId: admin.id,
        action: "settings.update",
        entityType: "settings",
        entityId: "1",
        changedFields: JSON.stringify(["editorNotification", "offerReminderMonths", "requireOfferApproval"]),
      },
    ]);
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
  });

  it("reads an unticked approval checkbox as off and audits only what changed", async () => {
    await db.prisma.settings.update({ where: { id: 1 }, data: { requireOfferApproval: true } });
    session.user = admin;
    const result = await updateSettingsAction(null, form({ editorNotification: "IMMEDIATE", offerReminderMonths: "6" }));
    expect(result).toMatchObject({ ok: true, data: { changed: 1 } });
    expect((await stored()).requireOfferApproval).toBe(false);
    expect((await db.prisma.auditLog.findFirstOrThrow()).changedFields).toBe(JSON.stringify(["requireOfferApproval"]));
  });

  it("writes nothing (and no audit entry) when nothing changed", async () => {
    session.user = admin;
    const result = await updateSettingsAction(
      null,
      form({ requireOfferApproval: "false", editorNotification: "IMMEDIATE", offerReminderMonths: "6" }),
    );
    expect(result).toEqual({ ok: true, data: { changed: 0 }, message: "Es gab keine Änderungen zu speichern." });
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  it("creates the settings row with the submitted values when none exists yet", async () => {
    await db.prisma.settings.deleteMany();
    await updateSettingsFor(admin, { requireOfferApproval: true, editorNotification: "IMMEDIATE", offerReminderMonths: 6 });
    expect(await stored()).toEqual({ ...DEFAULTS, requireOfferApproval: true });
  });

  it("refuses anonymous users, editors, planners and providers with a translated message; nothing changes", async () => {
    for (const user of [null, editor, planner, provider]) {
      session.user = user;
      const result = await updateSettingsAction(null, form(VALID));
      expect(result).toMatchObject({ ok: false, message: user ? "Dazu haben Sie keine Berechtigung." : "Bitte melden Sie sich an." });
      await expect(updateSettingsFor(user, VALID)).rejects.toMatchObject({ status: 403 });
    }
    expect(await stored()).toEqual(DEFAULTS);
    expect(await db.prisma.auditLog.count()).toBe(0);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it.each([
    ["a month count out of range", { offerReminderMonths: "0" }, "offerReminderMonths", "Bitte geben Sie eine Zahl von 1 bis 24 ein."],
    ["a month count too large", { offerReminderMonths: "25" }, "offerReminderMonths", "Bitte geben Sie eine Zahl von 1 bis 24 ein."],
    ["a huge number", { offerReminderMonths: "99999999999999999999" }, "offerReminderMonths", "Bitte geben Sie eine ganze Zahl ein."],
    ["a fraction", { offerReminderMonths: "1.5" }, "offerReminderMonths", "Bitte geben Sie eine ganze Zahl ein."],
    ["HTML in a number", { offerReminderMonths: "<b>6</b>" }, "offerReminderMonths", "Bitte geben Sie eine ganze Zahl ein."],
    ["an empty number", { offerReminderMonths: "" }, "offerReminderMonths", "Bitte geben Sie eine ganze Zahl ein."],
    [
      "a provider reminder out of range",
      { providerReminderMonths: "0" },
      "providerReminderMonths",
      "Bitte geben Sie eine Zahl von 1 bis 24 ein.",
    ],
    [
      "an ending reminder too large",
      { offerEndingReminderDays: "91" },
      "offerEndingReminderDays",
      "Bitte geben Sie eine Zahl von 1 bis 90 ein.",
    ],
    ["a hiding grace too short", { staleHideAfterDays: "6" }, "staleHideAfterDays", "Bitte geben Sie eine Zahl von 7 bis 180 ein."],
    ["script in a day count", { staleHideAfterDays: "<script>1</script>" }, "staleHideAfterDays", "Bitte geben Sie eine ganze Zahl ein."],
    [
      "an unknown notification mode",
      { editorNotification: "WEEKLY" },
      "editorNotification",
      "Bitte wählen Sie, wie die Redaktion benachrichtigt wird.",
    ],
    [
      "HTML as notification mode",
      { editorNotification: "<script>alert(1)</script>" },
      "editorNotification",
      "Bitte wählen Sie, wie die Redaktion benachrichtigt wird.",
    ],
    ["an odd approval value", { requireOfferApproval: "<i>ja</i>" }, "requireOfferApproval", "Bitte wählen Sie „ein“ oder „aus“."],
  ])("refuses %s with a translated field message; nothing changes", async (_name, override, field, message) => {
    session.user = admin;
    const result = await updateSettingsAction(null, form({ ...VALID, ...override }));
    expect(result).toMatchObject({ ok: false, message: "Bitte prüfen Sie Ihre Eingaben.", fieldErrors: { [field]: [message] } });
    expect(await stored()).toEqual(DEFAULTS);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  it("refuses input that is not an object at all", async () => {
    await expect(updateSettingsFor(admin, "requireOfferApproval=true")).rejects.toMatchObject({ status: 400 });
    await expect(updateSettingsFor(admin, { ...VALID, editorNotification: undefined })).rejects.toMatchObject({ status: 400 });
    expect(await stored()).toEqual(DEFAULTS);
  });
});
