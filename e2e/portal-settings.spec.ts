import { clickWhenHydrated, deText, DEMO_LOGINS, DEMO_PASSWORD, expect, test, waitForHydration } from "./fixtures";
import { fillNewPermanentOffer, logIn, newPage, someCategoryName } from "./flows";

// Issue 13, "Done when": an admin renames the portal, changes its colour (a pale one is refused with
// the measured contrast) and adds a category with an icon; a provider files an offer under it; a
// resident finds it through the new category tile on the home page — all without a restart.
//
// Name, colours and the category list are portal-wide, so this file runs in its own Playwright
// project after all others (playwright.config.ts) and restores the settings and removes its
// category and offer at the end. Run it alone with `npx playwright test --project=portal-settings --no-deps`.

test.describe.configure({ mode: "serial", timeout: 240_000 });

const run = Date.now().toString(36);
const NEW_NAME = `Chancen Nord ${run}`;
const CATEGORY = `Digitales ${run}`;
const OFFER_TITLE = `Programmieren für Kinder ${run}`;
const TARGET_GROUP = `Azubis ${run}`;
const TARGET_OFFER_TITLE = `Bewerbungstraining ${run}`;
const CARRIER_NAME = `Eingetragener Verein ${run}`;
let initial: { portalName: string; primaryColor: string; requireOfferApproval: boolean } | null = null;
let initialIntro: { introText: string | null; introTextTr: string | null; introTextRu: string | null } | null = null;

test.beforeAll(async ({ db }) => {
  initial = await db.settings.upsert({
    where: { id: 1 },
    update: {},
    create: { id: 1 },
    select: { portalName: true, primaryColor: true, requireOfferApproval: true },
  });
  initialIntro = await db.settings.findUniqueOrThrow({
    where: { id: 1 },
    select: { introText: true, introTextTr: true, introTextRu: true },
  });
  // The provider's offer must publish directly for the resident to find it.
  await db.settings.update({ where: { id: 1 }, data: { requireOfferApproval: false } });
});

test.afterAll(async ({ db }) => {
  if (initial) await db.settings.update({ where: { id: 1 }, data: initial });
  if (initialIntro) await db.settings.update({ where: { id: 1 }, data: initialIntro });
  await db.offer.deleteMany({ where: { title: OFFER_TITLE } });
  await db.category.deleteMany({ where: { name: CATEGORY } });
  await db.offer.deleteMany({ where: { title: TARGET_OFFER_TITLE } });
  await db.targetGroup.deleteMany({ where: { name: { startsWith: TARGET_GROUP } } });
  await db.carrierTypeLabel.deleteMany({ where: { name: CARRIER_NAME } });
});

