import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getPublicOffer } from "@/features/offers/detail-queries";
import { parseOfferSearch } from "@/features/search/params/parse";
import { searchOffers } from "@/features/search/offer-search";
import { AppError, NotFoundError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { useTestDatabase } from "@/test/helpers/db";
import { confirmOffersFor, deactivateOfferFor, deleteOfferFor, duplicateOfferFor, reactivateOfferFor } from "./mutations";
import { createFixture, createOffer, type Fixture } from "./test-fixtures";

describe("offer list actions", () => {
  const db = useTestDatabase();
  let fx: Fixture;

  beforeAll(async () => {
    fx = await createFixture(db.prisma);
  });

  beforeEach(async () => {
    await db.prisma.auditLog.deleteMany();
  });

  const offer = (id: number) => db.prisma.offer.findUniqueOrThrow({ where: { id } });
  const audits = (action: string) => db.prisma.auditLog.findMany({ where: { action } });
  const publicSearch = async (q: string) => (await searchOffers(parseOfferSearch({ q }).query)).offers.map((o) => o.id);

  /** Runs `act` as org B's admin, an anonymous visitor and a user without organisation: refused, nothing changed, no leak. */
  async function expectRefusedForOutsiders(offerId: number, act: (user: Fixture["users"]["adminB"] | null) => Promise<unknown>) {
    const before = await offer(offerId);
    await expect(act(null)).rejects.toBeInstanceOf(UnauthorizedError);
    for (const user of [fx.users.adminB, fx.users.loner]) {
      const error = await act(user).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(NotFoundError);
      expect(String((error as Error).message)).not.toContain(before.title);
    }
    expect(await offer(offerId)).toEqual(before);
    expect(await db.prisma.offer.count({ where: { title: before.title } })).toBe(1);
    expect(await db.prisma.auditLog.count()).toBe(0);
  }

  describe("duplicate", () => {
    let sourceId: number;

    beforeAll(async () => {
      const category = await db.prisma.category.create({ data: { slug: "sport", name: "Sport" } });
      const group = await db.prisma.targetGroup.create({ data: { slug: "kinder", name: "Kinder" } });
      const source = await db.prisma.offer.create({
        data: {
          slug: "schwimmkurs",
          organizationId: fx.orgA,
          title: "Schwimmkurs",
          summary: "Schwimmen lernen",
          description: "Lang",
          status: "PUBLISHED",
          publishedAt: new Date("2026-01-01T00:00:00Z"),
          lastConfirmedAt: new Date("2026-02-01T00:00:00Z"),
          createdById: fx.users.adminA.id,
          street: "Badstraße 1",
          postalCode: "12345",
          city: "Musterstadt",
          lat: 52.1,
          lng: 13.2,
          scheduleKind: "WEEKLY",
          scheduleStartDate: "2026-09-01",
          scheduleEndDate: "2027-06-30",
          intervalWeeks: 2,
          isFree: false,
          costAmountCents: 1500,
          wheelchair: "YES",
          ageMin: 6,
          ageMax: 10,
          contactName: "Frau Nass",
          nextOccurrenceAt: new Date("2026-11-17T15:00:00Z"),
          endsAt: new Date("2027-06-29T16:00:00Z"),
          categories: { create: [{ categoryId: category.id }] },
          targetGroups: { create: [{ targetGroupId: group.id }] },
          languages: { create: [{ code: "de" }, { code: "tr" }] },
          accessibilityFeatures: { create: [{ feature: "STEP_FREE" }] },
          images: { create: [{ path: "/uploads/ab/bild.webp", alt: "Becken", copyright: "Foto: Verein", kind: "STAGE", position: 0 }] },
          slots: { create: [{ weekday: 2, startMinute: 960, endMinute: 1050, validFrom: "2026-09-01", validUntil: "2027-06-30" }] },
          dates: {
            create: [
              {
                date: "2026-12-05",
                startMinute: 600,
                endMinute: 660,
                startsAt: new Date("2026-12-05T09:00:00Z"),
                endsAt: new Date("2026-12-05T10:00:00Z"),
              },
            ],
          },
          exceptions: { create: [{ date: "2026-12-22" }] },
        },
      });
      sourceId = source.id;
    });

    it("copies every field and all related rows into a new draft created by the user", async () => {
      const copy = await duplicateOfferFor(fx.users.memberA, sourceId);
      expect(copy.title).toBe("Kopie von Schwimmkurs");
      const load = (id: number) =>
        db.prisma.offer.findUniqueOrThrow({
          where: { id },
          include: {
            categories: { select: { categoryId: true } },
            targetGroups: { select: { targetGroupId: true } },
            languages: { select: { code: true }, orderBy: { code: "asc" } },
            accessibilityFeatures: { select: { feature: true } },
            images: { select: { path: true, alt: true, copyright: true, kind: true, position: true } },
            slots: { select: { weekday: true, startMinute: true, endMinute: true, validFrom: true, validUntil: true } },
            dates: { select: { date: true, startMinute: true, endMinute: true, startsAt: true, endsAt: true } },
            exceptions: { select: { date: true } },
          },
        });
      const [original, duplicate] = await Promise.all([load(sourceId), load(copy.id)]);
      const own = [
        "id",
        "uuid",
        "slug",
        "title",
        "status",
        "createdById",
        "updatedById",
        "publishedAt",
        "lastConfirmedAt",
        "createdAt",
        "updatedAt",
      ];
      const strip = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([k]) => !own.includes(k)));
      expect(strip(duplicate)).toEqual(strip(original));
      expect(duplicate.slots).toHaveLength(1);
      expect(duplicate.dates).toHaveLength(1);
      expect(duplicate.exceptions).toEqual([{ date: "2026-12-22" }]);
      expect(duplicate).toMatchObject({
        status: "DRAFT",
        createdById: fx.users.memberA.id,
        updatedById: fx.users.memberA.id,
        publishedAt: null,
        lastConfirmedAt: null,
      });
      expect(duplicate.slug).not.toBe(original.slug);
      expect(duplicate.slug).toMatch(/^kopie-von-schwimmkurs/);
      expect(duplicate.uuid).not.toBe(original.uuid);
      expect(await audits("offer.duplicate")).toMatchObject([
        { actorId: fx.users.memberA.id, entityType: "offer", entityId: String(copy.id) },
      ]);
      expect(await db.prisma.offerSearchDocument.findUnique({ where: { offerId: copy.id } })).not.toBeNull();
      // A draft copy is not public.
      expect(await publicSearch("Kopie von Schwimmkurs")).not.toContain(copy.id);
    });

    it("gives every copy its own slug and takes the title prefix from the caller", async () => {
      const a = await duplicateOfferFor(fx.users.adminA, sourceId, { copyTitle: (t) => `Copy of ${t}` });
      const b = await duplicateOfferFor(fx.users.adminA, sourceId, { copyTitle: (t) => `Copy of ${t}` });
      expect(a.title).toBe("Copy of Schwimmkurs");
      const slugs = await db.prisma.offer.findMany({ where: { id: { in: [a.id, b.id] } }, select: { slug: true } });
      expect(new Set(slugs.map((s) => s.slug)).size).toBe(2);
    });

    it("keeps the copy's title within the form's limit", async () => {
      const long = await createOffer(db.prisma, fx.orgA, { title: "L".repeat(150) });
      const copy = await duplicateOfferFor(fx.users.memberA, long);
      expect(copy.title).toHaveLength(150);
      expect(copy.title.startsWith("Kopie von L")).toBe(true);
    });

    it("lets editors duplicate any organisation's offer", async () => {
      const copy = await duplicateOfferFor(fx.users.editor, sourceId);
      expect((await offer(copy.id)).organizationId).toBe(fx.orgA);
    });

    it("refuses outsiders and creates nothing", async () => {
      const count = await db.prisma.offer.count();
      await db.prisma.auditLog.deleteMany();
      await expectRefusedForOutsiders(sourceId, (user) => duplicateOfferFor(user, sourceId));
      expect(await db.prisma.offer.count()).toBe(count);
    });
  });

  describe("deactivate and reactivate", () => {
    it("takes a published offer off the portal and brings it back as a draft", async () => {
      const id = await createOffer(db.prisma, fx.orgA, { title: "Lauftreff am See" });
      expect(await publicSearch("Lauftreff")).toContain(id);

      await deactivateOfferFor(fx.users.memberA, id);
      expect((await offer(id)).status).toBe("ARCHIVED");
      expect((await offer(id)).updatedById).toBe(fx.users.memberA.id);
      expect(await publicSearch("Lauftreff")).not.toContain(id);
      expect(await getPublicOffer((await offer(id)).slug)).toBeNull();
      expect(await audits("offer.archive")).toMatchObject([{ actorId: fx.users.memberA.id, entityId: String(id) }]);

      await reactivateOfferFor(fx.users.memberA, id);
      expect((await offer(id)).status).toBe("DRAFT");
      expect(await audits("offer.reactivate")).toHaveLength(1);
      expect(await publicSearch("Lauftreff")).not.toContain(id);
    });

    it("follows the status rules: blocked offers stay blocked, only archived ones reactivate", async () => {
      const blocked = await createOffer(db.prisma, fx.orgA, { title: "Gesperrt", status: "BLOCKED" });
      await expect(deactivateOfferFor(fx.users.adminA, blocked)).rejects.toMatchObject({ code: "OfferList.errors.cannotDeactivate" });
      expect((await offer(blocked)).status).toBe("BLOCKED");
      const draft = await createOffer(db.prisma, fx.orgA, { title: "Entwurf", status: "DRAFT" });
      await expect(reactivateOfferFor(fx.users.adminA, draft)).rejects.toBeInstanceOf(AppError);
      const archived = await createOffer(db.prisma, fx.orgA, { title: "Archiviert", status: "ARCHIVED" });
      await expect(deactivateOfferFor(fx.users.adminA, archived)).rejects.toMatchObject({ code: "OfferList.errors.cannotDeactivate" });
      expect(await db.prisma.auditLog.count()).toBe(0);
    });

    it("lets editors deactivate any organisation's offer", async () => {
      const id = await createOffer(db.prisma, fx.orgB, { title: "TSV Training" });
      await deactivateOfferFor(fx.users.editor, id);
      expect((await offer(id)).status).toBe("ARCHIVED");
    });

    it("refuses outsiders", async () => {
      const published = await createOffer(db.prisma, fx.orgA, { title: "Vertrauliches Angebot A" });
      await expectRefusedForOutsiders(published, (user) => deactivateOfferFor(user, published));
      const archived = await createOffer(db.prisma, fx.orgA, { title: "Archiv A", status: "ARCHIVED" });
      await expectRefusedForOutsiders(archived, (user) => reactivateOfferFor(user, archived));
    });
  });

  describe("delete", () => {
    it("soft-deletes: the row stays with its status, but it is gone from lists, search and its page", async () => {
      const id = await createOffer(db.prisma, fx.orgA, { title: "Yoga im Park" });
      expect(await publicSearch("Yoga im Park")).toContain(id);
      const now = new Date("2026-11-20T08:00:00Z");
      await deleteOfferFor(fx.users.memberA, id, now);
      const row = await offer(id);
      expect(row.deletedAt).toEqual(now);
      expect(row.status).toBe("PUBLISHED");
      expect(await publicSearch("Yoga im Park")).not.toContain(id);
      expect(await getPublicOffer(row.slug)).toBeNull();
      expect(await audits("offer.delete")).toMatchObject([
        { actorId: fx.users.memberA.id, entityId: String(id), changedFields: JSON.stringify(["deletedAt"]) },
      ]);
      // Deleted offers cannot be acted on any more.
      await expect(deleteOfferFor(fx.users.memberA, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(duplicateOfferFor(fx.users.memberA, id)).rejects.toBeInstanceOf(NotFoundError);
    });

    it("lets editors delete", async () => {
      const id = await createOffer(db.prisma, fx.orgB, { title: "TSV Spielnachmittag" });
      await deleteOfferFor(fx.users.editor, id);
      expect((await offer(id)).deletedAt).not.toBeNull();
    });

    it("refuses outsiders", async () => {
      const id = await createOffer(db.prisma, fx.orgA, { title: "Nicht löschen A" });
      await expectRefusedForOutsiders(id, (user) => deleteOfferFor(user, id));
    });

    it("treats malformed ids as not found", async () => {
      for (const bad of ["abc", "", -1, 0, 1.5, "1; DROP TABLE Offer", null, { id: 1 }]) {
        await expect(deleteOfferFor(fx.users.memberA, bad)).rejects.toBeInstanceOf(NotFoundError);
      }
    });
  });

  describe("still current", () => {
    it("confirms one or several offers at once", async () => {
      const a = await createOffer(db.prisma, fx.orgA, { title: "Chor" });
      const b = await createOffer(db.prisma, fx.orgA, { title: "Theater", status: "DRAFT" });
      const now = new Date("2026-11-21T09:00:00Z");
      const confirmed = await confirmOffersFor(fx.users.memberA, [a, String(b), a], now);
      expect(confirmed.map((c) => c.id).sort()).toEqual([a, b].sort());
      expect((await offer(a)).lastConfirmedAt).toEqual(now);
      expect((await offer(b)).lastConfirmedAt).toEqual(now);
      expect(await audits("offer.confirm")).toHaveLength(2);
    });

    it("confirms nothing when one of the offers belongs to another organisation", async () => {
      const own = await createOffer(db.prisma, fx.orgB, { title: "Eigenes B" });
      const foreign = await createOffer(db.prisma, fx.orgA, { title: "Fremdes A" });
      const error = await confirmOffersFor(fx.users.adminB, [own, foreign]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as Error).message).not.toContain("Fremdes A");
      expect((await offer(own)).lastConfirmedAt).toBeNull();
      expect((await offer(foreign)).lastConfirmedAt).toBeNull();
      expect(await db.prisma.auditLog.count()).toBe(0);
    });

    it("refuses outsiders, an empty selection and too many ids", async () => {
      const id = await createOffer(db.prisma, fx.orgA, { title: "Bestätigen A" });
      await expectRefusedForOutsiders(id, (user) => confirmOffersFor(user, [id]));
      await expect(confirmOffersFor(fx.users.memberA, [])).rejects.toBeInstanceOf(ValidationError);
      await expect(
        confirmOffersFor(
          fx.users.memberA,
          Array.from({ length: 101 }, (_, i) => i + 1),
        ),
      ).rejects.toBeInstanceOf(ValidationError);
      await expect(confirmOffersFor(fx.users.memberA, "1")).rejects.toBeInstanceOf(ValidationError);
    });

    it("lets editors confirm", async () => {
      const id = await createOffer(db.prisma, fx.orgB, { title: "TSV Bestätigung" });
      await confirmOffersFor(fx.users.editor, [id]);
      expect((await offer(id)).lastConfirmedAt).not.toBeNull();
    });
  });
});
