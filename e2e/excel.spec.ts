import * as XLSX from "xlsx";
import { COLUMNS, type ColumnKey } from "../features/offer-exchange/columns";
import { clickWhenHydrated, deText, DEMO_LOGINS, DEMO_PASSWORD, expect, test, waitForHydration } from "./fixtures";
import { logIn } from "./flows";

// Issue 11, end to end: a provider opens the Excel import from the offer list, uploads a file with
// mistakes, sees each problem with its row, column and message (and no import button), fixes the
// file, imports it after the preview and finds the offers in the list. Template and export are
// real downloads.

function workbook(rows: Partial<Record<ColumnKey, string | number>>[]): Buffer {
  const sheet = XLSX.utils.aoa_to_sheet([COLUMNS.map((c) => c.de), ...rows.map((row) => COLUMNS.map((c) => row[c.key] ?? null))]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, "Angebote");
  return XLSX.write(book, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer;
}

test.describe("Excel import and export @mobile", () => {
  test.describe.configure({ timeout: 180_000 });

  test("upload → row errors → fixed file → preview → import → offers in the list; template and export download", async ({ page, db }) => {
    const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
    const category = await db.category.findFirstOrThrow({
      where: { parentId: { not: null } },
      orderBy: { position: "asc" },
      select: { name: true },
    });
    const titles = [`Excel-Kurs Tanz ${run}`, `Excel-Ferientag ${run}`];
    const good = (title: string, extra: Partial<Record<ColumnKey, string | number>> = {}) => ({
      title,
      summary: "Aus der Tabelle importiert",
      categories: category.name,
      scheduleKind: "wöchentlich",
      weekdays: "Mo; Mi",
      startTime: "16:00",
      endTime: "17:00",
      isFree: "ja",
      ...extra,
    });

    await logIn(page, DEMO_LOGINS.providerAdmin, DEMO_PASSWORD);
    await page.goto("/de/konto/angebote");
    await page.getByRole("link", { name: deText("OfferExchange.page.offersLink") }).click();
    await expect(page).toHaveURL(/\/de\/konto\/angebote\/import$/);
    await expect(page.getByRole("heading", { level: 1, name: deText("OfferExchange.page.title") })).toBeVisible();

    // Template and export are real .xlsx downloads.
    const [template] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: deText("OfferExchange.page.templateLink") }).click(),
    ]);
    expect(template.suggestedFilename()).toBe("angebote-vorlage.xlsx");
    const [exported] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: deText("OfferExchange.page.exportLink") }).click(),
    ]);
    expect(exported.suggestedFilename()).toMatch(/^angebote-.+-\d{4}-\d{2}-\d{2}\.xlsx$/);

    // A file with mistakes: every problem listed with row, column and message; nothing to confirm.
    const fileInput = page.getByLabel(deText("OfferExchange.page.fileLabel"), { exact: true });
    await waitForHydration(page.getByRole("button", { name: deText("OfferExchange.page.check") }));
    await fileInput.setInputFiles({
      name: "angebote.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: workbook([
        good(titles[0], { categories: "Gibt es nicht" }),
        good(titles[1], { scheduleKind: "Termine", date: "31.02.2026", weekdays: "" }),
      ]),
    });
    await clickWhenHydrated(page.getByRole("button", { name: deText("OfferExchange.page.check") }));
    const errors = page.getByRole("table").first();
    await expect(page.getByRole("heading", { name: deText("OfferExchange.preview.errorsTitle", { count: 2 }) })).toBeVisible();
    await expect(
      errors.getByRole("row").filter({ hasText: deText("OfferExchange.row.unknownCategory", { value: "Gibt es nicht" }) }),
    ).toContainText("Kategorien");
    await expect(errors.getByRole("row").filter({ hasText: deText("OfferForm.schedule.invalidDate") })).toContainText("3");
    await expect(page.getByRole("button", { name: deText("OfferExchange.preview.confirm") })).toHaveCount(0);
    expect(await db.offer.count({ where: { title: { in: titles } } })).toBe(0);

    // The fixed file: a preview with the counts, then the import.
    await fileInput.setInputFiles({
      name: "angebote-korrigiert.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: workbook([
        good(titles[0]),
        { ...good(titles[1], { scheduleKind: "Termine", date: "28.02.2027", weekdays: "" }), id: "N2" },
        { id: "N2", date: "01.03.2027", startTime: "10:00", endTime: "12:00" },
      ]),
    });
    await clickWhenHydrated(page.getByRole("button", { name: deText("OfferExchange.page.check") }));
    await expect(page.getByTestId("import-created")).toHaveText("2");
    expect(await db.offer.count({ where: { title: { in: titles } } })).toBe(0);
    await clickWhenHydrated(page.getByRole("button", { name: deText("OfferExchange.preview.confirm") }));
    await expect(page.getByRole("status").getByText(/Import abgeschlossen: 2 neu/)).toBeVisible();
    const stored = await db.offer.findMany({ where: { title: { in: titles } }, select: { status: true, dates: true } });
    expect(stored).toHaveLength(2);
    expect(stored.every((o) => o.status === "DRAFT")).toBe(true);

    await page.getByRole("link", { name: deText("OfferExchange.preview.toOffers") }).click();
    await page.goto(`/de/konto/angebote?q=${encodeURIComponent(run)}`);
    for (const title of titles) await expect(page.getByText(title).first()).toBeVisible();
  });
});

