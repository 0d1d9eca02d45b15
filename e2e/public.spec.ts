import { expect, upcomingPublishedTitles, portalName, someDraftTitle, switchLanguage, test } from "./fixtures";

test.describe("public pages", { tag: "@mobile" }, () => {
  test("home page shows the portal name and the upcoming published offers, no drafts", async ({ page, db }) => {
    const [name, titles, draft] = await Promise.all([portalName(db), upcomingPublishedTitles(db), someDraftTitle(db)]);
    expect(titles.length, "the seed publishes offers").toBeGreaterThan(0);

    await page.goto("/de");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
    // Same titles in the same order (titles need not be unique: two providers may offer the same course).
    const cardHeadings = page.getByRole("region", { name: "Aktuelle Angebote" }).getByRole("listitem").getByRole("heading");
    await expect(cardHeadings).toHaveText(titles);
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
