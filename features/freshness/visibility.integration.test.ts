import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/features/accounts/types";
import { upcomingDatedOffers } from "@/features/home/queries";
import { getPublicOffer, similarOffers } from "@/features/offers/detail-queries";
import { refreshPassedNextDates } from "@/features/offers/refresh-next-dates";
import { createOfferFor, updateOfferFor } from "@/features/offers/mutations";
import { offerFormValues } from "@/features/offers/test-fixtures";
import { addMember, createUser, sessionUser } from "@/features/organizations/test-fixtures";
import { getPublicProvider } from "@/features/providers/detail-queries";
import { categoryCounts, countOffersAndProviders, searchOfferMarkers, searchOffers } from "@/features/search/offer-search";
import { parseOfferSearch } from "@/features/search/params/parse";
import { sitemapOffers } from "@/features/seo/queries";
import { invalidateSharedCache } from "@/lib/shared-cache";
import { useTestDatabase } from "@/test/helpers/db";

// Hiding as "veraltet" goes through the one visibility rule: every public surface drops the offer,
// and confirming (the one-click link) or editing brings it back on all of them at once.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/features/accounts/session", async () => (await import("@/test/helpers/action-context")).actionSessionModule(session));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("@/test/helpers/action-context")).germanTranslationsModule());

const { confirmFreshnessAction } = await import("./actions");
const { archiveExpiredOffers, hideStaleOffers, remindUnconfirmed } = await import("./rules");
const { issueFreshnessToken } = await import("./tokens");

const NOW = new Date("2026-11-01T10:00:00Z");
const DAY = 86_400_000;
const query = parseOfferSearch({}).query;

