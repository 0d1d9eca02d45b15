import fs from "node:fs";
import { CATALOGUE_OFFER_TRANSLATIONS } from "../prisma/seed/data/catalogue-translations";
import { DEMO_OFFER_TRANSLATIONS } from "../prisma/seed/data/offer-translations";
import { currentOfferCountWithTitle, expect, test, upcomingOffer } from "./fixtures";
import { publishedOffersWhere } from "../features/search/visibility";
import { SETTINGS_SEED } from "../prisma/seed/data/legal";
import { LEGAL_TRANSLATIONS } from "../prisma/seed/data/legal-translations";

// Issue 14's "Done when" on the demo data the e2e server seeds (prisma/seed/data/*translations.ts):
// a translated offer shows in Turkish on /tr; an offer without a Russian translation shows its German
// text with the "Originalsprache: Deutsch" note in Russian on /ru; a search in Ukrainian finds the
// offers by a word that only their Ukrainian translation contains.

type Messages = { [key: string]: string | Messages };

/** A UI string of one locale's messages file, with `{name}` placeholders filled in. */
function localeText(locale: string, key: string, values: Record<string, string> = {}): string {
  let node: string | Messages = JSON.parse(fs.readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), "utf8")) as Messages;
  for (const part of key.split(".")) {
    if (typeof node === "string" || !(part in node)) throw new Error(`messages/${locale}.json has no ${key}`);
    node = node[part];
  }
  if (typeof node !== "string") throw new Error(`messages/${locale}.json: ${key} is not a string`);
  return node.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

