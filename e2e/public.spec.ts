import { expect, upcomingPublishedTitles, portalName, someDraftTitle, switchLanguage, test } from "./fixtures";

test.describe("public pages", { tag: "@mobile" }, () => {
  test("home page shows the portal name and the upcoming dated offers, each title once, no drafts", async ({ page, db }) => {
    const [name, titles, draft] = await Promise.all([portalName(db), upcomingPublishedTitles(db), someDraftTitle(db)]);
    expect(titles.length, "the seed publishes dated offers").toBeGreaterThan(0);

    await page.goto("/de");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
    const section = page.getByRole("region", { name: "Aktuelle Angebote" });
    const cards = section.getByRole("listitem").filter({ has: page.getByRole("heading") });
    // Same titles in the same order: the soonest dated offers, one per title.
    await expect(cards.getByRole("heading")).toHaveText(titles);
    const shown = await cards.getByRole("heading").allTextContents();
    expect(new Set(shown).size, "no title twice").toBe(shown.length);
    // Dated offers only: every card names its next date; no always-open service.
    for (const card of await cards.all()) await expect(card.getByText(/^Nächster Termin:/)).toBeVisible();
    await expect(section.getByText("regelmäßig geöffnet")).toHaveCount(0);
    if (draft) await expect(page.getByText(draft, { exact: true })).toHaveCount(0);
  });

  test("the language switch keeps the current page", async ({ page }) => {
    await page.goto("/de/anbieter");
    await switchLanguage(page, "English");
    await expect(page).toHaveURL(/\/en\/providers$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    await page.goto("/de/impressum");
    await switchLanguage(page, "English");
    await expect(page).toHaveURL(/\/en\/imprint$/);

    await switchLanguage(page, "Deutsch");
    await expect(page).toHaveURL(/\/de\/impressum$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
  });
});
