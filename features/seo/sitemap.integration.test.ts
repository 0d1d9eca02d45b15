import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { useTestDatabase } from "@/test/helpers/db";
import { sitemapEntries } from "./sitemap";
import { robotsRules } from "./robots";

const NOW = new Date("2026-06-01T10:00:00Z");
const day = (n: number) => new Date(NOW.getTime() + n * 24 * 60 * 60 * 1000);
const BASE = "https://portal.example";

describe("sitemap", () => {
  const db = useTestDatabase();

  beforeAll(async () => {
    const approved = await db.prisma.organization.create({ data: { slug: "approved-org", name: "Approved e.V.", status: "APPROVED" } });
    const hidden = await Promise.all(
      (["PENDING", "REJECTED", "BLOCKED"] as const).map((status) =>
        db.prisma.organization.create({ data: { slug: `org-${status.toLowerCase()}`, name: status, status } }),
      ),
    );
    const deletedOrg = await db.prisma.organization.create({
      data: { slug: "org-deleted", name: "Gone", status: "APPROVED", deletedAt: day(-1) },
    });
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
        offer("visible-permanent"),
        offer("visible-dated", { nextOccurrenceAt: day(3), endsAt: day(3) }),
        offer("draft", { status: "DRAFT" }),
        offer("pending-review", { status: "PENDING_REVIEW" }),
        offer("rejected", { status: "REJECTED" }),
        offer("blocked", { status: "BLOCKED" }),
        offer("archived", { status: "ARCHIVED" }),
        offer("deleted", { deletedAt: day(-1) }),
        offer("expired", { endsAt: day(-1) }),
        ...hidden.map((org) => offer(`of-${org.slug}`, { organizationId: org.id })),
        offer("of-deleted-org", { organizationId: deletedOrg.id }),
      ],
    });
  });

  it("lists static pages, current published offers and approved providers in every locale", async () => {
    const urls = (await sitemapEntries(BASE, { now: NOW })).map((entry) => entry.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        `${BASE}/de`,
        `${BASE}/en`,
        `${BASE}/de/angebote`,
        `${BASE}/en/offers`,
        `${BASE}/de/anbieter`,
        `${BASE}/en/providers`,
        `${BASE}/de/impressum`,
        `${BASE}/en/imprint`,
        `${BASE}/de/datenschutz`,
        `${BASE}/en/privacy`,
        `${BASE}/de/nutzungsbedingungen`,
        `${BASE}/en/terms`,
        `${BASE}/de/angebote/visible-permanent`,
        `${BASE}/en/offers/visible-permanent`,
        `${BASE}/de/angebote/visible-dated`,
        `${BASE}/en/offers/visible-dated`,
        `${BASE}/de/anbieter/approved-org`,
        `${BASE}/en/providers/approved-org`,
      ]),
    );
    // 6 static pages + 2 offers + 1 provider, each in 6 locales.
    expect(urls).toHaveLength(54);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("never lists drafts, pending, rejected, blocked, archived, deleted or expired offers or non-approved providers", async () => {
    const urls = (await sitemapEntries(BASE, { now: NOW })).map((entry) => entry.url);
    const offerSlugs = urls.filter((url) => url.includes("/angebote/") || url.includes("/offers/")).map((url) => url.split("/").pop());
    expect(new Set(offerSlugs)).toEqual(new Set(["visible-permanent", "visible-dated"]));
    const providerSlugs = urls
      .filter((url) => url.includes("/anbieter/") || url.includes("/providers/"))
      .map((url) => url.split("/").pop());
    expect(new Set(providerSlugs)).toEqual(new Set(["approved-org"]));
  });

  it("drops an offer once it has ended", async () => {
    const urls = (await sitemapEntries(BASE, { now: day(5) })).map((entry) => entry.url);
    expect(urls).not.toContain(`${BASE}/de/angebote/visible-dated`);
    expect(urls).toContain(`${BASE}/de/angebote/visible-permanent`);
  });

  it("links the language versions of each page to each other", async () => {
    const entries = await sitemapEntries(BASE, { now: NOW });
    const offer = entries.find((entry) => entry.url === `${BASE}/en/offers/visible-permanent`);
    expect(offer?.alternates?.languages).toEqual({
      de: `${BASE}/de/angebote/visible-permanent`,
      en: `${BASE}/en/offers/visible-permanent`,
      tr: `${BASE}/tr/offers/visible-permanent`,
      ar: `${BASE}/ar/offers/visible-permanent`,
      uk: `${BASE}/uk/offers/visible-permanent`,
      ru: `${BASE}/ru/offers/visible-permanent`,
    });
    expect(offer?.lastModified).toBeInstanceOf(Date);
  });
});

describe("robots", () => {
  it("points to the sitemap and keeps account pages and APIs out", () => {
    const robots = robotsRules(BASE);
    expect(robots.sitemap).toBe(`${BASE}/sitemap.xml`);
    const rules = Array.isArray(robots.rules) ? robots.rules[0] : robots.rules;
    expect(rules.disallow).toEqual(expect.arrayContaining(["/api/", "/de/konto", "/en/account"]));
  });
});
