import type { Page } from "@playwright/test";
import { reindexOffer } from "../features/search/fts";
import { clickWhenHydrated, deText, DEMO_LOGINS, DEMO_PASSWORD, expect, test, waitForHydration } from "./fixtures";
import { newPage } from "./flows";

// Issue 12 end to end: what residents do in a real browser reaches the planner charts — searches
// (with and without results) and offer views — counted once per page shown, never for prefetches;
// the planner area is closed to providers and anonymous visitors. Expectations come from the e2e
// database; unique search terms, and a provider and offer of the test's own at an unused postal code,
// keep parallel specs out of each other's counts (never a global total).

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto("/de/anmelden");
  await page.getByLabel(deText("Auth.emailLabel"), { exact: true }).fill(email);
  await page.getByLabel(deText("Auth.passwordLabel"), { exact: true }).fill(DEMO_PASSWORD);
  await clickWhenHydrated(page.getByRole("button", { name: deText("Auth.submit"), exact: true }));
}

/** The table under a chart ("Als Tabelle anzeigen" opens it). */
async function chartTable(page: Page, titleKey: string) {
  const section = page.getByRole("region", { name: deText(titleKey), exact: true });
  const summary = section.getByText(deText("Analytics.showTable"), { exact: true });
  if (await summary.isVisible()) await summary.click();
  return section.getByRole("table");
}

/** The number in the row whose header is `label` (a two-column table). */
async function expectRowValue(table: ReturnType<Page["getByRole"]>, label: string, value: number) {
  const row = table.getByRole("row").filter({ has: table.page().getByRole("rowheader", { name: label, exact: true }) });
  await expect(row.getByRole("cell").last()).toHaveText(String(value));
}

