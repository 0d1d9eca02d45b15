import {
  currentOfferCountWithTitle,
  currentOfferTitlesOf,
  deText,
  draftOfferSlug,
  expect,
  expiredOffer,
  test,
  switchLanguage,
  upcomingOffer,
} from "./fixtures";

// Offer detail pages: expired offers, hidden offers, calendar download, structured data, language switch.

test.describe("offer detail page", () => {
  test("an expired offer stays reachable with an 'abgelaufen' notice and noindex", async ({ page, db }) => {
    const offer = await expiredOffer(db);
    const response = await page.goto(`/de/angebote/${offer.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(offer.title);
    await expect(page.getByText(deText("OfferDetail.expiredTitle"), { exact: true }).first()).toBeVisible();
    await expect(page.getByText(deText("OfferDetail.expiredText"))).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

    // It never appears in the search (unless a current offer happens to share the title).
    const sameTitleCurrent = await currentOfferCountWithTitle(db, offer.title);
    if (sameTitleCurrent === 0) {
      await page.goto(`/de/angebote?q=${encodeURIComponent(offer.title)}`);
      await expect(page.getByRole("heading", { name: offer.title, exact: true })).toHaveCount(0);
    }
  });

  test("a draft offer answers 404 in both languages", async ({ request, db }) => {
    const slug = await draftOfferSlug(db);
    for (const path of [`/de/angebote/${slug}`, `/en/offers/${slug}`]) {
      const response = await request.get(path, { failOnStatusCode: false });
      expect(response.status(), path).toBe(404);
    }
    expect((await request.get("/de/angebote/gibt-es-nicht-0000", { failOnStatusCode: false })).status()).toBe(404);
  });

  test("the .ics download is a calendar file", async ({ page, request, db }) => {
    const offer = await upcomingOffer(db);
    await page.goto(`/de/angebote/${offer.slug}`);
    const link = page.getByRole("link", { name: deText("OfferDetail.icsDownload") });
    await expect(link).toBeVisible();
    const href = await link.getAttribute("href");
    expect(href).toBeTruthy();
    const response = await request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/calendar/);
    const body = await response.text();
    expect(body).toContain("BEGIN:VCALENDAR");
    expect(body).toContain("BEGIN:VEVENT");
  });

  test("the JSON-LD parses and describes the offer", async ({ page, db }) => {
    const offer = await upcomingOffer(db);
    await page.goto(`/de/angebote/${offer.slug}`);
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(scripts.length).toBeGreaterThan(0);
    const documents = scripts.map((text) => JSON.parse(text) as Record<string, unknown>);
    const flat = documents.flatMap((doc) => (Array.isArray(doc["@graph"]) ? (doc["@graph"] as Record<string, unknown>[]) : [doc]));
    expect(
      flat.some((doc) => doc.name === offer.title),
      JSON.stringify(documents).slice(0, 500),
    ).toBe(true);
    expect(documents.every((doc) => typeof doc["@context"] === "string" && String(doc["@context"]).includes("schema.org"))).toBe(true);
  });

  test("the language switch keeps the offer page", { tag: "@mobile" }, async ({ page, db }) => {
    const offer = await upcomingOffer(db);
    await page.goto(`/de/angebote/${offer.slug}`);
    await switchLanguage(page, "English");
    await expect(page).toHaveURL(new RegExp(`/en/offers/${offer.slug}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(offer.title);
    // The provider's German text is marked as such on an English page.
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "de");
    // (The title's note; cards of similar offers and the provider box carry their own.)
    await expect(page.locator("h1 + [data-content-note]")).toHaveText("Original language: German");

    await switchLanguage(page, "Deutsch");
    await expect(page).toHaveURL(new RegExp(`/de/angebote/${offer.slug}$`));
    await expect(page.getByText(/^Originalsprache/)).toHaveCount(0);
  });

  test("the provider page lists the provider's current offers", { tag: "@mobile" }, async ({ page, db }) => {
    const offer = await upcomingOffer(db);
    const titles = await currentOfferTitlesOf(db, offer.organization.slug);
    await page.goto(`/de/anbieter/${offer.organization.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(offer.organization.name);
    const current = page.getByRole("region", { name: deText("ProviderDetail.currentOffers", { count: titles.length }) });
    await expect(current.getByRole("heading", { name: offer.title, exact: true }).first()).toBeVisible();
    const shown = await current.getByRole("article").getByRole("heading", { level: 3 }).allInnerTexts();
    expect(shown.map((t) => t.trim()).sort()).toEqual([...titles].sort());
  });
});
