import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/test/helpers/db";
import { LINK_BIT_SLOTS, storedLinkWords } from "./link-bits";
import { categoryCounts, searchOffers } from "./offer-search";
import { type SearchParamsInput } from "./params/vocabulary";
import { parseOfferSearch } from "./params/parse";

// Offer."searchCategories"/"…2" and "searchTargetGroups"/"…2" (migration 0012_portal_settings) are
// kept by triggers on the link tables, whatever writes them (Prisma nested creates, createMany/
// deleteMany, cascades), with bit = the term's slot ("searchBit", given by a trigger on insert, the
// smallest free one). The search decides category/target-group filters on them for every term with
// a slot — also terms created long after the seed, with ids far past the old limit of 30 — and falls
// back to the link tables only for a term without one: both must give exactly the offers the link
// tables name.

const NOW = new Date("2026-08-15T10:00:00Z");

async function slugs(sp: SearchParamsInput): Promise<string[]> {
  const result = await searchOffers(parseOfferSearch(sp).query, { now: NOW, pageSize: 100 });
  return result.offers.map((o) => o.slug).sort();
}

describe("category and target-group bits", () => {
  const db = useTestDatabase();
  const ids: Record<string, number> = {};

  const words = async (slug: string) => {
    const rows = await db.prisma.$queryRawUnsafe<{ c: number | bigint; c2: number | bigint; t: number | bigint; t2: number | bigint }[]>(
      `SELECT "searchCategories" AS c, "searchCategories2" AS c2, "searchTargetGroups" AS t, "searchTargetGroups2" AS t2 FROM "Offer" WHERE "slug" = ?`,
      slug,
    );
    return { categories: [Number(rows[0].c), Number(rows[0].c2)], targetGroups: [Number(rows[0].t), Number(rows[0].t2)] };
  };
  const categorySlots = async (...categoryIds: number[]) =>
    (await db.prisma.category.findMany({ where: { id: { in: categoryIds } }, select: { searchBit: true } })).map((c) => c.searchBit);
  const groupSlots = async (...groupIds: number[]) =>
    (await db.prisma.targetGroup.findMany({ where: { id: { in: groupIds } }, select: { searchBit: true } })).map((g) => g.searchBit);
  /** The stored words as the link tables say they must be. */
  const expected = async (slug: string) => {
    const offer = await db.prisma.offer.findUniqueOrThrow({
      where: { slug },
      select: {
        categories: { select: { category: { select: { searchBit: true } } } },
        targetGroups: { select: { targetGroup: { select: { searchBit: true } } } },
      },
    });
    return {
      categories: storedLinkWords(offer.categories.map((c) => c.category.searchBit)),
      targetGroups: storedLinkWords(offer.targetGroups.map((g) => g.targetGroup.searchBit)),
    };
  };
  /** Ground truth: the published offers linked to any of these category ids (or their subcategories). */
  const linkedToCategories = async (categorySlugs: string[]) => {
    const rows = await db.prisma.offer.findMany({
      where: {
        categories: { some: { category: { OR: [{ slug: { in: categorySlugs } }, { parent: { slug: { in: categorySlugs } } }] } } },
      },
      select: { slug: true },
    });
    return rows.map((r) => r.slug).sort();
  };
  const linkedToGroups = async (groupSlugs: string[]) => {
    const rows = await db.prisma.offer.findMany({
      where: { targetGroups: { some: { targetGroup: { slug: { in: groupSlugs } } } } },
      select: { slug: true },
    });
    return rows.map((r) => r.slug).sort();
  };

  let organizationId = 0;
  const offer = (slug: string, categoryIds: number[], targetGroupIds: number[]) =>
    db.prisma.offer.create({
      data: {
        slug,
        title: slug,
        organizationId,
        status: "PUBLISHED",
        publishedAt: NOW,
        categories: { create: categoryIds.map((categoryId) => ({ categoryId })) },
        targetGroups: { create: targetGroupIds.map((targetGroupId) => ({ targetGroupId })) },
      },
    });

  beforeAll(async () => {
    const p = db.prisma;
    const sport = await p.category.create({ data: { slug: "sport", name: "Sport" } });
    const turnen = await p.category.create({ data: { slug: "turnen", name: "Turnen", parentId: sport.id } });
    // Ids far past the old limit of 30: they get the next free slots all the same.
    const musik = await p.category.create({ data: { id: 400, slug: "musik", name: "Musik" } });
    const chor = await p.category.create({ data: { id: 401, slug: "chor", name: "Chor", parentId: musik.id } });
    const kinder = await p.targetGroup.create({ data: { slug: "kinder", name: "Kinder" } });
    const eltern = await p.targetGroup.create({ data: { id: 350, slug: "eltern", name: "Eltern" } });
    Object.assign(ids, { sport: sport.id, turnen: turnen.id, musik: musik.id, chor: chor.id, kinder: kinder.id, eltern: eltern.id });
    organizationId = (await p.organization.create({ data: { slug: "club", name: "Verein", status: "APPROVED" } })).id;
    await offer("turnen-kinder", [turnen.id], [kinder.id]);
    await offer("sport-chor", [sport.id, chor.id], [eltern.id]);
    await offer("chor-kinder-eltern", [chor.id], [kinder.id, eltern.id]);
    await offer("nothing", [], []);
  });

  it("gives every new term the smallest free slot", async () => {
    expect(await categorySlots(ids.sport, ids.turnen, ids.musik, ids.chor)).toEqual([0, 1, 2, 3]);
    expect(await groupSlots(ids.kinder, ids.eltern)).toEqual([0, 1]);
  });

  it("are kept by the triggers on every write of the link tables", async () => {
    for (const slug of ["turnen-kinder", "sport-chor", "chor-kinder-eltern", "nothing"])
      expect(await words(slug)).toEqual(await expected(slug));
    expect(await words("turnen-kinder")).toEqual({ categories: [2, 0], targetGroups: [1, 0] });
    expect(await words("nothing")).toEqual({ categories: [0, 0], targetGroups: [0, 0] });

    // A save replaces the sets (deleteMany + createMany), as features/offers/mutations.ts does.
    const { id } = await db.prisma.offer.findUniqueOrThrow({ where: { slug: "nothing" }, select: { id: true } });
    await db.prisma.offerCategory.createMany({
      data: [
        { offerId: id, categoryId: ids.sport },
        { offerId: id, categoryId: ids.chor },
      ],
    });
    await db.prisma.offerTargetGroup.createMany({ data: [{ offerId: id, targetGroupId: ids.eltern }] });
    expect(await words("nothing")).toEqual({ categories: [1 + 8, 0], targetGroups: [2, 0] });
    await db.prisma.offerCategory.deleteMany({ where: { offerId: id, categoryId: ids.sport } });
    await db.prisma.offerTargetGroup.deleteMany({ where: { offerId: id } });
    expect(await words("nothing")).toEqual({ categories: [8, 0], targetGroups: [0, 0] });
    await db.prisma.offerCategory.deleteMany({ where: { offerId: id } });
    expect(await words("nothing")).toEqual({ categories: [0, 0], targetGroups: [0, 0] });
  });

  it("give the same offers as the link tables", async () => {
    // A root selects its subcategories.
    expect(await slugs({ kategorie: "sport" })).toEqual(["sport-chor", "turnen-kinder"]);
    expect(await slugs({ kategorie: "turnen" })).toEqual(["turnen-kinder"]);
    expect(await slugs({ zielgruppe: "kinder" })).toEqual(["chor-kinder-eltern", "turnen-kinder"]);
    expect(await slugs({ kategorie: "musik" })).toEqual(["chor-kinder-eltern", "sport-chor"]);
    expect(await slugs({ kategorie: ["turnen", "chor"] })).toEqual(["chor-kinder-eltern", "sport-chor", "turnen-kinder"]);
    expect(await slugs({ zielgruppe: "eltern" })).toEqual(["chor-kinder-eltern", "sport-chor"]);
    expect(await slugs({ zielgruppe: ["kinder", "eltern"], kategorie: "sport" })).toEqual(["sport-chor", "turnen-kinder"]);
  });

  it("cover 60 categories and 40 target groups, terms created after the offers, and both words", async () => {
    const p = db.prisma;
    const created: { categories: number[]; groups: number[] } = { categories: [], groups: [] };
    // Up to 60 categories (roots with two subcategories each) and 40 target groups.
    for (let i = 0; (await p.category.count()) < 60; i++) {
      const root = await p.category.create({ data: { slug: `wurzel-${i}`, name: `Wurzel ${i}` } });
      created.categories.push(root.id);
      for (const n of [1, 2]) {
        if ((await p.category.count()) >= 60) break;
        created.categories.push(
          (await p.category.create({ data: { slug: `wurzel-${i}-${n}`, name: `Unter ${i}.${n}`, parentId: root.id } })).id,
        );
      }
    }
    for (let i = 0; (await p.targetGroup.count()) < 40; i++) {
      created.groups.push((await p.targetGroup.create({ data: { slug: `gruppe-${i}`, name: `Gruppe ${i}` } })).id);
    }
    const slots = await p.category.findMany({ select: { searchBit: true } });
    expect(Math.max(...slots.map((s) => s.searchBit!))).toBe(59);
    // Offers over the whole range, including slots in the second word (52–59).
    for (let i = 0; i < created.categories.length; i++) {
      await offer(
        `viele-${i}`,
        [...new Set([created.categories[i], created.categories[(i * 7 + 3) % created.categories.length]])],
        [created.groups[i % created.groups.length]],
      );
    }
    const late = await p.category.findMany({ where: { searchBit: { gte: 52 } }, select: { slug: true } });
    expect(late.length).toBeGreaterThan(0);
    for (const slug of [...late.map((c) => c.slug), "wurzel-0", "wurzel-3", "wurzel-16", "musik"]) {
      expect(await slugs({ kategorie: slug }), slug).toEqual(await linkedToCategories([slug]));
    }
    expect(await slugs({ kategorie: [late[0].slug, "wurzel-1"] })).toEqual(await linkedToCategories([late[0].slug, "wurzel-1"]));
    for (const slug of ["gruppe-0", "gruppe-20", "gruppe-37", "eltern"]) {
      expect(await slugs({ zielgruppe: slug }), slug).toEqual(await linkedToGroups([slug]));
    }
    // The home page's counts (grouped by both words) agree with the link tables.
    const counts = new Map((await categoryCounts({ now: NOW })).map((c) => [c.slug, c.count]));
    for (const slug of ["wurzel-0", late[0].slug, "sport", "musik"])
      expect(counts.get(slug), slug).toBe((await linkedToCategories([slug])).length);
  });

  it("frees a deleted term's slot for the next term; its offers lose the bit", async () => {
    const p = db.prisma;
    const victim = await p.category.findUniqueOrThrow({ where: { slug: "wurzel-2-1" }, select: { id: true, searchBit: true } });
    const offersBefore = await linkedToCategories(["wurzel-2-1"]);
    expect(offersBefore.length).toBeGreaterThan(0);
    await p.category.delete({ where: { id: victim.id } });
    for (const slug of offersBefore) expect(await words(slug)).toEqual(await expected(slug));
    const next = await p.category.create({ data: { slug: "neu-nach-dem-seed", name: "Neu" }, select: { id: true } });
    expect((await p.category.findUniqueOrThrow({ where: { id: next.id } })).searchBit).toBe(victim.searchBit);
    expect(await slugs({ kategorie: "neu-nach-dem-seed" })).toEqual([]);
    await offer("neu-1", [next.id], []);
    expect(await slugs({ kategorie: "neu-nach-dem-seed" })).toEqual(["neu-1"]);
  });

  it("falls back to the link table for a term without a slot (more than 104 terms)", async () => {
    const p = db.prisma;
    while ((await p.targetGroup.count()) < LINK_BIT_SLOTS) {
      await p.targetGroup.create({ data: { slug: `fuell-${await p.targetGroup.count()}`, name: "Füll" } });
    }
    const extra = await p.targetGroup.create({ data: { slug: "ohne-bit", name: "Ohne Bit" } });
    expect((await p.targetGroup.findUniqueOrThrow({ where: { id: extra.id } })).searchBit).toBeNull();
    await offer("ohne-bit-1", [], [extra.id, ids.kinder]);
    expect(await slugs({ zielgruppe: "ohne-bit" })).toEqual(["ohne-bit-1"]);
    expect(await slugs({ zielgruppe: ["ohne-bit", "eltern"] })).toEqual(await linkedToGroups(["ohne-bit", "eltern"]));
  });

  it("follow cascades when a category is deleted", async () => {
    await db.prisma.category.delete({ where: { id: ids.turnen } });
    expect(await words("turnen-kinder")).toEqual({ categories: [0, 0], targetGroups: [1, 0] });
    expect(await slugs({ kategorie: "sport" })).toEqual(["sport-chor"]);
  });
});
