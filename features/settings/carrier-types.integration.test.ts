import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/features/accounts/types";
import { settingsPeople } from "./test-fixtures";
import { useTestDatabase } from "@/test/helpers/db";

// The admins' names of the carrier types through the real action pipeline and a real database: a
// name per type and language overrides the messages files' default wherever a carrier type is shown
// (the pages read carrierTypeLabels per request), empty = back to the default, audited with old and
// new values, refused to anyone but an admin.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/features/accounts/session", async () => (await import("@/test/helpers/action-context")).actionSessionModule(session));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("@/test/helpers/action-context")).germanTranslationsModule());

const { saveCarrierTypeNamesAction } = await import("./carrier-type-actions");
const { adminCarrierTypes, carrierTypeLabels } = await import("./carrier-types");
const { CARRIER_NAME_FIELDS } = await import("./carrier-type-schemas");
const { revalidatePath } = await import("next/cache");

/** The form as the page sends it: every field, the stored names plus `changes`. */
async function form(changes: Record<string, string>): Promise<FormData> {
  const { names } = await adminCarrierTypes();
  const data = new FormData();
  for (const field of CARRIER_NAME_FIELDS) data.append(field, changes[field] ?? names[field] ?? "");
  return data;
}

describe("carrier type names", () => {
  const db = useTestDatabase();
  let admin: SessionUser;
  let others: (SessionUser | null)[];

  beforeAll(async () => {
    ({ admin, others } = await settingsPeople(db.prisma, { carrierType: "ASSOCIATION" }));
    await db.prisma.organization.create({ data: { slug: "kirche", name: "Kirche", status: "APPROVED", carrierType: "CHURCH" } });
  });

  beforeEach(async () => {
    session.user = admin;
    vi.mocked(revalidatePath).mockClear();
    await db.prisma.carrierTypeLabel.deleteMany();
    await db.prisma.auditLog.deleteMany();
  });

  it("shows the defaults until an admin names a type; the new name shows at once; empty goes back to the default", async () => {
    expect((await carrierTypeLabels("de")).ASSOCIATION).toBe("Verein");
    const admin = await adminCarrierTypes();
    expect(admin.usage).toMatchObject({ ASSOCIATION: 1, CHURCH: 1, SCHOOL: 0 });
    expect(admin.defaults["ASSOCIATION.de"]).toBe("Verein");
    expect(admin.names["ASSOCIATION.de"]).toBeNull();

    const result = await saveCarrierTypeNamesAction(
      null,
      await form({ "ASSOCIATION.de": "Eingetragener Verein", "ASSOCIATION.tr": "Dernek (e.V.)" }),
    );
    expect(result).toMatchObject({ ok: true, data: { changed: 2 }, message: "Die Namen der Trägerarten sind gespeichert." });
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
    // The request cache of carrierTypeLabels is per request (React cache is inert here): a new read sees the name.
    expect((await carrierTypeLabels("de")).ASSOCIATION).toBe("Eingetragener Verein");
    expect((await carrierTypeLabels("tr")).ASSOCIATION).toBe("Dernek (e.V.)");
    expect((await carrierTypeLabels("de")).CHURCH).toBe("Kirche");
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "carrierType.update" } });
    expect(audit).toMatchObject({ entityType: "carrierType", entityId: "names" });
    expect(JSON.parse(audit.changes!)).toEqual({
      "ASSOCIATION.de": { from: null, to: "Eingetragener Verein" },
      "ASSOCIATION.tr": { from: null, to: "Dernek (e.V.)" },
    });

    expect(await saveCarrierTypeNamesAction(null, await form({}))).toMatchObject({
      ok: true,
      message: "Es gab keine Änderungen zu speichern.",
    });
    expect(await db.prisma.auditLog.count()).toBe(1);

    await saveCarrierTypeNamesAction(null, await form({ "ASSOCIATION.de": "  " }));
    expect((await carrierTypeLabels("de")).ASSOCIATION).toBe("Verein");
    expect(await db.prisma.carrierTypeLabel.count()).toBe(1);
    const back = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "carrierType.update" }, orderBy: { id: "desc" } });
    expect(JSON.parse(back.changes!)).toEqual({ "ASSOCIATION.de": { from: "Eingetragener Verein", to: null } });
  });

  it.each([
    ["markup", "<script>alert(1)</script>", "Bitte verwenden Sie keine spitzen Klammern (< >)."],
    ["a name too long", "x".repeat(61), "Der Name darf höchstens 60 Zeichen lang sein."],
    ["a huge name", "x".repeat(100_000), "Der Name darf höchstens 60 Zeichen lang sein."],
  ])("refuses %s with a translated field message; nothing is written", async (_name, value, message) => {
    const result = await saveCarrierTypeNamesAction(null, await form({ "CHURCH.ar": value, "SCHOOL.de": "Bildungseinrichtung" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { "CHURCH.ar": [message] } });
    expect(await db.prisma.carrierTypeLabel.count()).toBe(0);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  it("ignores fields that are no carrier type × language", async () => {
    const data = await form({ "SCHOOL.de": "Schule oder Kita" });
    data.append("HACKER.de", "x");
    data.append("SCHOOL.xx", "y");
    expect(await saveCarrierTypeNamesAction(null, data)).toMatchObject({ ok: true });
    expect(await db.prisma.carrierTypeLabel.findMany({ select: { type: true, locale: true, name: true } })).toEqual([
      { type: "SCHOOL", locale: "de", name: "Schule oder Kita" },
    ]);
  });

  it("refuses the names to editors, planners, providers and anonymous users", async () => {
    for (const user of others) {
      session.user = user;
      const message = user ? "Dazu haben Sie keine Berechtigung." : "Bitte melden Sie sich an.";
      expect(await saveCarrierTypeNamesAction(null, await form({ "CHURCH.de": "Gemeinde" }))).toMatchObject({ ok: false, message });
    }
    expect(await db.prisma.carrierTypeLabel.count()).toBe(0);
    expect(await db.prisma.auditLog.count()).toBe(0);
    expect(revalidatePath).not.toHaveBeenCalled();
  });
});
