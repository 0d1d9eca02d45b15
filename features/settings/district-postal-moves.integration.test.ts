import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/features/accounts/types";
import type { Prisma } from "@/generated/prisma/client";
import { invalidateSharedCache } from "@/lib/shared-cache";
import { useTestDatabase } from "@/test/helpers/db";
import { settingsPeople } from "./test-fixtures";

// Issue 13c: a postal code that changes district takes its stored offers and providers along, in the
// district save's transaction — through the real action pipeline, a real SQLite file, the real offer
// and provider search (district filter and keyword search on the district's name).
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/features/accounts/session", async () => (await import("@/test/helpers/action-context")).actionSessionModule(session));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("@/test/helpers/action-context")).germanTranslationsModule());

const { saveDistrictAction } = await import("./district-actions");
const { updateDistrictFor } = await import("./district-mutations");
const { reindexOffer } = await import("@/features/search/fts");
const { searchOffers } = await import("@/features/search/offer-search");
const { searchProviders } = await import("@/features/search/provider-search");
const { parseOfferSearch, parseProviderSearch } = await import("@/features/search/params/parse");

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

describe("postal codes that change district move their offers and providers", () => {
  const db = useTestDatabase();
  let admin: SessionUser;
  let others: (SessionUser | null)[];

  beforeAll(async () => {
    ({ admin, others } = await settingsPeople(db.prisma));
  });

  beforeEach(async () => {
    session.user = admin;
    await db.prisma.offer.deleteMany();
    await db.prisma.organization.deleteMany({ where: { slug: { startsWith: "anbieter-" } } });
    await db.prisma.postalCode.deleteMany();
    await db.prisma.district.deleteMany();
    await db.prisma.auditLog.deleteMany();
  });

  afterEach(() => invalidateSharedCache());

  /** Saves a district through the action (new without `id`); fails the test on a refusal. */
  async function save(fields: Record<string, string>, id?: number) {
    const result = await saveDistrictAction(
      null,
      form({ centroidLat: "51.51", centroidLng: "7.46", ...fields, ...(id === undefined ? {} : { id: String(id) }) }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    return db.prisma.district.findFirstOrThrow({ where: { name: fields["name.de"] } });
  }

  /** A provider and `count` published, indexed offers at the postal code, stored with the district the code had then. */
  async function place(code: string, count: number, extra: Partial<Prisma.OfferUncheckedCreateInput> = {}) {
    const pc = await db.prisma.postalCode.findUnique({ where: { code } });
    const districtId = pc?.districtId ?? null;
    const provider = await db.prisma.organization.create({
      data: { slug: `anbieter-${code}-${extra.slug ?? "x"}`, name: `Verein ${code}`, status: "APPROVED", postalCode: code, districtId },
    });
    const ids: number[] = [];
    for (let i = 0; i < count; i++) {
      const offer = await db.prisma.offer.create({
        data: {
          slug: `angebot-${code}-${extra.slug ?? "x"}-${i}`,
          title: `Treffpunkt ${code} ${i}`,
          organizationId: provider.id,
          status: "PUBLISHED",
          publishedAt: new Date("2026-01-01T10:00:00Z"),
          locationType: "ADDRESS",
          postalCode: code,
          city: "Musterstadt",
          districtId,
          ...extra,
          ...(extra.slug ? { slug: `${extra.slug}-${i}` } : {}),
        },
      });
      await reindexOffer(db.prisma, offer.id);
      ids.push(offer.id);
    }
    return { providerId: provider.id, offerIds: ids };
  }

  async function offersIn(districtSlug: string): Promise<string[]> {
    invalidateSharedCache();
    const result = await searchOffers(parseOfferSearch({ stadtteil: districtSlug }).query, { pageSize: 100 });
    return result.offers.map((o) => o.slug).sort();
  }

  async function offersMatching(q: string): Promise<string[]> {
    invalidateSharedCache();
    const result = await searchOffers(parseOfferSearch({ q }).query, { pageSize: 100 });
    return result.offers.map((o) => o.slug).sort();
  }

  async function providersIn(districtSlug: string): Promise<string[]> {
    const result = await searchProviders(parseProviderSearch({ stadtteil: districtSlug }).query, { pageSize: 100 });
    return result.providers.map((p) => p.slug).sort();
  }

  it("moving a code from one district to another moves its offers and providers; search follows; audited with counts", async () => {
    const nord = await save({ "name.de": "Nordstadt", postalCodes: "44135 44137" });
    const sued = await save({ "name.de": "Hafenviertel", postalCodes: "44139" });
    const moving = await place("44135", 3);
    const staying = await place("44137", 1);
    const southern = await place("44139", 1);
    const elsewhere = await place("50667", 1); // a code of no district
    expect(await offersIn("nordstadt")).toHaveLength(4);
    expect(await offersMatching("Hafenviertel")).toHaveLength(1);

    // Release from Nordstadt, then give it to Hafenviertel: two saves, each moves what it changes.
    await db.prisma.auditLog.deleteMany();
    const released = await saveDistrictAction(
      null,
      form({ id: String(nord.id), "name.de": "Nordstadt", centroidLat: "51.51", centroidLng: "7.46", postalCodes: "44137" }),
    );
    // The admin is told what followed the code.
    expect(released).toMatchObject({
      ok: true,
      message: "Die Änderungen wurden gespeichert. 3 Angebote und 1 Anbieter haben mit ihrer Postleitzahl den Stadtteil gewechselt.",
    });
    expect(await db.prisma.offer.count({ where: { id: { in: moving.offerIds }, districtId: null } })).toBe(3);
    expect((await db.prisma.organization.findUniqueOrThrow({ where: { id: moving.providerId } })).districtId).toBeNull();
    await save({ "name.de": "Hafenviertel", postalCodes: "44139 44135" }, sued.id);

    const offers = await db.prisma.offer.findMany({ select: { id: true, districtId: true } });
    const districtOf = new Map(offers.map((o) => [o.id, o.districtId]));
    for (const id of moving.offerIds) expect(districtOf.get(id)).toBe(sued.id);
    expect(districtOf.get(staying.offerIds[0])).toBe(nord.id);
    expect(districtOf.get(southern.offerIds[0])).toBe(sued.id);
    expect(districtOf.get(elsewhere.offerIds[0])).toBeNull();
    const providers = await db.prisma.organization.findMany({
      where: { id: { in: [moving.providerId, staying.providerId, elsewhere.providerId] } },
      select: { id: true, districtId: true },
    });
    expect(Object.fromEntries(providers.map((p) => [p.id, p.districtId]))).toEqual({
      [moving.providerId]: sued.id,
      [staying.providerId]: nord.id,
      [elsewhere.providerId]: null,
    });

    // The public search: the district filter and the district's name in the keyword search.
    const movedSlugs = (await db.prisma.offer.findMany({ where: { id: { in: moving.offerIds } }, select: { slug: true } }))
      .map((o) => o.slug)
      .sort();
    const hafen = await offersIn("hafenviertel");
    expect(hafen).toEqual(expect.arrayContaining(movedSlugs));
    expect(hafen).toHaveLength(4);
    expect(await offersIn("nordstadt")).toHaveLength(1);
    expect(await offersIn("nordstadt")).not.toEqual(expect.arrayContaining([movedSlugs[0]]));
    expect(await offersMatching("Hafenviertel")).toEqual(hafen);
    expect(await offersMatching("Nordstadt")).toHaveLength(1);
    expect(await providersIn("hafenviertel")).toEqual(expect.arrayContaining(["anbieter-44135-x"]));
    expect(await providersIn("nordstadt")).toEqual(["anbieter-44137-x"]);

    const audits = await db.prisma.auditLog.findMany({ where: { action: "district.update" }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [Number(a.entityId), JSON.parse(a.changes!)])).toEqual([
      [
        nord.id,
        expect.objectContaining({
          postalCodes: { from: "44135, 44137", to: "44137" },
          movedOffers: { from: null, to: 3 },
          movedProviders: { from: null, to: 1 },
        }),
      ],
      [
        sued.id,
        expect.objectContaining({
          postalCodes: { from: "44139", to: "44135, 44139" },
          movedOffers: { from: null, to: 3 },
          movedProviders: { from: null, to: 1 },
        }),
      ],
    ]);
  });

  it("a released code leaves its offers without a district; a new district taking it gets them", async () => {
    const nord = await save({ "name.de": "Nordstadt", postalCodes: "44135" });
    const { offerIds, providerId } = await place("44135", 2);
    // An online offer keeps no address: never given a district.
    const online = await place("44135", 1, { slug: "online", locationType: "ONLINE", postalCode: "44135", districtId: null });
    await save({ "name.de": "Nordstadt", postalCodes: "" }, nord.id);
    expect(await db.prisma.offer.count({ where: { id: { in: offerIds }, districtId: null } })).toBe(2);
    expect((await db.prisma.organization.findUniqueOrThrow({ where: { id: providerId } })).districtId).toBeNull();
    expect(await offersIn("nordstadt")).toEqual([]);
    expect(await offersMatching("Nordstadt")).toEqual([]);
    // The code stays known (address lookups) without a district.
    expect(await db.prisma.postalCode.findUniqueOrThrow({ where: { code: "44135" } })).toMatchObject({ districtId: null });

    expect(
      await saveDistrictAction(null, form({ "name.de": "Westend", centroidLat: "51.5", centroidLng: "7.4", postalCodes: "44135" })),
    ).toMatchObject({
      ok: true,
      message: "Der Stadtteil wurde angelegt. 2 Angebote und 2 Anbieter haben mit ihrer Postleitzahl den Stadtteil gewechselt.",
    });
    const west = await db.prisma.district.findFirstOrThrow({ where: { name: "Westend" } });
    expect(await db.prisma.offer.count({ where: { id: { in: offerIds }, districtId: west.id } })).toBe(2);
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: online.offerIds[0] } })).districtId).toBeNull();
    expect(await offersIn("westend")).toHaveLength(2);
    expect(await offersMatching("Westend")).toHaveLength(2);
    const [created] = await db.prisma.auditLog.findMany({ where: { action: "district.create", entityId: String(west.id) } });
    expect(JSON.parse(created.changes!)).toMatchObject({ movedOffers: { from: null, to: 2 }, movedProviders: { from: null, to: 2 } });
  });

  it("a save that changes no code moves nothing and records no counts", async () => {
    const nord = await save({ "name.de": "Nordstadt", postalCodes: "44135" });
    await place("44135", 1);
    // A stale district on an offer of another code is not this save's business.
    const stray = await place("50667", 1);
    await db.prisma.offer.updateMany({ where: { id: { in: stray.offerIds } }, data: { districtId: nord.id } });
    await db.prisma.auditLog.deleteMany();
    const result = await updateDistrictFor(admin, nord.id, {
      names: { de: "Nordstadt-Mitte" },
      centroidLat: 51.5,
      centroidLng: 7.4,
      postalCodes: ["44135"],
    });
    expect(result.moved).toEqual({ offers: 0, providers: 0 });
    const [audit] = await db.prisma.auditLog.findMany();
    expect(Object.keys(JSON.parse(audit.changes!))).not.toContain("movedOffers");
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: stray.offerIds[0] } })).districtId).toBe(nord.id);
  });

  it("a refused save (invalid code, another district's code, bad centroid) moves nothing", async () => {
    const nord = await save({ "name.de": "Nordstadt", postalCodes: "44135 44137" });
    await save({ "name.de": "Hafenviertel", postalCodes: "44139" });
    const { offerIds, providerId } = await place("44135", 2);
    await db.prisma.auditLog.deleteMany();
    for (const fields of [
      { postalCodes: "44137 0815" },
      { postalCodes: "44137 44139" },
      { postalCodes: "44137", centroidLat: "abc" },
      { postalCodes: "44137", "name.de": "<b>Nord</b>" },
    ]) {
      const result = await saveDistrictAction(
        null,
        form({ id: String(nord.id), "name.de": "Nordstadt", centroidLat: "51.51", centroidLng: "7.46", ...fields }),
      );
      expect(result).toMatchObject({ ok: false });
    }
    expect(await db.prisma.offer.count({ where: { id: { in: offerIds }, districtId: nord.id } })).toBe(2);
    expect((await db.prisma.organization.findUniqueOrThrow({ where: { id: providerId } })).districtId).toBe(nord.id);
    expect((await db.prisma.postalCode.findUniqueOrThrow({ where: { code: "44135" } })).districtId).toBe(nord.id);
    expect(await offersIn("nordstadt")).toHaveLength(2);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  it("two admins taking the same released code at once: one wins, the other is refused, the offers follow the winner", async () => {
    const nord = await save({ "name.de": "Nordstadt", postalCodes: "44137" });
    const sued = await save({ "name.de": "Hafenviertel", postalCodes: "44139" });
    await db.prisma.postalCode.create({ data: { code: "44135", city: "Musterstadt", centroidLat: 51.5, centroidLng: 7.4 } });
    const { offerIds, providerId } = await place("44135", 2);
    const results = await Promise.allSettled([
      updateDistrictFor(admin, nord.id, {
        names: { de: "Nordstadt" },
        centroidLat: 51.5,
        centroidLng: 7.4,
        postalCodes: ["44135", "44137"],
      }),
      updateDistrictFor(admin, sued.id, {
        names: { de: "Hafenviertel" },
        centroidLat: 51.5,
        centroidLng: 7.4,
        postalCodes: ["44135", "44139"],
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const winner = results[0].status === "fulfilled" ? nord.id : sued.id;
    expect((await db.prisma.postalCode.findUniqueOrThrow({ where: { code: "44135" } })).districtId).toBe(winner);
    expect(await db.prisma.offer.count({ where: { id: { in: offerIds }, districtId: winner } })).toBe(2);
    expect((await db.prisma.organization.findUniqueOrThrow({ where: { id: providerId } })).districtId).toBe(winner);
  });

  it("an editor, planner, provider or anonymous visitor cannot move codes (nothing changes)", async () => {
    const nord = await save({ "name.de": "Nordstadt", postalCodes: "44135" });
    const { offerIds } = await place("44135", 1);
    for (const user of others) {
      session.user = user;
      const result = await saveDistrictAction(
        null,
        form({ id: String(nord.id), "name.de": "Nordstadt", centroidLat: "51.51", centroidLng: "7.46", postalCodes: "" }),
      );
      expect(result).toMatchObject({ ok: false });
      await expect(
        updateDistrictFor(user, nord.id, { names: { de: "Nordstadt" }, centroidLat: 51.5, centroidLng: 7.4, postalCodes: [] }),
      ).rejects.toThrow();
    }
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: offerIds[0] } })).districtId).toBe(nord.id);
    expect((await db.prisma.postalCode.findUniqueOrThrow({ where: { code: "44135" } })).districtId).toBe(nord.id);
  });

  it("moves thousands of offers in one save and rewrites every search document", async () => {
    const nord = await save({ "name.de": "Nordstadt", postalCodes: "44135" });
    const provider = await db.prisma.organization.create({
      data: { slug: "anbieter-gross", name: "Großer Verein", status: "APPROVED", postalCode: "44135", districtId: nord.id },
    });
    const many = 2500;
    await db.prisma.offer.createMany({
      data: Array.from({ length: many }, (_, i) => ({
        slug: `viele-${i}`,
        title: `Angebot ${i}`,
        organizationId: provider.id,
        status: "PUBLISHED" as const,
        publishedAt: new Date("2026-01-01T10:00:00Z"),
        locationType: "ADDRESS" as const,
        postalCode: "44135",
        districtId: nord.id,
      })),
    });
    const sued = await save({ "name.de": "Hafenviertel" });
    await save({ "name.de": "Nordstadt", postalCodes: "" }, nord.id);
    const started = Date.now();
    const result = await updateDistrictFor(admin, sued.id, {
      names: { de: "Hafenviertel" },
      centroidLat: 51.5,
      centroidLng: 7.4,
      postalCodes: ["44135"],
    });
    expect(result.moved).toEqual({ offers: many, providers: 1 });
    expect(await db.prisma.offer.count({ where: { districtId: sued.id } })).toBe(many);
    // Every moved offer's search document names the new district (the documents were rewritten).
    invalidateSharedCache();
    expect((await searchOffers(parseOfferSearch({ q: "Hafenviertel" }).query, { pageSize: 1 })).total).toBe(many);
    expect((await searchOffers(parseOfferSearch({ stadtteil: "hafenviertel" }).query, { pageSize: 1 })).total).toBe(many);
    console.info(`moved ${many} offers and reindexed them in ${Date.now() - started} ms`);
  });
});
