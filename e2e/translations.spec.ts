import { clickWhenHydrated, deText, waitForHydration, DEMO_LOGINS, DEMO_PASSWORD, expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { fillNewPermanentOffer, logIn, newPage, someCategoryName } from "./flows";

// Issue 14, content translations end to end: a provider writes an offer with an English and an
// Arabic translation in the offer form; residents see the English text on /en (lang="en", no
// original-language note), the Arabic one right-to-left on /ar, and the German text with the note
// on /tr (no Turkish translation). Searching in English finds the offer by its English words.
// Another organisation's provider cannot open the offer's form.

// Depends on the portal's default "offers need no approval" (see provider.spec.ts).

/** Shows the forms' "Übersetzungen" tab; the "Angebot"/"Profil" tab's fields are hidden meanwhile. */
async function openTranslationsTab(page: Page) {
  const tab = page.getByRole("tab", { name: deText("FormTabs.translations"), exact: true });
  await clickWhenHydrated(tab);
  await expect(tab).toHaveAttribute("aria-selected", "true");
}

test.describe("offer translations", () => {
  test.describe.configure({ timeout: 180_000 });

  test("a provider translates an offer; residents see it per language", { tag: "@mobile" }, async ({ page, browser, db }) => {
    const run = Date.now().toString(36);
    const title = `Nähcafé Übersetzt ${run}`;
    const english = { title: `Sewing cafe translated ${run}`, summary: "Mend your clothes together with neighbours." };
    const arabic = { title: `مقهى الخياطة ${run}`, summary: "أصلحوا ملابسكم مع الجيران." };

    await logIn(page, DEMO_LOGINS.providerAdmin, DEMO_PASSWORD);
    await fillNewPermanentOffer(page, { title, summary: "Gemeinsam Kleidung flicken.", category: await someCategoryName(db) });

    // The translations tab: add English, then Arabic (the inputs carry the language and direction).
    await openTranslationsTab(page);
    const section = page.getByRole("region", { name: deText("ContentTranslations.sectionTitle") });
    await expect(section.getByText(deText("ContentTranslations.none"))).toBeVisible();
    const addLanguage = section.getByLabel(deText("ContentTranslations.addLanguage"), { exact: true });
    await addLanguage.selectOption("en");
    await clickWhenHydrated(section.getByRole("button", { name: deText("ContentTranslations.add"), exact: true }));
    const englishTitle = section.getByLabel(deText("ContentTranslations.title", { language: "Englisch" }), { exact: true });
    await englishTitle.fill(english.title);
    await expect(englishTitle).toHaveAttribute("lang", "en");
    await section
      .getByLabel(`${deText("ContentTranslations.summary", { language: "Englisch" })} ${deText("FormCommon.optional")}`, { exact: true })
      .fill(english.summary);
    await addLanguage.selectOption("ar");
    await section.getByRole("button", { name: deText("ContentTranslations.add"), exact: true }).click();
    const arabicTitle = section.getByLabel(deText("ContentTranslations.title", { language: "Arabisch" }), { exact: true });
    await arabicTitle.fill(arabic.title);
    await expect(arabicTitle).toHaveAttribute("dir", "rtl");
    await section
      .getByLabel(`${deText("ContentTranslations.summary", { language: "Arabisch" })} ${deText("FormCommon.optional")}`, { exact: true })
      .fill(arabic.summary);

    // The section fits the screen (the mobile project runs this at 360 px).
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await clickWhenHydrated(page.getByRole("button", { name: deText("OfferForm.actions.publish"), exact: true }));
    await expect(page.getByText(deText("OfferForm.notice.published"))).toBeVisible();
    const offer = await db.offer.findFirstOrThrow({ where: { title }, select: { id: true, slug: true } });
    const stored = await db.offerTranslation.findMany({ where: { offerId: offer.id }, orderBy: { locale: "asc" } });
    expect(stored.map((t) => [t.locale, t.title, t.source])).toEqual([
      ["ar", arabic.title, "HUMAN"],
      ["en", english.title, "HUMAN"],
    ]);

    // The form shows the stored translations again.
    await page.reload();
    await openTranslationsTab(page);
    await expect(page.getByLabel(deText("ContentTranslations.title", { language: "Englisch" }), { exact: true })).toHaveValue(
      english.title,
    );

    const resident = await newPage(browser);
    // English: the translation, marked English, without the original-language note.
    await resident.goto(`/en/offers/${offer.slug}`);
    const h1 = resident.getByRole("heading", { level: 1 });
    await expect(h1).toHaveText(english.title);
    await expect(h1).toHaveAttribute("lang", "en");
    await expect(resident.getByText(english.summary)).toHaveAttribute("lang", "en");
    // (Cards of similar offers below may carry their own note.)
    await expect(resident.locator('h1 + [data-content-note="original"]')).toHaveCount(0);
    await expect(resident).toHaveTitle(new RegExp(english.title));
    expect((await resident.locator('script[type="application/ld+json"]').allTextContents()).join("\n")).toContain(english.title);

    // Arabic: right to left, the Arabic text marked Arabic.
    await resident.goto(`/ar/offers/${offer.slug}`);
    await expect(resident.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(h1).toHaveText(arabic.title);
    await expect(h1).toHaveAttribute("lang", "ar");
    await expect(h1).toHaveAttribute("dir", "rtl");
    expect(await resident.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);

    // Turkish: no translation — the German original with the note.
    await resident.goto(`/tr/offers/${offer.slug}`);
    await expect(h1).toHaveText(title);
    await expect(h1).toHaveAttribute("lang", "de");
    await expect(resident.locator('[data-content-note="original"]').first()).toBeVisible();

    // German: the original, no note.
    await resident.goto(`/de/angebote/${offer.slug}`);
    await expect(h1).toHaveText(title);
    await expect(resident.locator("[data-content-note]")).toHaveCount(0);

    // Searching in English finds it by its English words, and the card shows the English title.
    await resident.goto(`/en/offers?q=${encodeURIComponent(`sewing translated ${run}`)}`);
    const card = resident.getByRole("article").filter({ has: resident.getByRole("link", { name: english.title, exact: true }) });
    await expect(card).toHaveCount(1);
    await expect(card.getByRole("heading", { level: 3 })).toHaveAttribute("lang", "en");
    await resident.context().close();

    // Another organisation's provider cannot open this offer's form.
    const other = await newPage(browser);
    await logIn(other, DEMO_LOGINS.secondProviderAdmin, DEMO_PASSWORD);
    const response = await other.goto(`/de/konto/angebote/${offer.id}`);
    expect(response?.status()).toBe(404);
    await expect(other.getByLabel(deText("ContentTranslations.title", { language: "Englisch" }), { exact: true })).toHaveCount(0);
    await other.context().close();
  });

  test("a provider translates the organisation profile; /tr shows it, /ru falls back", async ({ page, db }) => {
    const admin = await db.user.findUniqueOrThrow({
      where: { email: DEMO_LOGINS.providerAdmin },
      select: {
        memberships: { where: { role: "ORG_ADMIN" }, select: { organization: { select: { id: true, slug: true, summary: true } } } },
      },
    });
    const organization = admin.memberships[0].organization;
    const summary = `Aileler için danışmanlık ve kurslar ${Date.now().toString(36)}`;
    try {
      await logIn(page, DEMO_LOGINS.providerAdmin, DEMO_PASSWORD);
      await page.goto("/de/konto/profil");
      await openTranslationsTab(page);
      const section = page.getByRole("region", { name: deText("ContentTranslations.sectionTitle") });
      const addLanguage = section.getByLabel(deText("ContentTranslations.addLanguage"), { exact: true });
      await addLanguage.selectOption("tr");
      await clickWhenHydrated(section.getByRole("button", { name: deText("ContentTranslations.add"), exact: true }));
      const field = section.getByLabel(deText("ContentTranslations.summary", { language: "Türkisch" }), { exact: true });
      await field.fill(summary);
      await expect(field).toHaveAttribute("lang", "tr");
      await clickWhenHydrated(page.getByRole("button", { name: deText("ProfileForm.save") }));
      await expect(page.getByText(deText("ProfileForm.saved"))).toBeVisible();

      await page.goto(`/tr/providers/${organization.slug}`);
      await expect(page.getByText(summary, { exact: true })).toHaveAttribute("lang", "tr");
      await page.goto(`/ru/providers/${organization.slug}`);
      await expect(page.getByText(summary, { exact: true })).toHaveCount(0);
      if (organization.summary) await expect(page.getByText(organization.summary, { exact: true })).toHaveAttribute("lang", "de");
      await expect(page.locator('[data-content-note="original"]').first()).toBeVisible();
    } finally {
      await db.organizationTranslation.deleteMany({ where: { organizationId: organization.id, locale: "tr" } });
    }
  });
  test(
    "a provider asks for a machine translation, checks it later; residents see the note",
    { tag: "@mobile" },
    async ({ page, browser, db }) => {
      // The e2e server's TRANSLATE_URL is a LibreTranslate stub answering "[<target>] <German text>".
      const run = Date.now().toString(36);
      const title = `Lesepaten Maschine ${run}`;
      const summary = "Vorlesen für Kinder.";
      await logIn(page, DEMO_LOGINS.providerAdmin, DEMO_PASSWORD);
      await fillNewPermanentOffer(page, { title, summary, category: await someCategoryName(db) });

      await openTranslationsTab(page);
      const section = page.getByRole("region", { name: deText("ContentTranslations.sectionTitle") });
      await section.getByLabel(deText("ContentTranslations.addLanguage"), { exact: true }).selectOption("en");
      await clickWhenHydrated(section.getByRole("button", { name: deText("ContentTranslations.add"), exact: true }));
      await expect(section.getByText(deText("MachineTranslation.privacy"))).toBeVisible();
      await section.getByRole("button", { name: deText("MachineTranslation.buttonLabel", { language: "Englisch" }) }).click();
      await expect(section.getByText(deText("MachineTranslation.filled"))).toBeVisible();
      const englishTitle = section.getByLabel(deText("ContentTranslations.title", { language: "Englisch" }), { exact: true });
      await expect(englishTitle).toHaveValue(`[en] ${title}`);
      await expect(section.getByText(deText("ContentTranslations.machineNotice"))).toBeVisible();
      await expect(section.getByLabel(deText("ContentTranslations.reviewedLabel"))).not.toBeChecked();
      // The button, its privacy hint and the notice fit the screen (the mobile project runs this at 360 px).
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
      // Nothing is stored before the form is saved.
      expect(await db.offer.count({ where: { title } })).toBe(0);

      await clickWhenHydrated(page.getByRole("button", { name: deText("OfferForm.actions.publish"), exact: true }));
      await expect(page.getByText(deText("OfferForm.notice.published"))).toBeVisible();
      const offer = await db.offer.findFirstOrThrow({ where: { title }, select: { id: true, slug: true } });
      const stored = await db.offerTranslation.findMany({ where: { offerId: offer.id } });
      expect(stored.map((t) => [t.locale, t.title, t.summary, t.source, t.reviewed])).toEqual([
        ["en", `[en] ${title}`, `[en] ${summary}`, "MACHINE", false],
      ]);

      const resident = await newPage(browser);
      await resident.goto(`/en/offers/${offer.slug}`);
      await expect(resident.getByRole("heading", { level: 1 })).toHaveText(`[en] ${title}`);
      await expect(resident.locator('[data-content-note="machine"]').first()).toBeVisible();
      await resident.context().close();

      // A failing service: a clear message, the fields stay as they were.
      await page.getByRole("tab", { name: deText("FormTabs.offer"), exact: true }).click();
      await page.getByLabel(deText("OfferForm.basics.title"), { exact: true }).fill(`FEHLER-TEST ${title}`);
      await page.getByRole("tab", { name: deText("FormTabs.translations"), exact: true }).click();
      await section.getByRole("button", { name: deText("MachineTranslation.buttonLabel", { language: "Englisch" }) }).click();
      await expect(section.getByText(deText("MachineTranslation.unavailable"))).toBeVisible();
      await expect(englishTitle).toHaveValue(`[en] ${title}`);
    },
  );

  test("the profile form's tabs work by keyboard, at 360 px and right to left", { tag: "@mobile" }, async ({ page }) => {
    await logIn(page, DEMO_LOGINS.providerAdmin, DEMO_PASSWORD);
    await page.goto("/de/konto/profil");
    const tablist = page.getByRole("tablist", { name: deText("FormTabs.label") });
    const profileTab = tablist.getByRole("tab", { name: deText("FormTabs.profile"), exact: true });
    const translationsTab = tablist.getByRole("tab", { name: deText("FormTabs.translations"), exact: true });
    await waitForHydration(profileTab);
    await expect(profileTab).toHaveAttribute("aria-selected", "true");
    await expect(translationsTab).toHaveAttribute("aria-selected", "false");
    await expect(translationsTab).toHaveAttribute("tabindex", "-1");
    const translationsPanel = page.getByRole("tabpanel", { name: deText("FormTabs.translations") });
    await expect(translationsPanel).toBeHidden();

    // Arrow keys move and select, Home/End jump; the selected tab's panel shows, the other hides.
    await profileTab.focus();
    await page.keyboard.press("ArrowRight");
    await expect(translationsTab).toBeFocused();
    await expect(translationsTab).toHaveAttribute("aria-selected", "true");
    await expect(translationsPanel).toBeVisible();
    await expect(page.getByRole("tabpanel", { name: deText("FormTabs.profile") })).toBeHidden();
    await page.keyboard.press("Home");
    await expect(profileTab).toBeFocused();
    await expect(profileTab).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("End");
    await expect(translationsTab).toBeFocused();
    await page.keyboard.press("ArrowRight"); // wraps around
    await expect(profileTab).toBeFocused();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);

    // Right to left: the arrow pointing to the next tab is ArrowLeft.
    await page.goto("/ar/account/profile");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    const arTabs = page.getByRole("tab");
    await expect(arTabs).toHaveCount(2);
    await waitForHydration(arTabs.first());
    await arTabs.first().focus();
    await page.keyboard.press("ArrowLeft");
    await expect(arTabs.nth(1)).toBeFocused();
    await expect(arTabs.nth(1)).toHaveAttribute("aria-selected", "true");
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  });

  test("an empty translation title brings its tab into view and the summary link leads to it", async ({ page, db }) => {
    const title = `Tab-Fehler ${Date.now().toString(36)}`;
    await logIn(page, DEMO_LOGINS.providerAdmin, DEMO_PASSWORD);
    await fillNewPermanentOffer(page, { title, summary: "Kurz.", category: await someCategoryName(db) });
    await openTranslationsTab(page);
    const section = page.getByRole("region", { name: deText("ContentTranslations.sectionTitle") });
    await section.getByLabel(deText("ContentTranslations.addLanguage"), { exact: true }).selectOption("uk");
    await section.getByRole("button", { name: deText("ContentTranslations.add"), exact: true }).click();
    // Back to the offer tab, then save with the Ukrainian title left empty.
    const offerTab = page.getByRole("tab", { name: deText("FormTabs.offer"), exact: true });
    await offerTab.click();
    await expect(section).toBeHidden();
    await page.getByRole("button", { name: deText("OfferForm.actions.publish"), exact: true }).click();

    const translationsTab = page.getByRole("tab", { name: new RegExp(deText("FormTabs.translations")) });
    await expect(translationsTab).toHaveAttribute("aria-selected", "true");
    await expect(translationsTab).toContainText(deText("FormTabs.hasErrors"));
    const field = section.getByLabel(deText("ContentTranslations.title", { language: "Ukrainisch" }), { exact: true });
    await expect(field).toHaveAttribute("aria-invalid", "true");
    // From the other tab, the error summary's link shows the field's tab and focuses it.
    await offerTab.click();
    await expect(field).toBeHidden();
    await page
      .getByRole("alert")
      .getByRole("link", { name: new RegExp(deText("ContentTranslations.title", { language: "Ukrainisch" }).replace(/[()]/g, "\\$&")) })
      .click();
    await expect(field).toBeVisible();
    await expect(field).toBeFocused();
    expect(await db.offer.count({ where: { title } })).toBe(0);
  });
});
