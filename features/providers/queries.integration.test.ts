import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/test/helpers/db";
import { listApprovedProviders } from "./queries";

describe("listApprovedProviders", () => {
  const db = useTestDatabase();

  beforeAll(async () => {
    const district = await db.prisma.district.create({
      data: {
        slug: "mitte",
        name: "Mitte",
        centroidLat: 51.5,
        centroidLng: 7.46,
        translations: { create: { locale: "en", name: "Centre" } },
      },
    });
    await db.prisma.organization.createMany({
      data: [
        { slug: "tsv", name: "TSV Musterstadt", status: "APPROVED", city: "Musterstadt", districtId: district.id },
        { slug: "awo", name: "AWO Ortsverein", status: "APPROVED", subline: "Beratung" },
        { slug: "caritas", name: "Caritas", status: "APPROVED" },
        { slug: "pending", name: "Aaa wartet", status: "PENDING" },
        { slug: "rejected", name: "Abgelehnt", status: "REJECTED" },
        { slug: "blocked", name: "Gesperrt", status: "BLOCKED" },
        { slug: "deleted", name: "Gelöscht", status: "APPROVED", deletedAt: new Date() },
      ],
    });
  });

  it("lists approved, not deleted providers A–Z with their district", async () => {
    const result = await listApprovedProviders(1);
    expect(result.total).toBe(3);
    expect(result.providers.map((p) => p.slug)).toEqual(["awo", "caritas", "tsv"]);
    expect(result.providers[2]).toMatchObject({
      city: "Musterstadt",
      district: { name: "Mitte", translations: [{ locale: "en", name: "Centre" }] },
    });
  });

  it("pages with totals and clamps pages past the end", async () => {
    expect(await listApprovedProviders(2, 2)).toMatchObject({ page: 2, pageCount: 2, total: 3, providers: [{ slug: "tsv" }] });
    expect(await listApprovedProviders(50, 2)).toMatchObject({ page: 2, providers: [{ slug: "tsv" }] });
  });
});
