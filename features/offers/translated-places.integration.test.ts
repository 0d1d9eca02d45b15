import { beforeAll, describe, expect, it } from "vitest";
import { loadSessionUser } from "@/features/accounts/session-user";
import type { SessionUser } from "@/features/accounts/types";
import { upcomingDatedOffers } from "@/features/home/queries";
import { getPublicProvider } from "@/features/providers/detail-queries";
import { searchOfferMarkers } from "@/features/search/offer-search";
import { parseOfferSearch } from "@/features/search/params/parse";
import { shownText, translationFor } from "@/lib/content-translation";
import { useTestDatabase } from "@/test/helpers/db";
import { publicOfferCalendar } from "./calendar-download";
import { getPublicOffer, similarOffers } from "./detail-queries";
import { createOfferFor } from "./mutations";
import { offerFormValues } from "./test-fixtures";

// Issue 14: every public place that shows an offer's text shows the visitor's translation where one
// exists, else the German original marked German — map markers, the .ics download, the home page's
// teasers, a provider's offer list and "similar offers" (real database).

const NOW = new Date("2026-11-27T10:00:00Z");
const turkish = { locale: "tr" as const, title: "Çocuklar için sirk okulu", summary: "Çocuklar için hokkabazlık", description: "" };

describe("translated offer texts outside the detail page", () => {
  const db = useTestDatabase();
  let member: SessionUser;
  let orgId: number;
  let orgSlug: string;
  let categoryId: number;
  let translated: { id: number; slug: string };
  let untranslated: { id: number; slug: string };

  beforeAll(async () => {
    categoryId = (await db.prisma.category.create({ data: { slug: "kultur", name: "Kultur" } })).id;
    const org = await db.prisma.organization.create({ data: { slug: "zirkus", name: "Zirkus Pimpernelli", status: "APPROVED" } });
    orgId = org.id;
    orgSlug = org.slug;
    const user = await db.prisma.user.create({
      data: { email: "a@example.test", name: "a", passwordHash: "x", emailVerifiedAt: NOW, termsAcceptedVersion: 1, termsAcceptedAt: NOW },
    });
    await db.prisma.membership.create({ data: { userId: user.id, organizationId: orgId, role: "ORG_ADMIN" } });
    member = (await loadSessionUser({ userId: user.id, sessionVersion: 0, sessionId: "test-session-0000000001" }))!;
    translated = await createOfferFor(
      member,
      offerFormValues(orgId, categoryId, { title: "Zirkusschule für Kinder", summary: "Jonglieren lernen", translations: [turkish] }),
      "publish",
      { now: NOW },
    );
    untranslated = await createOfferFor(member, offerFormValues(orgId, categoryId, { title: "Akrobatik am Dienstag" }), "publish", {
      now: NOW,
    });
    // Both on the map (the form's online offers have no place of their own).
    await db.prisma.offer.updateMany({ where: { id: { in: [translated.id, untranslated.id] } }, data: { lat: 51.5, lng: 7.46 } });
  });

  it("map markers carry the visitor's title and say which ones are German", async () => {
    const query = parseOfferSearch({}).query;
    const byId = async (locale?: string) =>
      new Map((await searchOfferMarkers(query, { now: NOW, locale })).map((m) => [m.id, [m.title, m.translated] as const]));
    const tr = await byId("tr");
    expect(tr.get(translated.id)).toEqual([turkish.title, true]);
    expect(tr.get(untranslated.id)).toEqual(["Akrobatik am Dienstag", false]);
    const ru = await byId("ru");
    expect(ru.get(translated.id)).toEqual(["Zirkusschule für Kinder", false]);
    for (const locale of [undefined, "de"]) expect((await byId(locale)).get(translated.id)).toEqual(["Zirkusschule für Kinder", false]);
  });

  it("the .ics download has the Turkish SUMMARY in /tr and falls back to German in /ru", async () => {
    const url = (slug: string) => `https://portal.example/x/${slug}`;
    const unfold = (ics: string) => ics.replace(/\r\n /g, "");
    const tr = await publicOfferCalendar(translated.slug, "tr", url, NOW);
    expect(tr?.eventCount).toBeGreaterThan(0);
    expect(unfold(tr!.ics)).toContain(`SUMMARY;LANGUAGE=tr:${turkish.title}`);
    expect(unfold(tr!.ics)).toContain(`DESCRIPTION;LANGUAGE=tr:${turkish.summary}\\n\\n${url(translated.slug)}`);
    const ru = await publicOfferCalendar(translated.slug, "ru", url, NOW);
    expect(unfold(ru!.ics)).toContain("SUMMARY:Zirkusschule für Kinder\r\n");
    expect(unfold(ru!.ics)).toContain("DESCRIPTION:Jonglieren lernen");
    expect(ru!.ics).not.toContain("LANGUAGE=");
    const de = await publicOfferCalendar(translated.slug, "de", url, NOW);
    expect(unfold(de!.ics)).toContain("SUMMARY:Zirkusschule für Kinder\r\n");
    // Not public: no calendar.
    await db.prisma.offer.update({ where: { id: untranslated.id }, data: { status: "DRAFT" } });
    try {
      expect(await publicOfferCalendar(untranslated.slug, "tr", url, NOW)).toBeNull();
    } finally {
      await db.prisma.offer.update({ where: { id: untranslated.id }, data: { status: "PUBLISHED" } });
    }
  });

  it("home teasers, the provider's offer list and similar offers carry the translations", async () => {
    const titleIn = (card: { title: string; translations: { locale: string; title: string }[] }, locale: string) => {
      const translation = translationFor(card.translations, locale);
      return shownText(card.title, translation, translation?.title);
    };
    const home = await upcomingDatedOffers(8, NOW);
    const homeCard = home.find((c) => c.id === translated.id)!;
    expect(titleIn(homeCard, "tr")).toMatchObject({ text: turkish.title, lang: "tr", translated: true });
    expect(titleIn(homeCard, "ru")).toMatchObject({ text: "Zirkusschule für Kinder", lang: "de", translated: false });

    const provider = await getPublicProvider(orgSlug, NOW);
    const providerCard = provider!.currentOffers.find((c) => c.id === translated.id)!;
    expect(titleIn(providerCard, "tr")?.text).toBe(turkish.title);

    const similar = await similarOffers({ id: untranslated.id, categoryIds: [categoryId] }, { now: NOW });
    const similarCard = similar.find((c) => c.id === translated.id)!;
    expect(titleIn(similarCard, "tr")?.text).toBe(turkish.title);
  });

  it("the offer page's provider box carries the organisation's translations", async () => {
    await db.prisma.organization.update({ where: { id: orgId }, data: { subline: "Zirkus für alle", summary: "Wir jonglieren." } });
    await db.prisma.organizationTranslation.create({
      data: { organizationId: orgId, locale: "tr", subline: "Herkes için sirk", summary: null, source: "HUMAN", reviewed: true },
    });
    const page = await getPublicOffer(translated.slug, NOW);
    const organization = page!.offer.organization;
    const tr = translationFor(organization.translations, "tr");
    expect(shownText(organization.subline, tr, tr?.subline)).toMatchObject({ text: "Herkes için sirk", lang: "tr", translated: true });
    // No Turkish summary: German, marked German.
    expect(shownText(organization.summary, tr, tr?.summary)).toMatchObject({ text: "Wir jonglieren.", lang: "de", translated: false });
    expect(translationFor(organization.translations, "ru")).toBeNull();
  });
});
