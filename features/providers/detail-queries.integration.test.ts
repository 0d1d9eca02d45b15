import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { useTestDatabase } from "@/test/helpers/db";
import { getPublicProvider } from "./detail-queries";

const NOW = new Date("2026-11-01T10:00:00Z");
const day = (n: number) => new Date(NOW.getTime() + n * 24 * 60 * 60 * 1000);

describe("getPublicProvider", () => {
  const db = useTestDatabase();

  beforeAll(async () => {
    const org = await db.prisma.organization.create({
      data: {
        slug: "tv",
        name: "TV Beispiel",
        status: "APPROVED",
        openingHours: {
          create: [
            { weekday: 3, startMinute: 540, endMinute: 720 },
            { weekday: 1, startMinute: 540, endMinute: 720 },
          ],
        },
        facts: {
          create: [
            { label: "Mitglieder", value: "420", position: 1 },
            { label: "Gegründet", value: "1898", position: 0 },
          ],
        },
      },
    });
    for (const status of ["PENDING", "REJECTED", "BLOCKED"] as const)
      await db.prisma.organization.create({ data: { slug: `org-${status.toLowerCase()}`, name: status, status } });
    await db.prisma.organization.create({ data: { slug: "gone", name: "Gone", status: "APPROVED", deletedAt: day(-1) } });
    const offer = (slug: string, data: Partial<Prisma.OfferUncheckedCreateInput> = {}): Prisma.OfferUncheckedCreateInput => ({
      slug,
      title: slug,
      organizationId: org.id,
      status: "PUBLISHED",
      ...data,
    });
    await db.prisma.offer.createMany({
      data: [
        offer("current", { nextOccurrenceAt: day(1), endsAt: day(10) }),
        offer("permanent"),
        offer("past-recent", { endsAt: day(-2) }),
        offer("past-older", { endsAt: day(-20) }),
        offer("draft", { status: "DRAFT" }),
        offer("archived-past", { status: "ARCHIVED", endsAt: day(-2) }),
        offer("deleted", { deletedAt: day(-1) }),
      ],
    });
  });

  it("returns the profile with ordered opening hours and facts, current and past offers apart", async () => {
    const result = await getPublicProvider("tv", NOW);
    expect(result).not.toBeNull();
    expect(result!.provider.openingHours.map((h) => h.weekday)).toEqual([1, 3]);
    expect(result!.provider.facts.map((f) => f.label)).toEqual(["Gegründet", "Mitglieder"]);
    expect(result!.currentOffers.map((o) => o.slug)).toEqual(["current", "permanent"]);
    expect(result!.pastOffers.map((o) => o.slug)).toEqual(["past-recent", "past-older"]);
  });

  it.each(["org-pending", "org-rejected", "org-blocked", "gone", "unknown"])("hides %s", async (slug) => {
    expect(await getPublicProvider(slug, NOW)).toBeNull();
  });
});
