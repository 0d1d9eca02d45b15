import type { Page } from "@playwright/test";
import { publishedOffersWhere } from "../features/search/visibility";
import { clickWhenHydrated, deText, DEMO_LOGINS, DEMO_PASSWORD, expect, test, waitForHydration } from "./fixtures";
import { newPage } from "./flows";

// Issue 12 end to end: what residents do in a real browser reaches the planner charts — searches
// (with and without results) and offer views — counted once per page shown, never for prefetches;
// the planner area is closed to providers and anonymous visitors. Expectations come from the e2e
// database; unique search terms keep parallel specs out of each other's counts.

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

test.describe("planner analytics", () => {
  test("searches and offer views made in the browser show up in the planner charts, once each @mobile", async ({ browser, db }) => {
    // Three browsers and a dozen pages: more than the default 30 s on a loaded two-core machine.
    test.setTimeout(120_000);
    const stamp = Date.now().toString(36);
    const missing = `zzqx${stamp}`; // no offer has this word
    // The offer viewed most in the default range (the last 12 weeks), so it is in the "most viewed" top list.
    const since = new Date(Date.now() - 80 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const [top] = await db.analyticsDaily.groupBy({
      by: ["offerId"],
      where: { metric: "OFFER_VIEW", day: { gte: since } },
      _sum: { count: true },
      orderBy: { _sum: { count: "desc" } },
      take: 1,
    });
    const offer = await db.offer.findFirstOrThrow({
      where: top ? { id: top.offerId } : publishedOffersWhere(),
      orderBy: { id: "asc" },
      select: { id: true, slug: true, title: true },
    });
    const viewsBefore = await db.analyticsEvent.count({ where: { type: "OFFER_VIEW", offerId: offer.id } });

    const resident = await newPage(browser);
    // A search without results: one event, however many queries the page ran.
    await resident.goto(`/de/angebote?q=${missing}`);
    await expect(resident.getByRole("heading", { name: deText("Search.resultCount", { count: 0 }) })).toBeVisible();
    await expect.poll(() => db.analyticsEvent.count({ where: { type: "SEARCH", term: missing } })).toBe(1);
    // The same search shown on the map is a second search; the same page shown again after going back is not.
    await resident.goto(`/de/angebote?q=${missing}&ansicht=karte`);
    await expect.poll(() => db.analyticsEvent.count({ where: { type: "SEARCH", term: missing } })).toBe(2);
    expect(await db.analyticsEvent.count({ where: { type: "SEARCH", term: missing, view: "map", zeroResult: true } })).toBe(1);

    // An offer page, opened from its address: one view.
    await resident.goto(`/de/angebote/${offer.slug}`);
    await expect(resident.getByRole("heading", { level: 1, name: offer.title })).toBeVisible();
    await expect.poll(() => db.analyticsEvent.count({ where: { type: "OFFER_VIEW", offerId: offer.id } })).toBe(viewsBefore + 1);
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
    const provider = await db.organization.findFirstOrThrow({
      where: { status: "APPROVED", deletedAt: null, email: { not: null } },
      orderBy: { id: "asc" },
      select: { id: true, slug: true },
    });
    const contactsBefore = await db.analyticsEvent.count({ where: { type: "CONTACT", organizationId: provider.id, offerId: null } });
    const providerViews = () => db.analyticsEvent.count({ where: { type: "PROVIDER_VIEW", organizationId: provider.id } });
    const viewsOfProvider = await providerViews();
    await resident.goto(`/de/anbieter/${provider.slug}`);
    const mail = resident.locator('a[data-analytics-contact="mail"]').first();
    await waitForHydration(mail);
    // The view is sent by the same effect that starts listening for contact clicks.
    await expect.poll(providerViews).toBe(viewsOfProvider + 1);
    // Keep the browser from opening a mail program; the page's own listener still sees the click.
    await resident.evaluate(() => document.addEventListener("click", (event) => event.preventDefault()));
    await mail.click();
    await mail.click();
    await expect
      .poll(() => db.analyticsEvent.count({ where: { type: "CONTACT", contactKind: "mail", organizationId: provider.id, offerId: null } }))
      .toBe(contactsBefore + 1);
    await resident.context().close();

    // The planner lands in the analytics area after login and finds both.
    const planner = await newPage(browser);
    await logIn(planner, DEMO_LOGINS.planner);
    await expect(planner).toHaveURL(/\/de\/auswertung$/);
    await expect(planner.getByRole("heading", { level: 1, name: deText("Analytics.title") })).toBeVisible();
    const zero = await chartTable(planner, "Analytics.charts.zeroResultTerms.title");
    await expect(zero.getByRole("row").filter({ hasText: missing })).toContainText("2");
    const viewed = await chartTable(planner, "Analytics.charts.topOffers.title");
    await expect(viewed.getByRole("row").filter({ hasText: offer.title }).first()).toBeVisible();
    // The week chart's table marks the current week.
    const weeks = await chartTable(planner, "Analytics.charts.offersPerWeek.title");
    await expect(weeks.getByRole("rowheader").filter({ hasText: deText("Analytics.currentWeek") })).toHaveCount(1);

    // CSV download of the zero-result terms, authorized by the planner's session.
    const csv = await planner.request.get(`/api/analytics/zero-result-terms?format=csv`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(`${missing},2`);
    await planner.context().close();
  });

  test("prefetched pages count nothing", async ({ page, db }) => {
    const eventsBefore = await db.analyticsEvent.count({ where: { type: { in: ["OFFER_VIEW", "PROVIDER_VIEW"] } } });
    const prefetches: string[] = [];
    page.on("request", (request) => {
      const headers = request.headers();
      if (headers["next-router-prefetch"] || headers["rsc"]) prefetches.push(request.url());
    });
    await page.goto("/de/anbieter");
    // Hovering result links makes the router prefetch them.
    const links = page.getByRole("main").locator('a[href^="/de/anbieter/"]');
    const count = Math.min(await links.count(), 5);
    for (let i = 0; i < count; i++) await links.nth(i).hover();
    await page.waitForTimeout(1500);
    expect(prefetches.length).toBeGreaterThan(0);
    expect(await db.analyticsEvent.count({ where: { type: { in: ["OFFER_VIEW", "PROVIDER_VIEW"] } } })).toBe(eventsBefore);
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
