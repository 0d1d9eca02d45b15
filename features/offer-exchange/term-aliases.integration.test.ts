import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/features/accounts/types";
import { createUser, sessionUser } from "@/features/organizations/test-fixtures";
import { mergeCategoryFor, updateCategoryFor } from "@/features/settings/category-mutations";
import { mergeTargetGroupFor } from "@/features/settings/target-group-mutations";
import { useTestDatabase } from "@/test/helpers/db";
import { applyImportPlan } from "./apply";
import { parseSpreadsheet } from "./parse";
import { NOW, portalWorkbook, seedExchangeWorld, weeklyRow, type ExchangeWorld } from "./test-fixtures";
import { planImport } from "./validate";

// Issue 13c: a municipality's saved spreadsheets name categories and target groups by slug too; after
// an admin renames or merges a term, its former slug (CategorySlugAlias / TargetGroupSlugAlias) still
// imports under the term it now belongs to — through the real settings mutations and a real database.

const LIMITS = { maxBytes: 5 * 1024 * 1024, maxOffers: 5000 };

describe("Excel import: former slugs of renamed and merged terms", () => {
  const db = useTestDatabase();
  let w: ExchangeWorld;
  let admin: SessionUser;
  const target = () => ({ kind: "organization" as const, organizationId: w.orgA });

  beforeAll(async () => {
    w = await seedExchangeWorld(db.prisma);
    admin = await sessionUser(await createUser(db.prisma, "Adam", "ADMIN"));
  });

  async function plan(rows: Parameters<typeof portalWorkbook>[0]) {
    return planImport(w.memberA, parseSpreadsheet(portalWorkbook(rows), "alt.xlsx", LIMITS), target(), { maxOffers: 5000 });
  }

  it("a renamed category's old slug imports under the renamed category", async () => {
    const sport = await db.prisma.category.findUniqueOrThrow({ where: { id: w.sport } });
    await updateCategoryFor(admin, w.sport, { parentId: sport.parentId, names: { de: "Bewegung und Spiel" }, color: null, icon: null });
    const renamed = await db.prisma.category.findUniqueOrThrow({ where: { id: w.sport } });
    expect(renamed.slug).not.toBe("sport");
    expect(await db.prisma.categorySlugAlias.findUnique({ where: { slug: "sport" } })).toMatchObject({ categoryId: w.sport });

    // "Sport" in any case, and the target group by its current slug.
    const result = await plan([weeklyRow("Turnen nach Umbenennung", { categories: "SPORT", targetGroups: "kinder" })]);
    expect(result.errors).toEqual([]);
    const outcome = await applyImportPlan(w.memberA, result, target(), { fileName: "alt.xlsx", now: NOW });
    expect(outcome).toMatchObject({ created: 1 });
    const offer = await db.prisma.offer.findFirstOrThrow({
      where: { title: "Turnen nach Umbenennung" },
      include: { categories: true, targetGroups: true },
    });
    expect(offer.categories.map((c) => c.categoryId)).toEqual([w.sport]);
    expect(offer.targetGroups.map((g) => g.targetGroupId)).toEqual([w.kids]);
  });

  it("a merged target group's old slug imports under the target; a merged category's too", async () => {
    await mergeTargetGroupFor(admin, w.parents, w.kids);
    expect(await db.prisma.targetGroup.findUnique({ where: { id: w.parents } })).toBeNull();
    const extra = await db.prisma.category.create({ data: { slug: "musik-alt", name: "Musik (alt)", parentId: null } });
    await mergeCategoryFor(admin, extra.id, w.culture);

    const result = await plan([weeklyRow("Eltern-Kind-Singen", { categories: "musik-alt; Sport und Bewegung", targetGroups: "eltern" })]);
    // "Sport und Bewegung" was renamed in the test before: an old *name* is not an alias (only slugs are kept).
    expect(result.errors.map((e) => [e.code, e.values])).toEqual([["OfferExchange.row.unknownCategory", { value: "Sport und Bewegung" }]]);

    const fixed = await plan([weeklyRow("Eltern-Kind-Singen", { categories: "musik-alt; sport", targetGroups: "eltern, 7–13 Jahre" })]);
    expect(fixed.errors).toEqual([]);
    await applyImportPlan(w.memberA, fixed, target(), { fileName: "alt.xlsx", now: NOW });
    const offer = await db.prisma.offer.findFirstOrThrow({
      where: { title: "Eltern-Kind-Singen" },
      include: { categories: true, targetGroups: true },
    });
    expect(offer.categories.map((c) => c.categoryId).sort((a, b) => a - b)).toEqual([w.sport, w.culture].sort((a, b) => a - b));
    // The old slug and the target's name name the same group: linked once.
    expect(offer.targetGroups.map((g) => g.targetGroupId)).toEqual([w.kids]);
  });

  it("unknown values stay errors; a file with more unknown values than one lookup holds still finds its aliases", async () => {
    const rows = Array.from({ length: 60 }, (_, r) =>
      weeklyRow(`Unbekannt ${r}`, {
        categories: Array.from({ length: 20 }, (_, i) => `unbekannt-${r}-${i}`).join("; "),
        targetGroups: "kinder",
      }),
    );
    rows.push(weeklyRow("Spät im Blatt", { categories: "sport", targetGroups: "eltern" }));
    const result = await plan(rows);
    expect(result.errors.filter((e) => e.code === "OfferExchange.row.unknownCategory")).toHaveLength(1200);
    expect(result.errors.filter((e) => e.row === rows.length + 1)).toEqual([]);
    // Hostile text is only a value that matches nothing.
    const hostile = await plan([
      weeklyRow("Böse", { categories: 'sport\'); DROP TABLE "Category";--', targetGroups: "<script>x</script>" }),
    ]);
    expect([...new Set(hostile.errors.map((e) => e.code))].sort()).toEqual([
      "OfferExchange.row.unknownCategory",
      "OfferExchange.row.unknownTargetGroup",
    ]);
    expect(await db.prisma.category.count()).toBeGreaterThan(0);
  });
});