test.describe("demo translations", () => {
  test("a translated demo offer shows in Turkish on /tr", async ({ page, db }) => {
    const german = "Offene Sozialberatung";
    const turkish = CATALOGUE_OFFER_TRANSLATIONS[german].tr;
    const offer = await db.offer.findFirstOrThrow({
      where: { ...publishedOffersWhere(), title: german, translations: { some: { locale: "tr", title: turkish.title } } },
      orderBy: { id: "asc" },
      select: { slug: true },
    });

    await page.goto(`/tr/offers/${offer.slug}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "tr");
    const h1 = page.getByRole("heading", { level: 1 });
    await expect(h1).toHaveText(turkish.title);
    await expect(h1).toHaveAttribute("lang", "tr");
    await expect(page.getByText(turkish.summary, { exact: true }).first()).toHaveAttribute("lang", "tr");
    await expect(page.getByText(german, { exact: true })).toHaveCount(0);
  });

  test("an offer without a Russian translation shows German with the note in Russian on /ru", async ({ page, db }) => {
    const offer = await upcomingOffer(db); // has no translation at all
    await page.goto(`/ru/offers/${offer.slug}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    const h1 = page.getByRole("heading", { level: 1 });
    await expect(h1).toHaveText(offer.title);
    await expect(h1).toHaveAttribute("lang", "de");
    const language = new Intl.DisplayNames(["ru"], { type: "language" }).of("de")!;
    const note = localeText("ru", "Content.originalLanguage", { language });
    expect(note).toMatch(/^Язык оригинала: /);
    await expect(page.locator('[data-content-note="original"]').filter({ hasText: note }).first()).toBeVisible();
  });

  test("a search in Ukrainian finds the offers by a word of their Ukrainian translation", async ({ page, db }) => {
    const german = "Nachbarschaftscafé";
    const ukrainian = CATALOGUE_OFFER_TRANSLATIONS[german].uk;
    const word = "Сусідське";
    // The word is in this Ukrainian title only: not German, not in any other translation.
    expect(ukrainian.title).toContain(word);
    const carriers = await db.offerTranslation.findMany({ where: { title: { contains: word } }, select: { locale: true } });
    expect(new Set(carriers.map((c) => c.locale))).toEqual(new Set(["uk"]));
    const expected = await currentOfferCountWithTitle(db, german);
    expect(expected).toBeGreaterThan(0);

    await page.goto(`/uk/offers?q=${encodeURIComponent(word.toLowerCase())}`);
    const cards = page.getByRole("article");
    await expect(cards).toHaveCount(expected);
    const links = page.getByRole("article").getByRole("link", { name: ukrainian.title, exact: true });
    await expect(links).toHaveCount(expected);
    await expect(cards.first().getByRole("heading", { level: 3 })).toHaveAttribute("lang", "uk");
  });

  test("the map popup and the .ics download speak Turkish on /tr, German with lang=de elsewhere", async ({ page, db }) => {
    // A hand-written demo offer: its Turkish title is its own (the catalogue's titles repeat).
    const german = "Krabbelgruppe „Kleine Entdecker“";
    const turkish = DEMO_OFFER_TRANSLATIONS[german].tr;
    const offer = await db.offer.findFirstOrThrow({
      where: {
        ...publishedOffersWhere(),
        title: german,
        lat: { not: null },
        translations: { some: { locale: "tr", title: turkish.title } },
      },
      select: { slug: true },
    });

    // Map: the search for the Turkish title finds this one offer; its marker and popup carry the Turkish title, marked Turkish.
    await page.goto(`/tr/offers?q=${encodeURIComponent(turkish.title)}&ansicht=karte`);
    const marker = page.locator(`.leaflet-marker-icon[title="${turkish.title}"]`);
    await expect(marker).toBeVisible({ timeout: 20_000 });
    await marker.click();
    const popupLink = page.locator(".leaflet-popup").getByRole("link", { name: turkish.title, exact: true });
    await expect(popupLink).toBeVisible();
    await expect(popupLink).toHaveAttribute("lang", "tr");
    // An offer without translations stays German in the Russian markers (no "translated" flag: the popup marks it lang="de").
    const untranslated = await db.offer.findFirstOrThrow({
      where: { ...publishedOffersWhere(), lat: { not: null }, translations: { none: {} } },
      orderBy: { id: "asc" },
      select: { slug: true, title: true },
    });
    const markers = (await (
      await page.request.get(`/api/search/markers?q=${encodeURIComponent(untranslated.title)}&locale=ru`)
    ).json()) as {
      lang?: string;
      m: unknown[][];
    };
    const row = markers.m.find((r) => r[3] === untranslated.slug);
    expect(row?.[4]).toBe(untranslated.title);
    expect(row?.[6]).toBeUndefined(); // not translated: German

    // Calendar: the /tr page links the Turkish .ics; SUMMARY is the Turkish title, marked Turkish.
    await page.goto(`/tr/offers/${offer.slug}`);
    const icsLink = page.locator('a[href*="/ics?locale=tr"]');
    await expect(icsLink).toHaveCount(1);
    const ics = (await (await page.request.get((await icsLink.getAttribute("href"))!)).text()).replace(/\r\n /g, "");
    expect(ics).toContain(`SUMMARY;LANGUAGE=tr:${turkish.title}\r\n`);
    const germanIcs = (await (await page.request.get(`/api/offers/${offer.slug}/ics?locale=de`)).text()).replace(/\r\n /g, "");
    expect(germanIcs).toContain(`SUMMARY:${german}\r\n`);
  });

  test("legal pages and the home intro speak the visitor's language; German stays binding", { tag: "@mobile" }, async ({ page }) => {
    const turkish = LEGAL_TRANSLATIONS.find((t) => t.kind === "IMPRINT" && t.locale === "tr")!;
    await page.goto("/tr/imprint");
    const h1 = page.getByRole("heading", { level: 1 });
    await expect(h1).toHaveText(turkish.title);
    await expect(h1).not.toHaveAttribute("lang", "de");
    const note = page.locator('[data-legal-note="translation"]');
    await expect(note).toContainText(localeText("tr", "LegalTerms.translationNotBinding"));
    await note.getByRole("link", { name: localeText("tr", "LegalTerms.germanVersionLink") }).click();
    await expect(page).toHaveURL(/\/de\/impressum$/);
    await expect(page.locator('[data-legal-note="translation"]')).toHaveCount(0);

    const arabic = LEGAL_TRANSLATIONS.find((t) => t.kind === "PRIVACY" && t.locale === "ar")!;
    await page.goto("/ar/privacy");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(arabic.title);
    await expect(page.locator('[data-legal-note="translation"]')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);

    // The home page's intro as the admins wrote it in Ukrainian (demo settings), marked Ukrainian.
    await page.goto("/uk");
    const intro = page.getByText(SETTINGS_SEED.introTextUk, { exact: true });
    await expect(intro).toBeVisible();
    await expect(intro).toHaveAttribute("lang", "uk");
  });

  test("dates and times follow the page's language in Berlin time, whatever the visitor's clock says", async ({ browser, db }) => {
    const offer = await db.offer.findFirstOrThrow({
      where: { ...publishedOffersWhere(), nextOccurrenceAt: { gt: new Date() }, scheduleKind: "WEEKLY", translations: { none: {} } },
      orderBy: { id: "asc" },
      select: { slug: true, title: true, nextOccurrenceAt: true, organization: { select: { slug: true } } },
    });
    // A visitor in New York: the portal still speaks of Musterstadt's local time.
    const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, timezoneId: "America/New_York", locale: "en-US" });
    const page = await context.newPage();
    for (const locale of ["tr", "ar", "uk"] as const) {
      const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" }).format(
        offer.nextOccurrenceAt!,
      );
      // The provider page lists all its current offers as cards.
      await page.goto(`/${locale}/providers/${offer.organization.slug}`);
      const card = page.locator("li > article").filter({ has: page.locator(`a[href$="/${offer.slug}"]`) });
      await expect(card).toContainText(localeText(locale, "Home.nextDate", { date }));
    }
    await context.close();
  });
});