test.describe("Excel import for editors", () => {
  test.describe.configure({ timeout: 180_000 });

  test("a whole-portal file names organisations; an unknown one is created only when ticked", async ({ page, db }) => {
    const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
    const category = await db.category.findFirstOrThrow({
      where: { parentId: { not: null } },
      orderBy: { position: "asc" },
      select: { name: true },
    });
    const existing = await db.organization.findFirstOrThrow({
      where: { status: "APPROVED", deletedAt: null },
      select: { id: true, name: true },
    });
    const newName = `Neuer Verein ${run}`;
    const row = (title: string, organization: string) => ({
      title,
      organization,
      categories: category.name,
      scheduleKind: "dauerhaft",
      locationType: "ohne Ort",
    });

    await logIn(page, DEMO_LOGINS.editor, DEMO_PASSWORD);
    await page.goto("/de/redaktion");
    await page
      .getByRole("navigation", { name: deText("AccountNav.label"), exact: true })
      .getByRole("link", { name: deText("EditorialOverview.nav.import") })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: deText("OfferExchange.page.editorTitle") })).toBeVisible();
    await waitForHydration(page.getByRole("button", { name: deText("OfferExchange.page.check") }));
    await page.getByLabel(deText("OfferExchange.page.targetLabel")).selectOption("file");
    await page.getByLabel(deText("OfferExchange.page.fileLabel"), { exact: true }).setInputFiles({
      name: "portal.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: workbook([row(`Bestand ${run}`, existing.name), row(`Neu ${run}`, newName)]),
    });
    await clickWhenHydrated(page.getByRole("button", { name: deText("OfferExchange.page.check") }));
    await expect(page.getByRole("group", { name: deText("OfferExchange.preview.newOrganizationsTitle") })).toContainText(newName);
    const confirm = page.getByRole("button", { name: deText("OfferExchange.preview.confirm") });
    await expect(confirm).toBeDisabled();
    await page.getByRole("checkbox", { name: deText("OfferExchange.preview.createOrganizations", { count: 1 }) }).check();
    await confirm.click();
    await expect(page.getByRole("status").getByText(/Import abgeschlossen: 2 neu/)).toBeVisible();
    const created = await db.organization.findFirstOrThrow({
      where: { name: newName },
      select: { status: true, offers: { select: { title: true } } },
    });
    expect(created.status).toBe("APPROVED");
    expect(created.offers.map((o) => o.title)).toEqual([`Neu ${run}`]);
    expect(await db.offer.count({ where: { title: `Bestand ${run}`, organizationId: existing.id } })).toBe(1);
  });
});