test.describe("planner analytics", () => {
  test("searches and offer views made in the browser show up in the planner charts, once each, and filters narrow them @mobile", async ({
    browser,
    db,
  }) => {
    // Three browsers and a dozen pages: more than the default 30 s on a loaded two-core machine.
    test.setTimeout(150_000);
    const stamp = Date.now().toString(36);
    const missing = `zzqx${stamp}`; // no offer has this word
    const withCategory = `zzqy${stamp}`;
    const withoutCategory = `zzqz${stamp}`;
    // A provider and an offer of this test's own, at a postal code nobody else uses: the counts below are
    // exact however many other browsers view other pages at the same time (desktop and mobile run in parallel).
    const prefix = test.info().project.name === "mobile" ? "02" : "01";
    let plz = "";
    for (let n = parseInt(stamp.slice(-4), 36) % 1000; ; n = (n + 1) % 1000) {
      plz = `${prefix}${String(n).padStart(3, "0")}`;
      const taken = (await db.offer.count({ where: { postalCode: plz } })) + (await db.organization.count({ where: { postalCode: plz } }));
      if (taken === 0) break;
    }
    const category = await db.category.findFirstOrThrow({
      where: { parentId: null },
      orderBy: { position: "asc" },
      select: { id: true, slug: true },
    });
    const now = new Date();
    const org = await db.organization.create({
      data: {
        slug: `auswertung-${stamp}`,
        name: `Auswertungsverein ${stamp}`,
        status: "APPROVED",
        approvedAt: now,
        email: `kontakt-${stamp}@example.org`,
        postalCode: plz,
        city: "Musterstadt",
        categories: { create: [{ categoryId: category.id }] },
      },
      select: { id: true, slug: true, name: true },
    });
    const offer = await db.offer.create({
      data: {
        slug: `auswertungskurs-${stamp}`,
        organizationId: org.id,
        title: `Auswertungskurs ${stamp}`,
        status: "PUBLISHED",
        publishedAt: now,
        lastConfirmedAt: now,
        scheduleKind: "PERMANENT",
        locationType: "ADDRESS",
        street: "Teststraße 1",
        postalCode: plz,
        city: "Musterstadt",
        categories: { create: [{ categoryId: category.id }] },
      },
      select: { id: true, slug: true, title: true },
    });
    await reindexOffer(db, offer.id);

    const resident = await newPage(browser);
    // A search without results: one event, however many queries the page ran.
    await resident.goto(`/de/angebote?q=${missing}`);
    await expect(resident.getByRole("heading", { name: deText("Search.resultCount", { count: 0 }) })).toBeVisible();
    await expect.poll(() => db.analyticsEvent.count({ where: { type: "SEARCH", term: missing } })).toBe(1);
    // The same search shown on the map is a second search; the same page shown again after going back is not.
    await resident.goto(`/de/angebote?q=${missing}&ansicht=karte`);
    await expect.poll(() => db.analyticsEvent.count({ where: { type: "SEARCH", term: missing } })).toBe(2);
    expect(await db.analyticsEvent.count({ where: { type: "SEARCH", term: missing, view: "map", zeroResult: true } })).toBe(1);
    // Two searches at the postal code, one of them in a category: the filters are counted with them.
    await resident.goto(`/de/angebote?q=${withCategory}&kategorie=${category.slug}&ort=${plz}`);
    await expect.poll(() => db.analyticsEvent.count({ where: { type: "SEARCH", term: withCategory } })).toBe(1);
    await resident.goto(`/de/angebote?q=${withoutCategory}&ort=${plz}`);
    await expect.poll(() => db.analyticsEvent.count({ where: { type: "SEARCH", term: withoutCategory } })).toBe(1);
    const filtered = await db.analyticsEvent.findFirstOrThrow({ where: { type: "SEARCH", term: withCategory } });
    expect(JSON.parse(filtered.filters ?? "[]")).toEqual(expect.arrayContaining([`kategorie=${category.slug}`, `ort=${plz}`]));

    // An offer page, opened from its address: one view.
    await resident.goto(`/de/angebote/${offer.slug}`);
    await expect(resident.getByRole("heading", { level: 1, name: offer.title })).toBeVisible();
    await expect.poll(() => db.analyticsEvent.count({ where: { type: "OFFER_VIEW", offerId: offer.id } })).toBe(1);
    // Nothing about the visitor is stored.
    const stored = await db.analyticsEvent.findFirstOrThrow({ where: { type: "SEARCH", term: missing }, orderBy: { id: "asc" } });
    expect(Object.keys(stored).sort()).toEqual(
      [
        "categoryId",
        "contactKind",
        "createdAt",
        "day",
        "filters",
        "id",
        "locale",
        "offerId",
        "organizationId",
        "resultCount",
        "term",
        "type",
        "view",
        "zeroResult",
      ].sort(),
    );
    expect(stored).toMatchObject({ locale: "de", resultCount: 0, filters: null });
    // A provider page: one view, and a click on its e-mail address one contact click.
    const providerViews = () => db.analyticsEvent.count({ where: { type: "PROVIDER_VIEW", organizationId: org.id } });
    await resident.goto(`/de/anbieter/${org.slug}`);
    const mail = resident.locator('a[data-analytics-contact="mail"]').first();
    await waitForHydration(mail);
    // The view is sent by the same effect that starts listening for contact clicks.
    await expect.poll(providerViews).toBe(1);
    // Keep the browser from opening a mail program; the page's own listener still sees the click.
    await resident.evaluate(() => document.addEventListener("click", (event) => event.preventDefault()));
    await mail.click();
    await mail.click();
    await expect
      .poll(() => db.analyticsEvent.count({ where: { type: "CONTACT", contactKind: "mail", organizationId: org.id, offerId: null } }))
      .toBe(1);
    await resident.context().close();

    // The planner lands in the analytics area after login and finds both.
    const planner = await newPage(browser);
    await logIn(planner, DEMO_LOGINS.planner);
    await expect(planner).toHaveURL(/\/de\/auswertung$/);
    await expect(planner.getByRole("heading", { level: 1, name: deText("Analytics.title") })).toBeVisible();
    const zero = await chartTable(planner, "Analytics.charts.zeroResultTerms.title");
    await expect(zero.getByRole("row").filter({ hasText: missing })).toContainText("2");
    // The week chart's table marks the current week.
    const weeks = await chartTable(planner, "Analytics.charts.offersPerWeek.title");
    await expect(weeks.getByRole("rowheader").filter({ hasText: deText("Analytics.currentWeek") })).toHaveCount(1);

    // Filtered by the postal code: the two searches made there, not the others; this offer and provider, once each.
    await planner.goto(`/de/auswertung?plz=${plz}`);
    const terms = await chartTable(planner, "Analytics.charts.topTerms.title");
    await expectRowValue(terms, withCategory, 1);
    await expectRowValue(terms, withoutCategory, 1);
    await expect(terms.getByRole("rowheader", { name: missing, exact: true })).toHaveCount(0);
    await expectRowValue(await chartTable(planner, "Analytics.charts.topOffers.title"), offer.title, 1);
    await expectRowValue(await chartTable(planner, "Analytics.charts.topProviders.title"), org.name, 1);
    const totals = await chartTable(planner, "Analytics.charts.contactClicks.title");
    await expectRowValue(totals, deText("Analytics.totals.searches"), 2);
    await expectRowValue(totals, deText("Analytics.totals.offerViews"), 1);
    await expectRowValue(totals, deText("Analytics.totals.providerViews"), 1);
    await expectRowValue(totals, deText("Analytics.totals.mail"), 1);
    // Each demand chart says what the filters mean for it.
    await expect(planner.getByText(deText("Analytics.appliesTo.searches")).first()).toBeVisible();
    // And the category as well: only the search made in that category.
    await planner.goto(`/de/auswertung?plz=${plz}&kategorie=${category.id}`);
    const categoryTerms = await chartTable(planner, "Analytics.charts.topTerms.title");
    await expectRowValue(categoryTerms, withCategory, 1);
    await expect(categoryTerms.getByRole("rowheader", { name: withoutCategory, exact: true })).toHaveCount(0);
    await expectRowValue(await chartTable(planner, "Analytics.charts.contactClicks.title"), deText("Analytics.totals.searches"), 1);

    // CSV download of the zero-result terms, authorized by the planner's session.
    const csv = await planner.request.get(`/api/analytics/zero-result-terms?format=csv`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(`${missing},2`);
    // And of the filtered top terms: the same filter in the link.
    const filteredCsv = await planner.request.get(`/api/analytics/top-terms?format=csv&plz=${plz}&kategorie=${category.id}`);
    expect(await filteredCsv.text()).toContain(`${withCategory},1`);
    expect(await filteredCsv.text()).not.toContain(withoutCategory);
    await planner.context().close();
    await db.offer.delete({ where: { id: offer.id } });
    await db.organization.delete({ where: { id: org.id } });
  });

  test("prefetched pages count nothing", async ({ page, db }) => {
    const prefetches: string[] = [];
    page.on("request", (request) => {
      const headers = request.headers();
      if (headers["next-router-prefetch"] || headers["rsc"]) prefetches.push(request.url());
    });
    await page.goto("/de/anbieter");
    // Hovering result links makes the router prefetch them. Counted below: only events of the hovered
    // providers (other tests view other pages in parallel); the last links, which other specs rarely open.
    const links = page.getByRole("main").locator('a[href^="/de/anbieter/"]');
    const total = await links.count();
    const hovered = Array.from({ length: Math.min(total, 5) }, (_, i) => total - 1 - i);
    const slugs = await Promise.all(
      hovered.map(async (i) => (await links.nth(i).getAttribute("href"))!.split("/").pop()!.split(/[?#]/)[0]),
    );
    const organizations = await db.organization.findMany({ where: { slug: { in: slugs } }, select: { id: true } });
    expect(organizations.length).toBeGreaterThan(0);
    const theirEvents = () =>
      db.analyticsEvent.count({
        where: { type: { in: ["OFFER_VIEW", "PROVIDER_VIEW"] }, organizationId: { in: organizations.map((o) => o.id) } },
      });
    const eventsBefore = await theirEvents();
    for (const i of hovered) await links.nth(i).hover();
    await page.waitForTimeout(1500);
    expect(prefetches.length).toBeGreaterThan(0);
    expect(await theirEvents()).toBe(eventsBefore);
  });

  test("the planner area and its downloads are closed to anonymous visitors and providers", async ({ page, browser }) => {
    await page.goto("/de/auswertung");
    await expect(page).toHaveURL(/\/de\/anmelden/);
    expect((await page.request.get("/api/analytics/offers-per-week?format=csv")).status()).toBe(401);

    const provider = await newPage(browser);
    await logIn(provider, DEMO_LOGINS.providerAdmin);
    await expect(provider).toHaveURL(/\/de\/konto$/);
    expect((await provider.goto("/de/auswertung"))?.status()).toBe(404);
    expect((await provider.request.get("/api/analytics/offers-per-week?format=xlsx")).status()).toBe(403);
    await provider.goto("/de/konto/statistik");
    await expect(provider.getByRole("heading", { level: 1, name: deText("Analytics.provider.title") })).toBeVisible();
    await provider.context().close();
  });
});
