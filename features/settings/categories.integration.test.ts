import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/features/accounts/types";
import { settingsPeople } from "./test-fixtures";
import { useTestDatabase } from "@/test/helpers/db";

// The admins' category management through the real action pipeline and a real database: create,
// edit (slug alias), reorder, delete (refused while used), merge (everything moves, links keep working).
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/features/accounts/session", async () => (await import("@/test/helpers/action-context")).actionSessionModule(session));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("@/test/helpers/action-context")).germanTranslationsModule());

const { saveCategoryAction, moveCategoryAction, deleteCategoryAction, mergeCategoryAction } = await import("./category-actions");
const { adminCategoryTree, categoryAliasQuery } = await import("./category-queries");
const { revalidatePath } = await import("next/cache");
const { searchOffers } = await import("@/features/search/offer-search");
const { parseOfferSearch } = await import("@/features/search/params/parse");

const NOW = new Date("2026-08-15T10:00:00Z");

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

describe("category management", () => {
  const db = useTestDatabase();
  let admin: SessionUser;
  let others: (SessionUser | null)[];
  let organizationId: number;

  async function offerWith(slug: string, categoryIds: number[]) {
    return db.prisma.offer.create({
      data: {
        slug,
        title: slug,
        organizationId,
        status: "PUBLISHED",
        publishedAt: NOW,
        categories: { create: categoryIds.map((categoryId) => ({ categoryId })) },
      },
    });
  }

  async function searchSlugs(kategorie: string): Promise<string[]> {
    const result = await searchOffers(parseOfferSearch({ kategorie }).query, { now: NOW, pageSize: 100 });
    return result.offers.map((o) => o.slug).sort();
  }

  beforeAll(async () => {
    ({ admin, others, organizationId } = await settingsPeople(db.prisma));
  });

  beforeEach(async () => {
    session.user = admin;
    vi.mocked(revalidatePath).mockClear();
    await db.prisma.offer.deleteMany();
    await db.prisma.organizationCategory.deleteMany();
    await db.prisma.category.deleteMany({ where: { parentId: { not: null } } });
    await db.prisma.category.deleteMany();
    await db.prisma.auditLog.deleteMany();
  });

  async function create(fields: Record<string, string>) {
    const result = await saveCategoryAction(null, form(fields));
    if (!result.ok) throw new Error(JSON.stringify(result));
    return db.prisma.category.findFirstOrThrow({ where: { name: fields["name.de"] }, include: { translations: true } });
  }

  it("creates a category with names, colour and icon, audited, every page revalidated", async () => {
    const result = await saveCategoryAction(
      null,
      form({ "name.de": "Digitales Lernen", "name.en": "Digital learning", "name.ar": "التعلم الرقمي", color: "#0F5132", icon: "laptop" }),
    );
    expect(result).toMatchObject({ ok: true, message: "Die Kategorie ist angelegt und ab sofort sichtbar." });
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
    const stored = await db.prisma.category.findFirstOrThrow({ include: { translations: { orderBy: { locale: "asc" } } } });
    expect(stored).toMatchObject({ slug: "digitales-lernen", name: "Digitales Lernen", parentId: null, color: "#0f5132", icon: "laptop" });
    expect(stored.translations.map((t) => [t.locale, t.name])).toEqual([
      ["ar", "التعلم الرقمي"],
      ["en", "Digital learning"],
    ]);
    const [audit] = await db.prisma.auditLog.findMany();
    expect(audit).toMatchObject({ actorId: admin.id, action: "category.create", entityType: "category", entityId: String(stored.id) });
    expect(JSON.parse(audit.changes!)["name.de"]).toEqual({ from: null, to: "Digitales Lernen" });
  });

  it.each([
    ["no German name", { "name.de": " " }, "names.de", "Bitte geben Sie einen Namen ein."],
    ["markup in a name", { "name.de": "<img src=x onerror=alert(1)>" }, "names.de", "Bitte verwenden Sie keine spitzen Klammern (< >)."],
    ["a name too long", { "name.de": "x".repeat(81) }, "names.de", "Der Name darf höchstens 80 Zeichen lang sein."],
    ["an unknown icon", { "name.de": "A", icon: "skull<script>" }, "icon", "Bitte wählen Sie ein Symbol aus der Liste."],
    ["CSS as colour", { "name.de": "A", color: "red;display:none" }, "color", "Bitte wählen Sie eine Farbe im Format #rrggbb."],
    [
      "a parent that is not a number",
      { "name.de": "A", parentId: "1 OR 1=1" },
      "parentId",
      "Bitte wählen Sie eine Kategorie der obersten Ebene.",
    ],
    [
      "a parent that does not exist",
      { "name.de": "A", parentId: "99999" },
      "parentId",
      "Bitte wählen Sie eine Kategorie der obersten Ebene.",
    ],
  ])("refuses %s with a translated field message; nothing is written", async (_name, fields, field, message) => {
    const result = await saveCategoryAction(null, form(fields));
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
    expect(await db.prisma.category.count()).toBe(0);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  it("keeps the tree two levels deep", async () => {
    const root = await create({ "name.de": "Sport" });
    const child = await create({ "name.de": "Turnen", parentId: String(root.id) });
    const grandchild = await saveCategoryAction(null, form({ "name.de": "Bodenturnen", parentId: String(child.id) }));
    expect(grandchild).toMatchObject({ ok: false, fieldErrors: { parentId: ["Bitte wählen Sie eine Kategorie der obersten Ebene."] } });
    // A root with children cannot become a child.
    const other = await create({ "name.de": "Kultur" });
    const moved = await saveCategoryAction(null, form({ id: String(root.id), "name.de": "Sport", parentId: String(other.id) }));
    expect(moved).toMatchObject({
      ok: false,
      fieldErrors: { parentId: ["Eine Kategorie mit Unterkategorien muss auf der obersten Ebene bleiben."] },
    });
  });

  it("renaming changes the slug; the old slug stays an alias and old search links redirect", async () => {
    const category = await create({ "name.de": "Sport" });
    await offerWith("fussball", [category.id]);
    const result = await saveCategoryAction(null, form({ id: String(category.id), "name.de": "Sport und Bewegung", icon: "volleyball" }));
    expect(result).toMatchObject({ ok: true, message: "Die Kategorie ist gespeichert." });
    const renamed = await db.prisma.category.findUniqueOrThrow({ where: { id: category.id } });
    expect(renamed.slug).toBe("sport-und-bewegung");
    expect(await categoryAliasQuery({ kategorie: "sport", q: "ball" }, "kategorie")).toBe("kategorie=sport-und-bewegung&q=ball");
    expect(await categoryAliasQuery({ kategorie: "sport-und-bewegung" }, "kategorie")).toBeNull();
    expect(await searchSlugs("sport-und-bewegung")).toEqual(["fussball"]);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "category.update" } });
    expect(JSON.parse(audit.changes!)).toMatchObject({
      slug: { from: "sport", to: "sport-und-bewegung" },
      "name.de": { from: "Sport", to: "Sport und Bewegung" },
      icon: { from: null, to: "volleyball" },
    });
    // Renaming back takes the old slug back; the alias is gone.
    await saveCategoryAction(null, form({ id: String(category.id), "name.de": "Sport" }));
    expect((await db.prisma.category.findUniqueOrThrow({ where: { id: category.id } })).slug).toBe("sport");
    expect(await categoryAliasQuery({ kategorie: "sport" }, "kategorie")).toBeNull();
  });

  it("moves a category up and down among its siblings only", async () => {
    const a = await create({ "name.de": "A" });
    const b = await create({ "name.de": "B" });
    const c = await create({ "name.de": "C" });
    await create({ "name.de": "B1", parentId: String(b.id) });
    expect(await moveCategoryAction(c.id, "up")).toMatchObject({ ok: true, message: "Die Reihenfolge ist geändert." });
    expect((await adminCategoryTree()).map((x) => x.names.de)).toEqual(["A", "C", "B", "B1"]);
    await moveCategoryAction(a.id, "down");
    expect((await adminCategoryTree()).map((x) => x.names.de)).toEqual(["C", "A", "B", "B1"]);
    // The first cannot move further up: nothing changes, no audit.
    const before = await db.prisma.auditLog.count();
    await moveCategoryAction(c.id, "up");
    expect(await db.prisma.auditLog.count()).toBe(before);
    expect(await moveCategoryAction(a.id, "sideways")).toMatchObject({ ok: false });
  });

  it("refuses to delete a category in use, naming where; deletes it once unused", async () => {
    const root = await create({ "name.de": "Sport" });
    const child = await create({ "name.de": "Turnen", parentId: String(root.id) });
    await offerWith("turnen-1", [child.id]);
    await offerWith("turnen-2", [child.id]);
    await db.prisma.organizationCategory.create({ data: { organizationId, categoryId: child.id } });

    const refused = await deleteCategoryAction(child.id);
    expect(refused).toEqual({
      ok: false,
      fieldErrors: {},
      message:
        "Diese Kategorie wird noch verwendet: 2 Angebote, 1 Anbieter, 0 Unterkategorien. Führen Sie sie stattdessen mit einer anderen Kategorie zusammen.",
    });
    const rootRefused = await deleteCategoryAction(root.id);
    expect(rootRefused.ok ? "" : rootRefused.message).toContain("1 Unterkategorie");
    expect(await db.prisma.category.count()).toBe(2);
    expect(await db.prisma.auditLog.count({ where: { action: "category.delete" } })).toBe(0);

    await db.prisma.offer.deleteMany();
    await db.prisma.organizationCategory.deleteMany();
    expect(await deleteCategoryAction(child.id)).toMatchObject({ ok: true, message: "Die Kategorie ist gelöscht." });
    expect(await db.prisma.category.count()).toBe(1);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "category.delete" } });
    expect(JSON.parse(audit.changes!)["name.de"]).toEqual({ from: "Turnen", to: null });
  });

  it("merges: every offer, provider, subcategory and pending revision moves in one go; old links keep working", async () => {
    const sport = await create({ "name.de": "Sport" });
    const bewegung = await create({ "name.de": "Bewegung" });
    const kultur = await create({ "name.de": "Kultur" });
    const turnen = await create({ "name.de": "Turnen", parentId: String(sport.id) });
    const both = await offerWith("beides", [sport.id, bewegung.id]);
    const only = await offerWith("nur-sport", [sport.id, kultur.id]);
    await offerWith("nur-kultur", [kultur.id]);
    await db.prisma.organizationCategory.create({ data: { organizationId, categoryId: sport.id } });
    const revision = await db.prisma.offerRevision.create({
      data: { offerId: only.id, data: JSON.stringify({ title: "x", categoryIds: [sport.id, kultur.id] }) },
    });

    const result = await mergeCategoryAction(sport.id, String(bewegung.id));
    expect(result).toMatchObject({ ok: true, data: { offers: 2, providers: 1 } });
    expect(result.ok && result.message).toBe("Zusammengeführt: 2 Angebote und 1 Anbieter gehören jetzt zur gewählten Kategorie.");
    expect(await db.prisma.category.findUnique({ where: { id: sport.id } })).toBeNull();
    const links = await db.prisma.offerCategory.findMany({ orderBy: [{ offerId: "asc" }, { categoryId: "asc" }] });
    expect(links.filter((l) => l.offerId === both.id).map((l) => l.categoryId)).toEqual([bewegung.id]);
    expect(links.filter((l) => l.offerId === only.id).map((l) => l.categoryId)).toEqual([bewegung.id, kultur.id].sort((a, b) => a - b));
    expect(await db.prisma.organizationCategory.findMany()).toEqual([{ organizationId, categoryId: bewegung.id }]);
    expect((await db.prisma.category.findUniqueOrThrow({ where: { id: turnen.id } })).parentId).toBe(bewegung.id);
    expect(JSON.parse((await db.prisma.offerRevision.findUniqueOrThrow({ where: { id: revision.id } })).data).categoryIds).toEqual([
      bewegung.id,
      kultur.id,
    ]);
    // The search (its link bits kept by triggers) finds the moved offers under the target …
    expect(await searchSlugs("bewegung")).toEqual(["beides", "nur-sport"]);
    // … and the old slug redirects there.
    expect(await categoryAliasQuery({ kategorie: "sport" }, "kategorie")).toBe("kategorie=bewegung");
    const audits = await db.prisma.auditLog.findMany({ where: { action: "category.merge" }, orderBy: { entityId: "asc" } });
    expect(audits.map((a) => a.entityId).sort()).toEqual([String(sport.id), String(bewegung.id)].sort());
    expect(JSON.parse(audits[0].changes!)).toMatchObject({ mergedInto: { from: "sport", to: "bewegung" }, offers: { from: 2, to: 0 } });
  });

  it("refuses merging into itself, into a missing category, or a parent into a subcategory", async () => {
    const sport = await create({ "name.de": "Sport" });
    const turnen = await create({ "name.de": "Turnen", parentId: String(sport.id) });
    const other = await create({ "name.de": "Kultur" });
    const theater = await create({ "name.de": "Theater", parentId: String(other.id) });
    expect(await mergeCategoryAction(sport.id, String(sport.id))).toMatchObject({
      ok: false,
      fieldErrors: { targetId: ["Eine Kategorie kann nicht mit sich selbst zusammengeführt werden."] },
    });
    expect(await mergeCategoryAction(sport.id, "99999")).toMatchObject({ ok: false, fieldErrors: { targetId: [expect.any(String)] } });
    expect(await mergeCategoryAction(sport.id, String(theater.id))).toMatchObject({ ok: false });
    expect(await mergeCategoryAction("abc", String(theater.id))).toMatchObject({ ok: false, message: expect.any(String) });
    expect(await db.prisma.category.count()).toBe(4);
    expect((await db.prisma.category.findUniqueOrThrow({ where: { id: turnen.id } })).parentId).toBe(sport.id);
  });

  it("refuses every category action to anyone but an admin", async () => {
    const sport = await create({ "name.de": "Sport" });
    const kultur = await create({ "name.de": "Kultur" });
    await db.prisma.auditLog.deleteMany();
    vi.mocked(revalidatePath).mockClear();
    for (const user of others) {
      session.user = user;
      const message = user ? "Dazu haben Sie keine Berechtigung." : "Bitte melden Sie sich an.";
      expect(await saveCategoryAction(null, form({ "name.de": "Neu" }))).toMatchObject({ ok: false, message });
      expect(await saveCategoryAction(null, form({ id: String(sport.id), "name.de": "Umbenannt" }))).toMatchObject({ ok: false, message });
      expect(await moveCategoryAction(kultur.id, "up")).toMatchObject({ ok: false, message });
      expect(await deleteCategoryAction(kultur.id)).toMatchObject({ ok: false, message });
      expect(await mergeCategoryAction(sport.id, String(kultur.id))).toMatchObject({ ok: false, message });
    }
    expect((await adminCategoryTree()).map((c) => c.names.de)).toEqual(["Sport", "Kultur"]);
    expect(await db.prisma.auditLog.count()).toBe(0);
    expect(revalidatePath).not.toHaveBeenCalled();
  });
});