describe("stale-hidden offers on every public surface", () => {
  const db = useTestDatabase();
  let provider: SessionUser;
  let orgSlug: string;
  let org: number;
  let category: number;
  let target: { id: number; slug: string };
  let control: { id: number; slug: string };

  async function create(title: string) {
    const saved = await createOfferFor(provider, offerFormValues(org, category, { title }), "publish", {
      now: new Date(NOW.getTime() - 300 * DAY),
    });
    await db.prisma.offer.update({ where: { id: saved.id }, data: { lat: 51.51, lng: 7.46 } });
    return { id: saved.id, slug: saved.slug };
  }

  /** Where the offer shows at `now` (the shared cache is off in tests unless a test turns it on). */
  async function surfaces(offer: { id: number; slug: string }, now: Date) {
    const counts = await categoryCounts({ now });
    const provider = await getPublicProvider(orgSlug, now);
    return {
      search: (await searchOffers(query, { now })).offers.some((o) => o.id === offer.id),
      searchByWord: (await searchOffers(parseOfferSearch({ q: "Zirkusschule" }).query, { now })).offers.some((o) => o.id === offer.id),
      map: (await searchOfferMarkers(query, { now })).some((m) => m.id === offer.id),
      count: (await countOffersAndProviders(query, { now })).offers,
      categoryCount: counts.find((c) => c.slug === "zirkus")?.count ?? 0,
      home: (await upcomingDatedOffers(8, now)).some((o) => o.id === offer.id),
      sitemap: (await sitemapOffers({ now })).some((o) => o.slug === offer.slug),
      providerPage: [...provider!.currentOffers, ...provider!.pastOffers].some((o) => o.id === offer.id),
      offerPage: (await getPublicOffer(offer.slug, now)) !== null,
      similar: (await similarOffers({ id: control.id, categoryIds: [category] }, { now })).some((o) => o.id === offer.id),
    };
  }

  const everywhere = {
    search: true,
    searchByWord: true,
    map: true,
    count: 2,
    categoryCount: 2,
    home: true,
    sitemap: true,
    providerPage: true,
    offerPage: true,
    similar: true,
  };
  const nowhere = {
    search: false,
    searchByWord: false,
    map: false,
    count: 1,
    categoryCount: 1,
    home: false,
    sitemap: false,
    providerPage: false,
    offerPage: false,
    similar: false,
  };

  beforeAll(async () => {
    const organization = await db.prisma.organization.create({
      data: { slug: "zirkus-ev", name: "Zirkus e.V.", status: "APPROVED", lastConfirmedAt: NOW },
    });
    org = organization.id;
    orgSlug = organization.slug;
    category = (await db.prisma.category.create({ data: { slug: "zirkus", name: "Zirkus" } })).id;
    const userId = await createUser(db.prisma, "Paula");
    await addMember(db.prisma, userId, org, "ORG_ADMIN");
    provider = await sessionUser(userId);
    target = await create("Zirkusschule Ziel");
    control = await create("Zirkusschule Kontrolle");
    await refreshPassedNextDates(NOW); // the daily job: next dates from NOW on (home lists upcoming dates)
  });

  it("hides after the unanswered reminder, and the one-click confirmation brings it back everywhere", async () => {
    expect(await surfaces(target, NOW)).toEqual(everywhere);
    // The control was confirmed recently; the target's last confirmation is 300 days old.
    await db.prisma.offer.update({ where: { id: control.id }, data: { lastConfirmedAt: NOW } });
    expect((await remindUnconfirmed(NOW, { baseUrl: "http://x" })).items).toBe(1);
    const later = new Date(NOW.getTime() + 30 * DAY);
    expect((await hideStaleOffers(later, { baseUrl: "http://x" })).items).toBe(1);
    await refreshPassedNextDates(later);
    expect(await surfaces(target, later)).toEqual(nowhere);
    expect(await surfaces(control, later)).toMatchObject({ search: true, map: true, home: true, sitemap: true, offerPage: true });

    const token = await issueFreshnessToken(db.prisma, { offerId: target.id });
    const form = new FormData();
    form.append("token", token);
    expect((await confirmFreshnessAction(null, form)).ok).toBe(true);
    expect(await surfaces(target, later)).toEqual(everywhere);
  });

  it("an edit by the provider brings a hidden offer back at once", async () => {
    await db.prisma.offer.update({ where: { id: target.id }, data: { staleHiddenAt: NOW } });
    expect(await surfaces(target, NOW)).toEqual(nowhere);
    await updateOfferFor(provider, target.id, offerFormValues(org, category, { title: "Zirkusschule Ziel" }), "publish", { now: NOW });
    await db.prisma.offer.update({ where: { id: target.id }, data: { lat: 51.51, lng: 7.46 } }); // an online offer: no map point of its own
    expect(await surfaces(target, NOW)).toEqual(everywhere);
  });

  it("the shared cache drops counts and markers when the link confirms", async () => {
    const previous = process.env.SHARED_CACHE_TTL_MS;
    process.env.SHARED_CACHE_TTL_MS = "60000";
    try {
      await db.prisma.offer.update({ where: { id: target.id }, data: { staleHiddenAt: NOW } });
      invalidateSharedCache();
      const zirkus = async () => (await categoryCounts()).find((c) => c.slug === "zirkus")?.count;
      expect(await zirkus()).toBe(1); // now cached
      const token = await issueFreshnessToken(db.prisma, { offerId: target.id });
      const form = new FormData();
      form.append("token", token);
      expect((await confirmFreshnessAction(null, form)).ok).toBe(true);
      expect(await zirkus()).toBe(2); // the action's revalidation dropped the cached value
    } finally {
      if (previous === undefined) delete process.env.SHARED_CACHE_TTL_MS;
      else process.env.SHARED_CACHE_TTL_MS = previous;
      invalidateSharedCache();
    }
  });

  it("archives an ended offer: off the search, kept as past on the provider page and its own page", async () => {
    const ended = new Date("2027-07-05T10:00:00Z"); // after the course's last date (30 Jun 2027)
    expect((await archiveExpiredOffers(ended)).archived).toBe(2);
    const page = await getPublicProvider(orgSlug, ended);
    expect(page!.currentOffers).toEqual([]);
    expect(page!.pastOffers.map((o) => o.id).sort()).toEqual([target.id, control.id].sort());
    expect((await searchOffers(query, { now: ended })).total).toBe(0);
    expect(await getPublicOffer(target.slug, ended)).toMatchObject({ expired: true });
    // A stale-hidden past offer is not shown as past either.
    await db.prisma.offer.update({ where: { id: target.id }, data: { staleHiddenAt: ended } });
    expect((await getPublicProvider(orgSlug, ended))!.pastOffers.map((o) => o.id)).toEqual([control.id]);
  });
});