test("admin renames the portal, recolours it and adds a category; a provider files an offer; a resident finds it by the tile", async ({
  page,
  browser,
  db,
}) => {
  // ── The admin: portal name and colour ──
  await logIn(page, DEMO_LOGINS.admin, DEMO_PASSWORD);
  await page.goto("/de/redaktion/einstellungen/portal");
  await expect(page.getByRole("heading", { level: 1, name: deText("PortalLook.title") })).toBeVisible();
  const name = page.getByLabel(deText("PortalLook.fields.portalName"), { exact: true });
  await waitForHydration(name);
  await name.fill(NEW_NAME);
  const primary = page.getByLabel(deText("PortalLook.fields.primaryColor"), { exact: true });
  // A pale colour: the live preview says so, and saving is refused with the measured ratio.
  await primary.fill("#93c5fd");
  await expect(page.getByText(/Kontrast nur \d\.\d\d : 1/)).toBeVisible();
  await clickWhenHydrated(page.getByRole("button", { name: deText("PortalLook.save"), exact: true }));
  await expect(page.getByText(/Die Hauptfarbe ist nicht gut lesbar: Kontrast \d\.\d\d : 1/)).toBeVisible();
  expect((await db.settings.findUniqueOrThrow({ where: { id: 1 } })).portalName).not.toBe(NEW_NAME);

  await primary.fill("#0f5132");
  await expect(page.getByText(/Kontrast \d+\.\d\d : 1 – gut lesbar/).first()).toBeVisible();
  await clickWhenHydrated(page.getByRole("button", { name: deText("PortalLook.save"), exact: true }));
  await expect(page.getByRole("status").getByText(deText("PortalLook.saved"))).toBeVisible();

  // ── The admin: a new category with an icon ──
  await page.goto("/de/redaktion/einstellungen/kategorien");
  await expect(page.getByRole("heading", { level: 1, name: deText("Vocabulary.title") })).toBeVisible();
  const newCategory = page.getByRole("region", { name: deText("Vocabulary.newTitle") });
  const germanName = newCategory.getByLabel(deText("TermSettings.nameRequired", { language: "Deutsch" }), { exact: true });
  await waitForHydration(germanName);
  await germanName.fill(CATEGORY);
  await newCategory.getByLabel("English", { exact: true }).fill(`Digital ${run}`);
  // The icons are radio buttons drawn by their labels (the input itself is visually hidden): click the icon.
  const laptopName = deText("Vocabulary.iconName", { name: "laptop" });
  await newCategory.locator("label", { has: page.getByRole("radio", { name: laptopName }) }).click();
  await expect(newCategory.getByRole("radio", { name: laptopName })).toBeChecked();
  await clickWhenHydrated(newCategory.getByRole("button", { name: deText("Vocabulary.create"), exact: true }));
  await expect(newCategory.getByRole("status").getByText(deText("Vocabulary.created"))).toBeVisible();
  const category = await db.category.findFirstOrThrow({ where: { name: CATEGORY } });
  expect(category).toMatchObject({ icon: "laptop", parentId: null });
  // The list shows it (after refresh), last among the top-level categories: it can move up.
  await expect(page.getByRole("button", { name: deText("TermSettings.moveUp", { name: CATEGORY }) })).toBeEnabled();

  // ── A provider files an offer under the new category ──
  const provider = await newPage(browser);
  await logIn(provider, DEMO_LOGINS.providerAdmin, DEMO_PASSWORD);
  await fillNewPermanentOffer(provider, { title: OFFER_TITLE, summary: "Scratch und kleine Roboter für Kinder.", category: CATEGORY });
  await clickWhenHydrated(provider.getByRole("button", { name: deText("OfferForm.actions.publish"), exact: true }));
  await expect(provider.getByText(deText("OfferForm.notice.published"))).toBeVisible();
  await provider.context().close();

  // ── A resident: the new name and colour, the tile with its icon, the offer behind it ──
  const resident = await newPage(browser);
  await resident.goto("/de");
  await expect(resident.getByRole("heading", { level: 1 })).toContainText(NEW_NAME);
  await expect(resident.getByRole("banner").getByRole("link").first()).toContainText(NEW_NAME);
  expect(await resident.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--color-brand-700").trim())).toBe(
    "#0f5132",
  );
  const tile = resident.getByRole("region", { name: deText("Home.categoriesTitle") }).getByRole("link", { name: new RegExp(CATEGORY) });
  await expect(tile).toBeVisible();
  await expect(tile.locator('svg[data-icon="laptop"]')).toHaveCount(1);
  await tile.click();
  await expect(resident).toHaveURL(new RegExp(`kategorie=${category.slug}`));
  await expect(resident.getByRole("heading", { name: OFFER_TITLE })).toBeVisible();
  await resident.context().close();
});

