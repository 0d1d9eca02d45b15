import { deText, expect, test } from "./fixtures";
import { publishedOffersWhere } from "../features/search/visibility";

// Issue 18, "what residents see": the offer page's map loads only when it scrolls into view or on
// a tap (no Leaflet code, no tile request before); the search's map view without JavaScript shows
// the list instead of an empty box; a skip link jumps past the map; empty filter fields leave no
// empty parameters in the address.

test("the offer page loads its map only when scrolled to or tapped @mobile", async ({ page, db }) => {
  const offer = await db.offer.findFirstOrThrow({
    where: { ...publishedOffersWhere(), locationType: "ADDRESS", lat: { not: null }, lng: { not: null } },
    select: { slug: true },
    orderBy: { id: "asc" },
  });
  const tileRequests: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "image" && /\/\d+\/\d+\/\d+\.png/.test(request.url())) tileRequests.push(request.url());
  });
  // A tall window would have the map in view at once; a short one keeps it below the fold.
  await page.setViewportSize({ width: page.viewportSize()?.width ?? 360, height: 400 });
  await page.goto(`/de/angebote/${offer.slug}`);
  const show = page.getByRole("button", { name: deText("LazyMap.show"), exact: true });
  await expect(show).toBeAttached();
  await page.waitForTimeout(500);
  await expect(page.locator(".leaflet-container")).toHaveCount(0);
  expect(tileRequests).toEqual([]);

  // Tapping replaces the placeholder with the map. (A DOM click: Playwright's click scrolls the
  // button into view first, which itself loads the map and detaches the button.)
  await show.evaluate((button: HTMLElement) => button.click());
  await expect(page.locator(".leaflet-container")).toBeVisible({ timeout: 20_000 });
});

test("scrolling the placeholder into view loads the map", async ({ page, db }) => {
  const offer = await db.offer.findFirstOrThrow({
    where: { ...publishedOffersWhere(), locationType: "ADDRESS", lat: { not: null }, lng: { not: null } },
    select: { slug: true },
    orderBy: { id: "asc" },
  });
  await page.setViewportSize({ width: 1280, height: 400 });
  await page.goto(`/de/angebote/${offer.slug}`);
  await expect(page.getByRole("button", { name: deText("LazyMap.show"), exact: true })).toBeAttached();
  await page.getByRole("heading", { name: deText("OfferDetail.where") }).scrollIntoViewIfNeeded();
  await expect(page.locator(".leaflet-container")).toBeVisible({ timeout: 20_000 });
});

test("the search's map view has a skip link to the list below the map @mobile", async ({ page }) => {
  await page.goto("/de/angebote?ansicht=karte");
  const skip = page.getByRole("link", { name: deText("SkipLinks.pastMap"), exact: true });
  await skip.focus();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#results-below-map$/);
  await expect(page.locator("#results-below-map")).toBeFocused();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the map view shows the note and the list, no empty map box @mobile", async ({ page }) => {
    await page.goto("/de/angebote?ansicht=karte");
    // Playwright's "no JavaScript" blocks execution but parses <noscript> as text, so its content is
    // checked in the markup rather than on screen.
    const html = await page.content();
    expect(html).toMatch(/<noscript>[^]*Die Karte braucht JavaScript/);
    // For the same reason the layout's <noscript><style> that hides the map placeholder is checked
    // in the markup: the placeholder sits inside .needs-js.
    expect(html).toMatch(/<noscript>(<|&lt;)style(>|&gt;)\.needs-js\{display:none!important\}/);
    await expect(page.locator(".needs-js .animate-pulse")).toHaveCount(1);
    await expect(page.getByRole("heading", { name: deText("Search.listBelowMap") })).toBeVisible();
  });

  test("a filter form sent with empty fields lands on an address without them", async ({ page }) => {
    await page.goto("/de/angebote?q=&alter=&datum=&kategorie=&sortierung=");
    await expect(page).toHaveURL(/\/de\/angebote$/);
    await page.goto("/de/anbieter?q=&ansicht=");
    await expect(page).toHaveURL(/\/de\/anbieter$/);
    await page.goto("/de/angebote?q=turnen&alter=");
    await expect(page).toHaveURL(/\/de\/angebote\?q=turnen$/);
  });
});
