import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { useTestDatabase } from "@/test/helpers/db";
import { listPublishedOffers } from "./queries";

const NOW = new Date("2026-06-01T10:00:00Z");
const day = (n: number) => new Date(NOW.getTime() + n * 24 * 60 * 60 * 1000);

describe("listPublishedOffers", () => {
  const db = useTestDatabase();

  beforeAll(async () => {
    const approved = await db.prisma.organization.create({ data: { slug: "approved", name: "Approved e.V.", status: "APPROVED" } });
    const pending = await db.prisma.organization.create({ data: { slug: "pending", name: "Pending e.V.", status: "PENDING" } });
    const deletedOrg = await db.prisma.organization.create({ data: { slug: "gone", name: "Gone e.V.", status: "APPROVED", deletedAt: day(-1) } });
    const offer = (slug: string, data: Partial<Prisma.OfferUncheckedCreateInput> = {}): Prisma.OfferUncheckedCreateInput => ({
      slug,
      title: slug,
      organizationId: approved.id,
      status: "PUBLISHED",
      publishedAt: day(-10),
      ...data,
    });
    await db.prisma.offer.createMany({
      data: [
        // Visible: two dated, two permanent (no next date), one ending in the future.
        offer("b-dated-later", { title: "B later", nextOccurrenceAt: day(5), endsAt: day(5) }),
        offer("a-dated-soon", { title: "A soon", nextOccurrenceAt: day(1), endsAt: day(1) }),
        offer("z-permanent", { title: "Z permanent" }),
        offer("c-permanent", { title: "C permanent" }),
        offer("m-dated-same-day", { title: "M same day", nextOccurrenceAt: day(1), endsAt: day(30) }),
        // Hidden by the visibility rule.
        offer("draft", { status: "DRAFT" }),
        offer("pending-review", { status: "PENDING_REVIEW" }),
        offer("archived", { status: "ARCHIVED" }),
        offer("of-pending-provider", { organizationId: pending.id }),
        offer("of-deleted-provider", { organizationId: deletedOrg.id }),
        offer("deleted", { deletedAt: day(-1) }),
        offer("expired", { nextOccurrenceAt: null, endsAt: day(-1) }),
      ],
    });
  });

  it("lists only current published offers of approved providers, soonest first, permanent ones last", async () => {
    const result = await listPublishedOffers(1, { now: NOW });
    expect(result.total).toBe(5);
    expect(result.offers.map((o) => o.slug)).toEqual(["a-dated-soon", "m-dated-same-day", "b-dated-later", "c-permanent", "z-permanent"]);
    expect(result.offers[0]).toMatchObject({ title: "A soon", organization: { name: "Approved e.V.", slug: "approved" }, categories: [] });
  });

  it("pages with totals and clamps pages past the end", async () => {
    const second = await listPublishedOffers(2, { now: NOW, pageSize: 2 });
    expect(second).toMatchObject({ page: 2, pageCount: 3, total: 5, skip: 2 });
    expect(second.offers.map((o) => o.slug)).toEqual(["b-dated-later", "c-permanent"]);

    const beyond = await listPublishedOffers(Number.MAX_SAFE_INTEGER, { now: NOW, pageSize: 2 });
    expect(beyond).toMatchObject({ page: 3, pageCount: 3 });
    expect(beyond.offers.map((o) => o.slug)).toEqual(["z-permanent"]);
  });

  it("drops offers whose end has passed", async () => {
    const later = await listPublishedOffers(1, { now: day(10) });
    expect(later.offers.map((o) => o.slug)).toEqual(["m-dated-same-day", "c-permanent", "z-permanent"]);
  });
});
