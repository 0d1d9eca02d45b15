import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/features/accounts/types";
import { settingsPeople } from "./test-fixtures";
import { useTestDatabase } from "@/test/helpers/db";

// The admins' target-group management through the real action pipeline and a real database: create,
// edit (slug alias), reorder, delete (refused while used), merge (everything moves in one go, search
// bits follow, old links keep working), and every action refused to anyone but an admin.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/features/accounts/session", async () => (await import("@/test/helpers/action-context")).actionSessionModule(session));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("@/test/helpers/action-context")).germanTranslationsModule());

const { saveTargetGroupAction, moveTargetGroupAction, deleteTargetGroupAction, mergeTargetGroupAction } =
  await import("./target-group-actions");
const { adminTargetGroups, offerSearchAliasQuery } = await import("./target-group-queries");
const { revalidatePath } = await import("next/cache");
const { searchOffers } = await import("@/features/search/offer-search");
const { loadOfferSearch } = await import("@/features/search/load-offer-search");
const { parseOfferSearch } = await import("@/features/search/params/parse");
const { OFFER_PARAM } = await import("@/features/search/params/vocabulary");

const NOW = new Date("2026-08-15T10:00:00Z");

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

describe("target group management", () => {
  const db = useTestDatabase();
  let admin: SessionUser;
  let others: (SessionUser | null)[];
  let organizationId: number;

  async function offerWith(slug: string, targetGroupIds: number[]) {
    return db.prisma.offer.create({
      data: {
        slug,
        title: slug,
        organizationId,
        status: "PUBLISHED",
        publishedAt: NOW,
        targetGroups: { create: targetGroupIds.map((targetGroupId) => ({ targetGroupId })) },
      },
    });
  }

  async function searchSlugs(zielgruppe: string): Promise<string[]> {
    const result = await searchOffers(parseOfferSearch({ zielgruppe }).query, { now: NOW, pageSize: 100 });
    return result.offers.map((o) => o.slug).sort();
  }

  async function create(fields: Record<string, string>) {
    const result = await saveTargetGroupAction(null, form(fields));
    if (!result.ok) throw new Error(JSON.stringify(result));
    return db.prisma.targetGroup.findFirstOrThrow({ where: { name: fields["name.de"] }, include: { translations: true } });
  }

  beforeAll(async () => {
    ({ admin, others, organizationId } = await settingsPeople(db.prisma));
  });

  beforeEach(async () => {
    session.user = admin;
    vi.mocked(revalidatePath).mockClear();
    await db.prisma.offerRevision.deleteMany();
    await db.prisma.offer.deleteMany();
    await db.prisma.targetGroup.deleteMany();
    await db.prisma.auditLog.deleteMany();
  });

  it("creates a target group with names and age range, audited, every page revalidated, with a search slot", async () => {
    const result = await saveTargetGroupAction(
      null,
      form({
        "name.de": "Grundschulkinder",
        "name.en": "Primary school children",
        "name.uk": "Молодші школярі",
        ageMin: "6",
        ageMax: "10",
      }),
    );
    expect(result).toMatchObject({ ok: true, message: "Die Zielgruppe ist angelegt und ab sofort sichtbar." });
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
    const stored = await db.prisma.targetGroup.findFirstOrThrow({ include: { translations: { orderBy: { locale: "asc" } } } });
    expect(stored).toMatchObject({ slug: "grundschulkinder", name: "Grundschulkinder", ageMin: 6, ageMax: 10, position: 0 });
    // The insert trigger of migration 0012 gives it the smallest free bit slot.
    expect(stored.searchBit).toBe(0);
    expect(stored.translations.map((t) => [t.locale, t.name])).toEqual([
      ["en", "Primary school children"],
      ["uk", "Молодші школярі"],
    ]);
    const [audit] = await db.prisma.auditLog.findMany();
    expect(audit).toMatchObject({
      actorId: admin.id,
      action: "targetGroup.create",
      entityType: "targetGroup",
      entityId: String(stored.id),
    });
    expect(JSON.parse(audit.changes!)).toMatchObject({
      "name.de": { from: null, to: "Grundschulkinder" },
      ageMin: { from: null, to: 6 },
      ageMax: { from: null, to: 10 },
    });
    // A second group is placed after the first and takes the next slot.
    const second = await create({ "name.de": "Eltern" });
    expect(second).toMatchObject({ position: 1, searchBit: 1, ageMin: null, ageMax: null });
  });

  it("a new target group is a search filter at once: an offer linked to it is found by its slug", async () => {
    const group = await create({ "name.de": "Alleinerziehende" });
    await offerWith("treff", [group.id]);
    await offerWith("anderes", []);
    expect(await searchSlugs("alleinerziehende")).toEqual(["treff"]);
    // The public search page's filter list names it (read per request: nothing to rebuild).
    const page = await loadOfferSearch({ zielgruppe: "alleinerziehende" }, "de");
    expect(page.facets.targetGroups.map((g) => g.value)).toContain("alleinerziehende");
    expect(page.result.offers.map((o) => o.slug)).toEqual(["treff"]);
  });

  it.each([
    ["no German name", { "name.de": " " }, "names.de", "Bitte geben Sie einen Namen ein."],
    ["markup in a name", { "name.de": "<script>alert(1)</script>" }, "names.de", "Bitte verwenden Sie keine spitzen Klammern (< >)."],
    [
      "markup in a translation",
      { "name.de": "A", "name.ar": "<img src=x onerror=alert(1)>" },
      "names.ar",
      "Bitte verwenden Sie keine spitzen Klammern (< >).",
    ],
    ["a name too long", { "name.de": "x".repeat(81) }, "names.de", "Der Name darf höchstens 80 Zeichen lang sein."],
    ["a huge name", { "name.de": "x".repeat(100_000) }, "names.de", "Der Name darf höchstens 80 Zeichen lang sein."],
    ["an age that is no number", { "name.de": "A", ageMin: "sechs" }, "ageMin", "Bitte geben Sie das Alter als ganze Zahl ein."],
    ["a fractional age", { "name.de": "A", ageMax: "6.5" }, "ageMax", "Bitte geben Sie das Alter als ganze Zahl ein."],
    ["a negative age", { "name.de": "A", ageMin: "-1" }, "ageMin", "Das Alter muss zwischen 0 und 120 Jahren liegen."],
    ["an age above 120", { "name.de": "A", ageMax: "121" }, "ageMax", "Das Alter muss zwischen 0 und 120 Jahren liegen."],
    ["SQL as age", { "name.de": "A", ageMin: "1 OR 1=1" }, "ageMin", "Bitte geben Sie das Alter als ganze Zahl ein."],
    [
      "min above max",
      { "name.de": "A", ageMin: "12", ageMax: "6" },
      "ageMax",
      "Das Höchstalter darf nicht kleiner als das Mindestalter sein.",
    ],
  ])("refuses %s with a translated field message; nothing is written", async (_name, fields, field, message) => {
    const result = await saveTargetGroupAction(null, form(fields));
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
    expect(await db.prisma.targetGroup.count()).toBe(0);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  it("accepts the edges of the age range: 0–120 and one bound alone", async () => {
    expect(await create({ "name.de": "Alle", ageMin: "0", ageMax: "120" })).toMatchObject({ ageMin: 0, ageMax: 120 });
    expect(await create({ "name.de": "Senioren", ageMin: "65" })).toMatchObject({ ageMin: 65, ageMax: null });
    expect(await create({ "name.de": "Babys", ageMax: "1" })).toMatchObject({ ageMin: null, ageMax: 1 });
    expect(await create({ "name.de": "Gleich", ageMin: "7", ageMax: "7" })).toMatchObject({ ageMin: 7, ageMax: 7 });
  });

  it("editing renames (old slug → alias, old search links redirect), changes the age range; unchanged saves write nothing", async () => {
    const group = await create({ "name.de": "Jugendliche", ageMin: "12", ageMax: "17" });
    await offerWith("jugendtreff", [group.id]);
    const result = await saveTargetGroupAction(
      null,
      form({ id: String(group.id), "name.de": "Junge Menschen", "name.en": "Young people", ageMin: "12", ageMax: "21" }),
    );
    expect(result).toMatchObject({ ok: true, message: "Die Zielgruppe ist gespeichert." });
    const renamed = await db.prisma.targetGroup.findUniqueOrThrow({ where: { id: group.id } });
    expect(renamed).toMatchObject({ slug: "junge-menschen", ageMax: 21 });
    expect(await offerSearchAliasQuery({ zielgruppe: "jugendliche", q: "treff" }, OFFER_PARAM)).toBe("zielgruppe=junge-menschen&q=treff");
    expect(await offerSearchAliasQuery({ zielgruppe: "junge-menschen" }, OFFER_PARAM)).toBeNull();
    expect(await searchSlugs("junge-menschen")).toEqual(["jugendtreff"]);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "targetGroup.update" } });
    expect(JSON.parse(audit.changes!)).toEqual({
      slug: { from: "jugendliche", to: "junge-menschen" },
      "name.de": { from: "Jugendliche", to: "Junge Menschen" },
      "name.en": { from: null, to: "Young people" },
      ageMax: { from: 17, to: 21 },
    });
    const same = await saveTargetGroupAction(
      null,
      form({ id: String(group.id), "name.de": "Junge Menschen", "name.en": "Young people", ageMin: "12", ageMax: "21" }),
    );
    expect(same).toMatchObject({ ok: true, message: "Es gab keine Änderungen zu speichern." });
    expect(await db.prisma.auditLog.count({ where: { action: "targetGroup.update" } })).toBe(1);
    // Renaming back takes the old slug back; the alias is gone.
    await saveTargetGroupAction(null, form({ id: String(group.id), "name.de": "Jugendliche" }));
    expect((await db.prisma.targetGroup.findUniqueOrThrow({ where: { id: group.id } })).slug).toBe("jugendliche");
    expect(await offerSearchAliasQuery({ zielgruppe: "jugendliche" }, OFFER_PARAM)).toBeNull();
  });

  it("a new group cannot take a renamed group's old slug (old links keep leading to the renamed one)", async () => {
    const group = await create({ "name.de": "Familien" });
    await saveTargetGroupAction(null, form({ id: String(group.id), "name.de": "Familien mit Kindern" }));
    const newcomer = await create({ "name.de": "Familien" });
    expect(newcomer.slug).toBe("familien-2");
    expect(await offerSearchAliasQuery({ zielgruppe: "familien" }, OFFER_PARAM)).toBe("zielgruppe=familien-mit-kindern");
  });

  it("editing a group that does not exist or with a malformed id is refused", async () => {
    expect(await saveTargetGroupAction(null, form({ id: "99999", "name.de": "X" }))).toMatchObject({
      ok: false,
      message: expect.any(String),
    });
    expect(await saveTargetGroupAction(null, form({ id: "1; DROP TABLE", "name.de": "X" }))).toMatchObject({ ok: false });
    expect(await db.prisma.targetGroup.count()).toBe(0);
  });

  it("moves a target group up and down; the order is the public filter's order", async () => {
    const a = await create({ "name.de": "A" });
    await create({ "name.de": "B" });
    const c = await create({ "name.de": "C" });
    expect(await moveTargetGroupAction(c.id, "up")).toMatchObject({ ok: true, message: "Die Reihenfolge ist geändert." });
    expect((await adminTargetGroups()).map((x) => x.names.de)).toEqual(["A", "C", "B"]);
    await moveTargetGroupAction(a.id, "down");
    expect((await adminTargetGroups()).map((x) => x.names.de)).toEqual(["C", "A", "B"]);
    const page = await loadOfferSearch({}, "de");
    expect(page.facets.targetGroups.map((g) => g.label)).toEqual(["C", "A", "B"]);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "targetGroup.move", entityId: String(c.id) } });
    expect(JSON.parse(audit.changes!)).toEqual({ position: { from: 2, to: 1 } });
    // The first cannot move further up: nothing changes, no audit.
    const before = await db.prisma.auditLog.count();
    await moveTargetGroupAction(c.id, "up");
    expect(await db.prisma.auditLog.count()).toBe(before);
    expect(await moveTargetGroupAction(a.id, "sideways")).toMatchObject({ ok: false });
    expect(await moveTargetGroupAction(99999, "up")).toMatchObject({ ok: false });
  });

  it("refuses to delete a target group in use, naming how many offers; deletes it once unused, freeing its slot", async () => {
    const group = await create({ "name.de": "Senioren" });
    await offerWith("tanz-1", [group.id]);
    await offerWith("tanz-2", [group.id]);
    expect(await adminTargetGroups()).toMatchObject([{ names: { de: "Senioren" }, usage: { offers: 2 } }]);

    const refused = await deleteTargetGroupAction(group.id);
    expect(refused).toEqual({
      ok: false,
      fieldErrors: {},
      message: "Diese Zielgruppe wird noch verwendet: 2 Angebote. Führen Sie sie stattdessen mit einer anderen Zielgruppe zusammen.",
    });
    expect(await db.prisma.targetGroup.count()).toBe(1);
    expect(await db.prisma.offerTargetGroup.count()).toBe(2);
    expect(await db.prisma.auditLog.count({ where: { action: "targetGroup.delete" } })).toBe(0);

    await db.prisma.offer.deleteMany();
    expect(await deleteTargetGroupAction(group.id)).toMatchObject({ ok: true, message: "Die Zielgruppe ist gelöscht." });
    expect(await db.prisma.targetGroup.count()).toBe(0);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "targetGroup.delete" } });
    expect(JSON.parse(audit.changes!)).toMatchObject({ "name.de": { from: "Senioren", to: null } });
    // Its slot is free again for the next group.
    expect((await create({ "name.de": "Neu" })).searchBit).toBe(0);
  });

  it("merges: every offer and pending revision moves in one go, search bits follow, old links keep working", async () => {
    const kinder = await create({ "name.de": "Kinder" });
    const familien = await create({ "name.de": "Familien" });
    const eltern = await create({ "name.de": "Eltern" });
    const both = await offerWith("beides", [kinder.id, familien.id]);
    const only = await offerWith("nur-kinder", [kinder.id, eltern.id]);
    await offerWith("nur-eltern", [eltern.id]);
    const revision = await db.prisma.offerRevision.create({
      data: { offerId: only.id, data: JSON.stringify({ title: "x", targetGroupIds: [kinder.id, eltern.id] }) },
    });
    // An earlier rename of the source: its alias moves to the target too.
    await saveTargetGroupAction(null, form({ id: String(kinder.id), "name.de": "Kinder und Jugendliche" }));

    const result = await mergeTargetGroupAction(kinder.id, String(familien.id));
    expect(result).toMatchObject({ ok: true, data: { offers: 2 } });
    expect(result.ok && result.message).toBe("Zusammengeführt: 2 Angebote gehören jetzt zur gewählten Zielgruppe.");
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
    expect(await db.prisma.targetGroup.findUnique({ where: { id: kinder.id } })).toBeNull();
    const links = await db.prisma.offerTargetGroup.findMany({ orderBy: [{ offerId: "asc" }, { targetGroupId: "asc" }] });
    expect(links.filter((l) => l.offerId === both.id).map((l) => l.targetGroupId)).toEqual([familien.id]);
    expect(links.filter((l) => l.offerId === only.id).map((l) => l.targetGroupId)).toEqual([familien.id, eltern.id].sort((a, b) => a - b));
    expect(JSON.parse((await db.prisma.offerRevision.findUniqueOrThrow({ where: { id: revision.id } })).data).targetGroupIds).toEqual([
      familien.id,
      eltern.id,
    ]);
    // The search (link bits kept by triggers) finds the moved offers under the target …
    expect(await searchSlugs("familien")).toEqual(["beides", "nur-kinder"]);
    // … the source's slot is free, and no offer still carries its bit (a new group taking it matches nothing).
    const newcomer = await create({ "name.de": "Neu" });
    expect(newcomer.searchBit).toBe(kinder.searchBit);
    expect(await searchSlugs("neu")).toEqual([]);
    // … and both old slugs lead there.
    expect(await offerSearchAliasQuery({ zielgruppe: "kinder" }, OFFER_PARAM)).toBe("zielgruppe=familien");
    expect(await offerSearchAliasQuery({ zielgruppe: ["kinder-und-jugendliche", "eltern"] }, OFFER_PARAM)).toBe(
      "zielgruppe=familien&zielgruppe=eltern",
    );
    const audits = await db.prisma.auditLog.findMany({ where: { action: "targetGroup.merge" } });
    expect(audits.map((a) => a.entityId).sort()).toEqual([String(kinder.id), String(familien.id)].sort());
    expect(JSON.parse(audits[0].changes!)).toEqual({
      mergedInto: { from: "kinder-und-jugendliche", to: "familien" },
      offers: { from: 2, to: 0 },
    });
  });

  it("a failing merge changes nothing (one transaction)", async () => {
    const kinder = await create({ "name.de": "Kinder" });
    const familien = await create({ "name.de": "Familien" });
    await offerWith("kita", [kinder.id]);
    // A foreign alias already holding the source's slug makes the last step fail after the links moved.
    await db.prisma.targetGroupSlugAlias.create({ data: { slug: "kinder", targetGroupId: familien.id } });
    const result = await mergeTargetGroupAction(kinder.id, String(familien.id));
    expect(result).toMatchObject({ ok: false });
    expect(await db.prisma.targetGroup.count()).toBe(2);
    expect(await db.prisma.offerTargetGroup.findMany({ select: { targetGroupId: true } })).toEqual([{ targetGroupId: kinder.id }]);
    expect(await searchSlugs("kinder")).toEqual(["kita"]);
    expect(await db.prisma.auditLog.count({ where: { action: "targetGroup.merge" } })).toBe(0);
  });

  it("refuses merging into itself, into a missing group, or with malformed ids", async () => {
    const kinder = await create({ "name.de": "Kinder" });
    expect(await mergeTargetGroupAction(kinder.id, String(kinder.id))).toMatchObject({
      ok: false,
      fieldErrors: { targetId: ["Eine Zielgruppe kann nicht mit sich selbst zusammengeführt werden."] },
    });
    expect(await mergeTargetGroupAction(kinder.id, "99999")).toMatchObject({
      ok: false,
      fieldErrors: { targetId: ["Bitte wählen Sie die Zielgruppe, in die zusammengeführt werden soll."] },
    });
    expect(await mergeTargetGroupAction("abc", String(kinder.id))).toMatchObject({ ok: false, message: expect.any(String) });
    expect(await mergeTargetGroupAction(kinder.id, "<script>")).toMatchObject({ ok: false });
    expect(await db.prisma.targetGroup.count()).toBe(1);
  });

  it("refuses every target-group action to editors, planners, providers and anonymous users", async () => {
    const kinder = await create({ "name.de": "Kinder" });
    const familien = await create({ "name.de": "Familien" });
    await db.prisma.auditLog.deleteMany();
    vi.mocked(revalidatePath).mockClear();
    for (const user of others) {
      session.user = user;
      const message = user ? "Dazu haben Sie keine Berechtigung." : "Bitte melden Sie sich an.";
      expect(await saveTargetGroupAction(null, form({ "name.de": "Neu" }))).toMatchObject({ ok: false, message });
      expect(await saveTargetGroupAction(null, form({ id: String(kinder.id), "name.de": "Umbenannt" }))).toMatchObject({
        ok: false,
        message,
      });
      expect(await moveTargetGroupAction(familien.id, "up")).toMatchObject({ ok: false, message });
      expect(await deleteTargetGroupAction(familien.id)).toMatchObject({ ok: false, message });
      expect(await mergeTargetGroupAction(kinder.id, String(familien.id))).toMatchObject({ ok: false, message });
    }
    expect((await adminTargetGroups()).map((c) => c.names.de)).toEqual(["Kinder", "Familien"]);
    expect(await db.prisma.auditLog.count()).toBe(0);
    expect(revalidatePath).not.toHaveBeenCalled();
  });
});
