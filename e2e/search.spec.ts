import type { Page } from "@playwright/test";
import { currentOfferCount, currentOfferTitlesOf, deText, expect, offerBySlug, searchKeyword, test } from "./fixtures";

// The resident's path: search → filter → map → offer → provider, on desktop and (tagged @mobile)
// at 360 px. Expectations (keyword, counts, titles) come from the e2e database.

const OFFERS_PATH = "/de/angebote";

/** "19 Angebote" / "1 Angebot" / "Keine Angebote" (Search.resultCount) → the number. */
const RESULT_COUNT = new RegExp(
  `^(?:${escapeRegExp(deText("Search.resultCount", { count: 0 }))}|(\\d[\\d.]*) (?:${escapeRegExp(deText("Search.resultCount", { count: 1 }).replace(/^1 /, ""))}|${escapeRegExp(deText("Search.resultCount", { count: 2 }).replace(/^2 /, ""))}))$`,
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

async function resultCount(page: Page): Promise<number> {
  const heading = page.getByRole("heading", { name: RESULT_COUNT });
  await expect(heading).toBeVisible();
  const match = RESULT_COUNT.exec((await heading.innerText()).trim());
  return match?.[1] ? Number(match[1].replace(/\./g, "")) : 0;
}

/** On phones the filter form is folded into a disclosure ("Filter (n aktiv)"); open it when it is closed. */
async function openFilters(page: Page): Promise<void> {
  const keyword = filterForm(page).getByLabel(deText("Search.keyword"), { exact: true });
  const wide = (page.viewportSize()?.width ?? 0) >= 1024; // Tailwind's lg: an always-open sidebar
  if (!wide) {
    const summary = page
      .locator("summary")
      .filter({ hasText: /^Filter/ })
      .first();
    await expect(summary).toBeVisible();
    if (!(await keyword.isVisible())) await summary.click();
  }
  await expect(keyword).toBeVisible();
}

function filterForm(page: Page) {
  return page.getByRole("search", { name: deText("Search.formLabel") });
}

/** The offer cards of the current result page. */
function resultCards(page: Page) {
  return page.getByRole("main").getByRole("article");
}

test.describe("offer search", { tag: "@mobile" }, () => {
  // Several full page loads and the map per test; generous for a busy two-core machine.
  test.describe.configure({ timeout: 90_000 });

  test("search → filter → map → offer → provider", async ({ page, db }) => {
    const [{ keyword, titleMatches, freeTitleMatches }, total] = await Promise.all([searchKeyword(db), currentOfferCount(db)]);

    await page.goto(OFFERS_PATH);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(deText("Search.title"));
    expect(await resultCount(page)).toBe(total);

    // Keyword.
    await openFilters(page);
    const form = filterForm(page);
    await form.getByLabel(deText("Search.keyword"), { exact: true }).fill(keyword);
    await form.getByRole("button", { name: deText("Search.submit"), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]q=${keyword}`));
    const withKeyword = await resultCount(page);
    expect(withKeyword).toBeGreaterThanOrEqual(titleMatches);
    expect(withKeyword).toBeLessThan(total);
    await expect(
      resultCards(page)
        .getByRole("heading", { name: new RegExp(escapeRegExp(keyword), "i") })
        .first(),
    ).toBeVisible();

    // Filter: free of charge. The count drops (the seed has paid matches) and every card is free.
    await openFilters(page);
    await expect(form.getByLabel(deText("Search.keyword"), { exact: true })).toHaveValue(keyword);
    await form.getByRole("checkbox", { name: deText("Search.free"), exact: true }).check();
    await form.getByRole("button", { name: deText("Search.submit"), exact: true }).click();
    await expect(page).toHaveURL(/[?&]kostenlos=1/);
    const free = await resultCount(page);
    expect(free).toBeLessThan(withKeyword);
    expect(free).toBeGreaterThanOrEqual(freeTitleMatches);
    const cards = resultCards(page);
    await expect(cards).toHaveCount(Math.min(free, 20));
    for (const card of await cards.all()) await expect(card.getByText(deText("Home.free"), { exact: true })).toBeVisible();

    // Map: markers (or clusters) appear although tiles cannot load.
    const views = page.getByRole("navigation", { name: deText("Search.viewLabel") });
    await views.getByRole("link", { name: deText("Search.viewMap"), exact: true }).click();
    await expect(page).toHaveURL(/[?&]ansicht=karte/);
    await expect(page.locator(".leaflet-container")).toBeVisible({ timeout: 20_000 });
    await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
    await expect(page.getByText(/\d+ Treffer auf der Karte/)).toBeVisible();

    // Back to the list and open the first result.
    await views.getByRole("link", { name: deText("Search.viewList"), exact: true }).click();
    await expect(page).not.toHaveURL(/ansicht=karte/);
    const first = resultCards(page).first();
    const title = (await first.getByRole("heading").first().innerText()).trim();
    await first.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/de\/angebote\/[^/?#]+$/);
    const slug = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
    const offer = await offerBySlug(db, slug);
    expect(offer.title).toBe(title);

    // Offer page: title, schedule, provider box.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("heading", { name: deText("OfferDetail.when"), exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: deText("OfferDetail.provider"), exact: true })).toBeVisible();
    const toProvider = page.getByRole("link", { name: deText("OfferDetail.toProvider", { provider: offer.organization.name }) });
    await expect(toProvider).toBeVisible();

    // Provider page: lists its current offers, among them this one.
    await toProvider.click();
    await expect(page).toHaveURL(new RegExp(`/de/anbieter/${offer.organization.slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(offer.organization.name);
    const titles = await currentOfferTitlesOf(db, offer.organization.slug);
    const current = page.getByRole("region", { name: deText("ProviderDetail.currentOffers", { count: titles.length }) });
    await expect(current).toBeVisible();
    await expect(current.getByRole("heading", { name: title, exact: true }).first()).toBeVisible();
    const shown = await current.getByRole("article").getByRole("heading", { level: 3 }).allInnerTexts();
    expect(shown.map((t) => t.trim()).sort()).toEqual([...titles].sort());
  });

  test("the back button restores the filters after visiting an offer", async ({ page, db }) => {
    const { keyword } = await searchKeyword(db);
    await page.goto(`${OFFERS_PATH}?q=${encodeURIComponent(keyword)}`);
    await openFilters(page);
    const form = filterForm(page);
    await form.getByRole("checkbox", { name: deText("Search.free"), exact: true }).check();
    await form.getByRole("button", { name: deText("Search.submit"), exact: true }).click();
    await expect(page).toHaveURL(/[?&]kostenlos=1/);
    const count = await resultCount(page);
    const searchUrl = page.url();

    const first = resultCards(page).first();
    const title = (await first.getByRole("heading").first().innerText()).trim();
    await first.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/de\/angebote\/[^/?#]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

    await page.goBack();
    await expect(page).toHaveURL(searchUrl);
    expect(await resultCount(page)).toBe(count);
    await openFilters(page);
    await expect(form.getByLabel(deText("Search.keyword"), { exact: true })).toHaveValue(keyword);
    await expect(form.getByRole("checkbox", { name: deText("Search.free"), exact: true })).toBeChecked();
  });

  test("the back button returns to the same scroll position in the result list", async ({ page }) => {
    await page.goto(OFFERS_PATH);
    const cards = resultCards(page);
    await expect(cards.nth(11)).toBeVisible();
    const target = cards.nth(11);
    await target.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 40));
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(300);
    const title = (await target.getByRole("heading").first().innerText()).trim();

    await target.getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${OFFERS_PATH}$`));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 60);
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(scrolled + 60);
    await expect(cards.nth(11).getByRole("heading").first()).toBeInViewport();
  });

  test("without JavaScript the filter form submits and the results render on the server", async ({ browser, db }, testInfo) => {
    const { keyword, freeTitleMatches } = await searchKeyword(db);
    const { baseURL, viewport, locale, timezoneId, isMobile, hasTouch } = testInfo.project.use;
    const context = await browser.newContext({ baseURL, viewport, locale, timezoneId, isMobile, hasTouch, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(OFFERS_PATH);
      await openFilters(page);
      const form = filterForm(page);
      await form.getByLabel(deText("Search.keyword"), { exact: true }).fill(keyword);
      await form.getByRole("checkbox", { name: deText("Search.free"), exact: true }).check();
      await form.getByRole("button", { name: deText("Search.submit"), exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`[?&]q=${keyword}.*kostenlos=1|kostenlos=1.*[?&]q=${keyword}`));
      const count = await resultCount(page);
      expect(count).toBeGreaterThanOrEqual(freeTitleMatches);
      const cards = resultCards(page);
      await expect(cards).toHaveCount(Math.min(count, 20));
      for (const card of await cards.all()) await expect(card.getByText(deText("Home.free"), { exact: true })).toBeVisible();
    } finally {
      await context.close();
    }
  });
});