test("admin adds a target group; a provider files an offer for it; a resident filters by it, also by an old link", async ({
  page,
  browser,
  db,
}) => {
  // ── The admin: a new target group with an age range ──
  await logIn(page, DEMO_LOGINS.admin, DEMO_PASSWORD);
  await page.goto("/de/redaktion/einstellungen/zielgruppen");
  await expect(page.getByRole("heading", { level: 1, name: deText("TargetGroupSettings.title") })).toBeVisible();
  const newGroup = page.getByRole("region", { name: deText("TargetGroupSettings.newTitle") });
  const germanName = newGroup.getByLabel(deText("TermSettings.nameRequired", { language: "Deutsch" }), { exact: true });
  await waitForHydration(germanName);
  await germanName.fill(TARGET_GROUP);
  await newGroup.getByLabel("English", { exact: true }).fill(`Apprentices ${run}`);
  // An age range upside down is refused with its message, nothing is created.
  await newGroup.getByLabel(deText("TargetGroupSettings.ageMin"), { exact: true }).fill("27");
  await newGroup.getByLabel(deText("TargetGroupSettings.ageMax"), { exact: true }).fill("16");
  await clickWhenHydrated(newGroup.getByRole("button", { name: deText("TargetGroupSettings.create"), exact: true }));
  await expect(newGroup.getByText(deText("TargetGroupSettings.errors.ageOrder"))).toBeVisible();
  expect(await db.targetGroup.count({ where: { name: TARGET_GROUP } })).toBe(0);
  await newGroup.getByLabel(deText("TargetGroupSettings.ageMin"), { exact: true }).fill("16");
  await newGroup.getByLabel(deText("TargetGroupSettings.ageMax"), { exact: true }).fill("27");
  await clickWhenHydrated(newGroup.getByRole("button", { name: deText("TargetGroupSettings.create"), exact: true }));
  await expect(newGroup.getByRole("status").getByText(deText("TargetGroupSettings.created"))).toBeVisible();
  const group = await db.targetGroup.findFirstOrThrow({ where: { name: TARGET_GROUP } });
  expect(group).toMatchObject({ ageMin: 16, ageMax: 27 });
  expect(group.searchBit).not.toBeNull();
  // Last in the list: it can move up (keyboard-usable buttons named after the group).
  await expect(page.getByRole("button", { name: deText("TermSettings.moveUp", { name: TARGET_GROUP }) })).toBeEnabled();

  // ── A provider files an offer for it ──
  const provider = await newPage(browser);
  await logIn(provider, DEMO_LOGINS.providerAdmin, DEMO_PASSWORD);
  await fillNewPermanentOffer(provider, {
    title: TARGET_OFFER_TITLE,
    summary: "Anschreiben und Vorstellungsgespräch üben.",
    category: await someCategoryName(db),
  });
  await provider.getByRole("checkbox", { name: TARGET_GROUP, exact: true }).check();
  await clickWhenHydrated(provider.getByRole("button", { name: deText("OfferForm.actions.publish"), exact: true }));
  await expect(provider.getByText(deText("OfferForm.notice.published"))).toBeVisible();
  await provider.context().close();

  // ── A resident filters the search by it ──
  const resident = await newPage(browser);
  await resident.goto("/de/angebote");
  const filters = resident.getByRole("search", { name: deText("Search.formLabel") });
  await filters
    .locator("summary")
    .filter({ hasText: deText("Search.targetGroups") })
    .click();
  await filters.getByRole("checkbox", { name: TARGET_GROUP, exact: true }).check();
  await filters.getByRole("button", { name: deText("Search.submit"), exact: true }).click();
  await expect(resident).toHaveURL(new RegExp(`zielgruppe=${group.slug}`));
  await expect(resident.getByRole("heading", { name: TARGET_OFFER_TITLE })).toBeVisible();

  // ── The admin renames it; the resident's old link still leads to the offer ──
  await page.getByRole("button", { name: new RegExp(`^${deText("TermSettings.edit")}.*${TARGET_GROUP}`) }).click();
  const edit = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("button", { name: deText("TermSettings.moveUp", { name: TARGET_GROUP }) }) });
  const editName = edit.getByLabel(deText("TermSettings.nameRequired", { language: "Deutsch" }), { exact: true });
  await editName.fill(`${TARGET_GROUP} und Studierende`);
  await clickWhenHydrated(edit.getByRole("button", { name: deText("TargetGroupSettings.save"), exact: true }));
  await expect(page.getByText(deText("TargetGroupSettings.saved"))).toBeVisible();
  const renamed = await db.targetGroup.findUniqueOrThrow({ where: { id: group.id } });
  expect(renamed.slug).not.toBe(group.slug);
  await resident.goto(`/de/angebote?zielgruppe=${group.slug}`);
  await expect(resident).toHaveURL(new RegExp(`zielgruppe=${renamed.slug}`));
  await expect(resident.getByRole("heading", { name: TARGET_OFFER_TITLE })).toBeVisible();
  await resident.context().close();
});

test("admin names a carrier type; the provider page and the provider search show the name", async ({ page, browser, db }) => {
  const association = await db.organization.findFirstOrThrow({
    where: { status: "APPROVED", carrierType: "ASSOCIATION" },
    select: { slug: true },
  });
  await logIn(page, DEMO_LOGINS.admin, DEMO_PASSWORD);
  await page.goto("/de/redaktion/einstellungen/traegerarten");
  await expect(page.getByRole("heading", { level: 1, name: deText("CarrierTypeSettings.title") })).toBeVisible();
  const group = page.getByRole("group", { name: deText("ProviderSearch.carrier.ASSOCIATION"), exact: true });
  const german = group.getByLabel("Deutsch", { exact: true });
  await waitForHydration(german);
  await german.fill(CARRIER_NAME);
  await clickWhenHydrated(page.getByRole("button", { name: deText("CarrierTypeSettings.save"), exact: true }));
  await expect(page.getByRole("status").getByText(deText("CarrierTypeSettings.saved"))).toBeVisible();

  const resident = await newPage(browser);
  await resident.goto(`/de/anbieter/${association.slug}`);
  await expect(resident.getByText(CARRIER_NAME)).toBeVisible();
  await resident.goto("/de/anbieter");
  const filters = resident.getByRole("search", { name: deText("ProviderSearch.formLabel") });
  await filters
    .locator("summary")
    .filter({ hasText: deText("ProviderSearch.carrierTypes") })
    .click();
  await expect(filters.getByRole("checkbox", { name: CARRIER_NAME, exact: true })).toBeVisible();
  await resident.context().close();
});

