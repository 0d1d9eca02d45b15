import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { useTestDatabase } from "@/test/helpers/db";
import { getPublicOffer, similarOffers } from "./detail-queries";

const NOW = new Date("2026-11-01T10:00:00Z");
const day = (n: number) => new Date(NOW.getTime() + n * 24 * 60 * 60 * 1000);

describe("offer detail queries", () => {
  const db = useTestDatabase();
  let categoryId = 0;

  beforeAll(async () => {
    const approved = await db.prisma.organization.create({ data: { slug: "approved", name: "Approved e.V.", status: "APPROVED" } });
    const orgs = await Promise.all(
      (["PENDING", "REJECTED", "BLOCKED"] as const).map((status) =>
        db.prisma.organization.create({ data: { slug: `org-${status.toLowerCase()}`, name: status, status } }),
      ),
    );
    const deletedOrg = await db.prisma.organization.create({
      data: { slug: "gone", name: "Gone", status: "APPROVED", deletedAt: day(-1) },
    });
    const category = await db.prisma.category.create({ data: { slug: "sport", name: "Sport" } });
    const other = await db.prisma.category.create({ data: { slug: "kultur", name: "Kultur" } });
    categoryId = category.id;
    const create = (slug: string, data: Partial<Prisma.OfferUncheckedCreateInput> = {}, categoryIds = [category.id]) =>
      db.prisma.offer.create({
        data: {
          slug,
          title: slug,
          organizationId: approved.id,
          status: "PUBLISHED",
          publishedAt: day(-30),
          ...data,
          categories: { create: categoryIds.map((id) => ({ categoryId: id })) },
        },
      });
    // The worked example: every Tuesday 16:00–17:30, 1 Sep 2026 – 30 Jun 2027, not on 22 Dec 2026.
    await create("weekly-course", {
      scheduleKind: "WEEKLY",
      scheduleStartDate: "2026-09-01",
      scheduleEndDate: "2027-06-30",
      endsAt: new Date("2027-06-29T15:30:00Z"),
      nextOccurrenceAt: new Date("2026-11-03T15:00:00Z"),
      slots: { create: [{ weekday: 2, startMinute: 960, endMinute: 1050, validFrom: "2026-09-01", validUntil: "2027-06-30" }] },
      exceptions: { create: [{ date: "2026-12-22" }] },
    });
    await create("similar-1", { nextOccurrenceAt: day(2) });
    await create("similar-permanent");
    await create("other-category", {}, [other.id]);
    await create("expired", {
      scheduleKind: "DATES",
      endsAt: day(-3),
      dates: { create: [{ date: "2026-10-29", startsAt: day(-3), endsAt: day(-3) }] },
    });
    for (const status of ["DRAFT", "PENDING_REVIEW", "REJECTED", "BLOCKED", "ARCHIVED"] as const)
      await create(`status-${status.toLowerCase()}`, { status });
    await create("deleted", { deletedAt: day(-1) });
    for (const org of orgs) await create(`of-${org.slug}`, { organizationId: org.id });
    await create("of-deleted-provider", { organizationId: deletedOrg.id });
  });

  it("returns a published offer with its schedule and next dates", async () => {
    const result = await getPublicOffer("weekly-course", NOW);
    expect(result).not.toBeNull();
    expect(result!.expired).toBe(false);
    expect(result!.schedule).toMatchObject({ kind: "WEEKLY", startDate: "2026-09-01", endDate: "2027-06-30", exceptions: ["2026-12-22"] });
    expect(result!.upcoming.map((o) => o.date)).toEqual(["2026-11-03", "2026-11-10", "2026-11-17", "2026-11-24", "2026-12-01"]);
    expect(result!.offer.categories.map((c) => c.category.slug)).toEqual(["sport"]);
  });

  it.each([
    "status-draft",
    "status-pending_review",
    "status-rejected",
    "status-blocked",
    "status-archived",
    "deleted",
    "of-org-pending",
    "of-org-rejected",
    "of-org-blocked",
    "of-deleted-provider",
    "does-not-exist",
  ])("hides %s", async (slug) => {
    expect(await getPublicOffer(slug, NOW)).toBeNull();
  });

  it("keeps an expired offer reachable, flagged and without next dates", async () => {
    const result = await getPublicOffer("expired", NOW);
    expect(result).toMatchObject({ expired: true, upcoming: [] });
  });

  it("finds similar offers: same category, current, public, not the offer itself", async () => {
    const offer = (await getPublicOffer("weekly-course", NOW))!;
    const similar = await similarOffers({ id: offer.offer.id, categoryIds: [categoryId] }, { now: NOW });
    expect(similar.map((o) => o.slug)).toEqual(["similar-1", "similar-permanent"]);
    expect(await similarOffers({ id: offer.offer.id, categoryIds: [] }, { now: NOW })).toEqual([]);
    expect((await similarOffers({ id: offer.offer.id, categoryIds: [categoryId] }, { now: NOW, limit: 1 })).map((o) => o.slug)).toEqual([
      "similar-1",
    ]);
  });

  it("finds similar offers for the same residents first and never for a disjoint age range", async () => {
    const org = await db.prisma.organization.findFirstOrThrow({ where: { slug: "approved" } });
    const movement = await db.prisma.category.create({ data: { slug: "bewegung", name: "Bewegung" } });
    const elsewhere = await db.prisma.category.create({ data: { slug: "musik", name: "Musik" } });
    const toddlers = await db.prisma.targetGroup.create({ data: { slug: "kleinkinder", name: "Kleinkinder", ageMin: 0, ageMax: 3 } });
    const seniors = await db.prisma.targetGroup.create({ data: { slug: "senioren", name: "Senioren", ageMin: 65 } });
    const create = (
      slug: string,
      nextInDays: number,
      data: Partial<Prisma.OfferUncheckedCreateInput>,
      targetGroupIds: number[] = [],
      categoryId = movement.id,
    ) =>
      db.prisma.offer.create({
        data: {
          slug,
          title: slug,
          organizationId: org.id,
          status: "PUBLISHED",
          publishedAt: day(-30),
          nextOccurrenceAt: day(nextInDays),
          ...data,
          categories: { create: [{ categoryId }] },
          targetGroups: { create: targetGroupIds.map((targetGroupId) => ({ targetGroupId })) },
        },
      });
    const gym = await create("kleinkinderturnen", 3, { ageMin: 1, ageMax: 3 }, [toddlers.id]);
    const seniorGym = await create("seniorengymnastik", 1, { ageMin: 65 }, [seniors.id]);
    await create("offener-sporttreff", 2, {});
    await create("eltern-kind-turnen", 6, { ageMin: 0, ageMax: 6 });
    await create("krabbelgruppe", 9, {}, [toddlers.id]);
    await create("kinderchor", 1, { ageMin: 3, ageMax: 6 }, [toddlers.id], elsewhere.id);
    await create("jugendsport", 1, { ageMin: 12, ageMax: 17 });

    const similarTo = (offer: typeof gym) =>
      similarOffers(
        {
          id: offer.id,
          categoryIds: [movement.id],
          targetGroupIds: offer.id === gym.id ? [toddlers.id] : [seniors.id],
          ageMin: offer.ageMin,
          ageMax: offer.ageMax,
        },
        { now: NOW },
      ).then((offers) => offers.map((o) => o.slug));
    // Same target group or overlapping ages first (soonest first), then the rest of the category;
    // the senior and youth offers (disjoint ages) and other categories never.
    expect(await similarTo(gym)).toEqual(["eltern-kind-turnen", "krabbelgruppe", "offener-sporttreff"]);
    // The Krabbelgruppe has no ages of its own, but only the toddlers' target group.
    expect(await similarTo(seniorGym)).toEqual(["offener-sporttreff"]);
    // Without its own ages the offer is for its target groups' ages.
    const toddlerOnly = await similarOffers({ id: gym.id, categoryIds: [movement.id], targetGroupIds: [toddlers.id] }, { now: NOW });
    expect(toddlerOnly.map((o) => o.slug)).toEqual(["eltern-kind-turnen", "krabbelgruppe", "offener-sporttreff"]);
  });
});
