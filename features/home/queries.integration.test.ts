import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { useTestDatabase } from "@/test/helpers/db";
import { upcomingDatedOffers } from "./queries";

// "Aktuelle Angebote": dated offers only (no always-open services), soonest first, each title once.

const NOW = new Date("2026-12-02T10:00:00Z");
const at = (iso: string) => new Date(iso);

describe("upcomingDatedOffers", () => {
  const db = useTestDatabase();

  beforeAll(async () => {
    const org = await db.prisma.organization.create({ data: { slug: "verein", name: "Verein", status: "APPROVED" } });
    const offer = (slug: string, title: string, data: Partial<Prisma.OfferUncheckedCreateInput>) =>
      db.prisma.offer.create({ data: { slug, title, organizationId: org.id, status: "PUBLISHED", publishedAt: NOW, ...data } });
    for (let i = 1; i <= 5; i++) {
      // Five counselling services, open today from 08:00 (the "one title five times" of the issue).
      await offer(`beratung-${i}`, "Offene Sprechstunde", { scheduleKind: "PERMANENT", nextOccurrenceAt: at("2026-12-02T07:00:00Z") });
    }
    await offer("kurs-a", "Schwimmkurs", { scheduleKind: "WEEKLY", nextOccurrenceAt: at("2026-12-02T14:00:00Z") });
    await offer("kurs-b", "Schwimmkurs", { scheduleKind: "WEEKLY", nextOccurrenceAt: at("2026-12-03T14:00:00Z") });
    await offer("fest", "Lichterfest", { scheduleKind: "DATES", nextOccurrenceAt: at("2026-12-05T16:00:00Z") });
    await offer("ferien", "Ferienspiele", { scheduleKind: "PERIOD", nextOccurrenceAt: at("2026-12-28T08:00:00Z") });
    await offer("vorbei", "Vorbei", {
      scheduleKind: "DATES",
      nextOccurrenceAt: at("2026-11-30T08:00:00Z"),
      endsAt: at("2026-11-30T09:00:00Z"),
    });
    await offer("entwurf", "Entwurf", { scheduleKind: "DATES", status: "DRAFT", nextOccurrenceAt: at("2026-12-03T08:00:00Z") });
  });

  it("lists upcoming dated offers only, soonest first, each title once", async () => {
    const offers = await upcomingDatedOffers(8, NOW);
    expect(offers.map((o) => o.slug)).toEqual(["kurs-a", "fest", "ferien"]);
  });

  it("stops at the limit", async () => {
    expect((await upcomingDatedOffers(2, NOW)).map((o) => o.slug)).toEqual(["kurs-a", "fest"]);
  });
});