test("an editor sees every settings page read-only; a provider does not see them", async ({ page, browser }) => {
  await logIn(page, DEMO_LOGINS.editor, DEMO_PASSWORD);
  const note = page.getByRole("note").filter({ hasText: deText("SettingsAccess.readOnly") });

  await page.goto("/de/redaktion/einstellungen/zielgruppen");
  await expect(page.getByRole("heading", { level: 1, name: deText("TargetGroupSettings.title") })).toBeVisible();
  await expect(note).toBeVisible();
  await expect(page.getByRole("list").getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("region", { name: deText("TargetGroupSettings.newTitle") })).toHaveCount(0);
  await expect(page.getByRole("button", { name: new RegExp(`^${deText("TermSettings.edit")}`) })).toHaveCount(0);

  await page.goto("/de/redaktion/einstellungen/kategorien");
  await expect(note).toBeVisible();
  await expect(page.getByRole("region", { name: deText("Vocabulary.newTitle") })).toHaveCount(0);
  await expect(page.getByRole("button", { name: new RegExp(`^${deText("TermSettings.delete")}`) })).toHaveCount(0);

  await page.goto("/de/redaktion/einstellungen/portal");
  await expect(note).toBeVisible();
  await expect(page.getByLabel(deText("PortalLook.fields.portalName"), { exact: true })).toBeDisabled();
  await expect(page.getByRole("button", { name: deText("PortalLook.save"), exact: true })).toBeDisabled();

  await page.goto("/de/redaktion/einstellungen");
  await expect(note).toBeVisible();
  await expect(page.getByRole("checkbox", { name: deText("PortalSettings.requireOfferApproval") })).toBeDisabled();

  await page.goto("/de/redaktion/einstellungen/traegerarten");
  await expect(note).toBeVisible();
  await expect(page.getByRole("button", { name: deText("CarrierTypeSettings.save"), exact: true })).toBeDisabled();

  await page.goto("/de/redaktion/einstellungen/rechtliches");
  await expect(note).toBeVisible();

  await page.goto("/de/redaktion/einstellungen/stadtteile");
  await expect(note).toBeVisible();
  await expect(page.locator("li[data-district]").first()).toBeVisible();
  await expect(page.getByRole("region", { name: deText("DistrictSettings.newTitle") })).toHaveCount(0);
  await expect(page.getByRole("button", { name: new RegExp(`^${deText("DistrictSettings.edit")}`) })).toHaveCount(0);

  await page.goto("/de/redaktion/einstellungen/karte");
  await expect(note).toBeVisible();
  await expect(page.getByLabel(deText("MapSettings.tileUrl"), { exact: true })).toBeDisabled();
  await expect(page.getByRole("button", { name: deText("MapSettings.save"), exact: true })).toBeDisabled();

  const provider = await newPage(browser);
  await logIn(provider, DEMO_LOGINS.providerAdmin, DEMO_PASSWORD);
  const response = await provider.goto("/de/redaktion/einstellungen/zielgruppen");
  expect(response?.status()).toBe(404);
  await provider.context().close();
});

test("admin writes the home intro per language; residents see theirs, or the German one with a note", async ({ page, browser, db }) => {
  const turkish = `Musterstadt'taki herkes için hizmetler ${run}`;
  const german = `Angebote für alle in Musterstadt ${run}`;
  await logIn(page, DEMO_LOGINS.admin, DEMO_PASSWORD);
  await page.goto("/de/redaktion/einstellungen/portal");
  const germanField = page.getByLabel(deText("IntroTexts.label", { language: "Deutsch" }), { exact: true });
  await waitForHydration(germanField);
  await expect(germanField).toHaveAttribute("lang", "de");
  await germanField.fill(german);
  const turkishField = page.getByLabel(deText("IntroTexts.label", { language: "Türkisch" }), { exact: true });
  await expect(turkishField).toHaveAttribute("lang", "tr");
  await turkishField.fill(turkish);
  await page.getByLabel(deText("IntroTexts.label", { language: "Russisch" }), { exact: true }).fill("");
  await expect(page.getByLabel(deText("IntroTexts.label", { language: "Arabisch" }), { exact: true })).toHaveAttribute("dir", "rtl");
  await clickWhenHydrated(page.getByRole("button", { name: deText("PortalLook.save"), exact: true }));
  await expect(page.getByRole("status").getByText(deText("PortalLook.saved"))).toBeVisible();
  const audit = await db.auditLog.findFirstOrThrow({ where: { action: "settings.portal" }, orderBy: { id: "desc" } });
  expect(JSON.parse(audit.changes ?? "{}").introTextTr?.to).toBe(turkish);

  // Without a restart: Turkish in Turkish; Russian has none, so the German text, marked German, with the note.
  const resident = await newPage(browser);
  await resident.goto("/tr");
  await expect(resident.getByText(turkish, { exact: true })).toHaveAttribute("lang", "tr");
  await resident.goto("/ru");
  await expect(resident.getByText(german, { exact: true })).toHaveAttribute("lang", "de");
  await expect(resident.locator('#home-title ~ [data-content-note="original"]')).toBeVisible();
  await resident.context().close();
});
