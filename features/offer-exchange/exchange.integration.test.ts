import * as XLSX from "xlsx";
import { beforeAll, describe, expect, it } from "vitest";
import { createOfferFor } from "@/features/offers/mutations";
import { offerFormValues } from "@/features/offers/test-fixtures";
import { searchOffers } from "@/features/search/offer-search";
import { parseOfferSearch } from "@/features/search/params/parse";
import { useTestDatabase } from "@/test/helpers/db";
import { applyImportPlan } from "./apply";
import { exportOffersFor, offerTemplate } from "./export";
import { parseSpreadsheet } from "./parse";
import { NOW, portalWorkbook, seedExchangeWorld, weeklyRow, workbookBytes, type ExchangeWorld } from "./test-fixtures";
import { planImport } from "./validate";
import { ORIGINAL_HEADERS } from "./original-format";

// Export → import round trips, the template, the original portal's format and the write of a plan,
// against a real database.

const LIMITS = { maxBytes: 5 * 1024 * 1024, maxOffers: 5000 };

describe("offer exchange: template, export, round trip, original format", () => {
  const db = useTestDatabase();
  let w: ExchangeWorld;

  beforeAll(async () => {
    w = await seedExchangeWorld(db.prisma);
  });

  function sheetOf(bytes: Uint8Array, name?: string) {
    const book = XLSX.read(bytes, { type: "buffer", cellFormula: true, cellNF: true, cellDates: false });
    return { book, sheet: book.Sheets[name ?? book.SheetNames[0]] };
  }

  function zipText(bytes: Uint8Array, entry: string): string {
    const container = XLSX.CFB.read(bytes, { type: "buffer" });
    const index = container.FullPaths.findIndex((p: string) => p.endsWith(`/${entry}`));
    return index >= 0 ? new TextDecoder().decode(container.FileIndex[index].content as Uint8Array) : "";
  }

  it("writes a template with drop-downs, a frozen header, widths, an explanation sheet and a valid example row", async () => {
    const { bytes, fileName } = await offerTemplate("de");
    expect(fileName).toBe("angebote-vorlage.xlsx");
    const { book, sheet } = sheetOf(bytes);
    expect(book.SheetNames).toEqual(["Angebote", "Erläuterungen", "Werte"]);
    expect(sheet.A1.v).toBe("ID");
    expect(sheet.C1.v).toBe("Titel*");
    const sheetXml = zipText(bytes, "xl/worksheets/sheet1.xml");
    expect(sheetXml).toMatch(/<pane[^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheetXml).toContain("<dataValidation ");
    expect(sheetXml).toMatch(/<col [^>]*width="32/);
    const help = XLSX.utils.sheet_to_json<string[]>(book.Sheets["Erläuterungen"], { header: 1 });
    expect(help.some((row) => row[0] === "Terminart" && String(row[3]).includes("wöchentlich"))).toBe(true);
    const english = await offerTemplate("en");
    expect(sheetOf(english.bytes).sheet.C1.v).toBe("Title*");
    expect(sheetOf(english.bytes).sheet["F2"].v).toBe("Freizeit und Kultur");

    const plan = await planImport(
      w.memberA,
      parseSpreadsheet(bytes, fileName, LIMITS),
      { kind: "organization", organizationId: w.orgA },
      { maxOffers: 5000 },
    );
    expect(plan.errors).toEqual([]);
    expect(plan.counts).toEqual({ created: 1, updated: 0, unchanged: 0 });
  });

  it("exports every field and imports the unchanged file as zero changes (round trip)", async () => {
    const base = (overrides: Parameters<typeof offerFormValues>[2]) => offerFormValues(w.orgA, w.sport, overrides);
    await createOfferFor(
      w.memberA,
      base({
        title: '=HYPERLINK("http://evil") Jonglieren',
        description: "Lange Beschreibung mit Umlauten äöü ß und Emoji 🎪\nZweite Zeile",
        targetGroupIds: [w.kids, w.parents],
        categoryIds: [w.sport, w.culture],
        ageMin: "6",
        ageMax: "12",
        isFree: false,
        costAmount: "12,50",
        costNote: "+ Material",
        contactEmail: "kontakt@example.test",
        contactPhone: "0231 123456",
        accessibilityFeatures: ["STEP_FREE", "EASY_LANGUAGE"],
        wheelchair: "PARTIAL",
        access: "MEMBERS",
        languages: ["de", "tr"],
        maxParticipants: "15",
        registrationRequired: true,
      }),
      "publish",
      { now: NOW },
    );
    await createOfferFor(
      w.memberA,
      base({
        title: "Ferienfreizeit",
        schedule: {
          kind: "DATES",
          dates: [
            { date: "2026-12-01", startTime: "16:00", endTime: "17:30" },
            { date: "2026-12-08", startTime: "16:00", endTime: "17:30" },
            { date: "2026-12-15" },
          ],
          exceptions: [],
        },
        location: { type: "ADDRESS", sameAsOrganization: false, street: "Marktplatz 3", postalCode: "44135", city: "Musterstadt" },
      }),
      "draft",
      { now: NOW },
    );
    await createOfferFor(
      w.memberA,
      base({
        title: "Sommerkurs",
        schedule: {
          kind: "PERIOD",
          startDate: "2027-07-01",
          endDate: "2027-07-14",
          weekdays: [1, 3],
          windows: [
            { startTime: "09:00", endTime: "12:00" },
            { startTime: "13:00", endTime: "15:00" },
          ],
          exceptions: [],
        },
        location: { type: "ADDRESS", sameAsOrganization: true },
      }),
      "draft",
      { now: NOW },
    );
    await createOfferFor(
      w.memberA,
      base({
        title: "Beratung",
        schedule: {
          kind: "PERMANENT",
          windows: [
            { weekday: 1, startTime: "09:00", endTime: "12:00" },
            { weekday: 4, startTime: "14:00", endTime: "18:00" },
          ],
          exceptions: ["2026-12-24"],
        },
        location: { type: "NONE" },
      }),
      "draft",
      { now: NOW },
    );
    await createOfferFor(w.memberB, offerFormValues(w.orgB, w.sport, { title: "Fremdes Angebot" }), "draft", { now: NOW });

    const file = await exportOffersFor(w.memberA, { kind: "organization", organizationId: w.orgA }, "de", NOW);
    expect(file.fileName).toBe("angebote-familienzentrum-regenbogen-2026-11-27.xlsx");
    expect(file.count).toBe(4);
    const { sheet } = sheetOf(file.bytes);
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet, { raw: true });
    expect(rows).toHaveLength(6); // the dated offer has three rows
    expect(rows.some((r) => r["Titel*"] === "Fremdes Angebot")).toBe(false);
    // Formula injection: the title is a text cell with the text format, never a formula.
    const titleCell = Object.entries(sheet).find(
      ([, cell]) => (cell as XLSX.CellObject)?.v === '=HYPERLINK("http://evil") Jonglieren',
    )?.[1] as XLSX.CellObject;
    expect(titleCell.t).toBe("s");
    expect(titleCell.f).toBeUndefined();
    expect(titleCell.z).toBe("@");
    // Real dates and times: numbers with a date or time format.
    const grid = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true });
    const headerRow = grid[0] as string[];
    const datedRow = 1 + grid.slice(1).findIndex((r) => (r as unknown[])[headerRow.indexOf("Terminart")] === "Termine");
    const dateCell = sheet[XLSX.utils.encode_cell({ r: datedRow, c: headerRow.indexOf("Datum") })] as XLSX.CellObject;
    const timeCell = sheet[XLSX.utils.encode_cell({ r: datedRow, c: headerRow.indexOf("Beginn") })] as XLSX.CellObject;
    expect(dateCell).toMatchObject({ t: "n", z: "dd.mm.yyyy" });
    expect(XLSX.SSF.parse_date_code(dateCell.v as number)).toMatchObject({ y: 2026, m: 12, d: 1 });
    expect(timeCell).toMatchObject({ t: "n", z: "hh:mm" });
    expect(Math.round((timeCell.v as number) * 1440)).toBe(16 * 60);
    expect(rows.find((r) => String(r.Beschreibung ?? "").includes("🎪"))?.Beschreibung).toBe(
      "Lange Beschreibung mit Umlauten äöü ß und Emoji 🎪\nZweite Zeile",
    );

    const plan = await planImport(
      w.memberA,
      parseSpreadsheet(file.bytes, file.fileName, LIMITS),
      { kind: "organization", organizationId: w.orgA },
      { maxOffers: 5000 },
    );
    expect(plan.errors).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(plan.counts).toEqual({ created: 0, updated: 0, unchanged: 4 });

    // The same file edited: one title changed, one new row → one update, one creation.
    const edited = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true });
    const titleColumn = (edited[0] as string[]).indexOf("Titel*");
    const row = edited.findIndex((r) => (r as unknown[])[titleColumn] === "Sommerkurs");
    (edited[row] as unknown[])[titleColumn] = "Sommerkurs 2027";
    const bytes = workbookBytes([...edited, portalWorkbookRow(edited[0] as string[])]);
    const second = await planImport(
      w.memberA,
      parseSpreadsheet(bytes, "edit.xlsx", LIMITS),
      { kind: "organization", organizationId: w.orgA },
      { maxOffers: 5000 },
    );
    expect(second.errors).toEqual([]);
    expect(second.counts).toEqual({ created: 1, updated: 1, unchanged: 3 });
    const outcome = await applyImportPlan(
      w.memberA,
      second,
      { kind: "organization", organizationId: w.orgA },
      { fileName: "edit.xlsx", now: NOW },
    );
    expect(outcome).toMatchObject({ created: 1, updated: 1, unchanged: 3 });
    expect(await db.prisma.offer.count({ where: { title: "Sommerkurs 2027", status: "DRAFT" } })).toBe(1);
    const created = await db.prisma.offer.findFirstOrThrow({
      where: { title: "Neu aus Excel" },
      include: { slots: true, categories: true, searchDocument: true },
    });
    expect(created.status).toBe("DRAFT");
    expect(created.slots).toHaveLength(1);
    expect(created.searchDocument).not.toBeNull();
    expect(
      await db.prisma.auditLog.count({ where: { action: "offer.import", entityType: "organization", entityId: String(w.orgA) } }),
    ).toBe(1);
    expect(await db.prisma.auditLog.count({ where: { action: "offer.export", entityId: String(w.orgA) } })).toBe(1);
    // What the bulk write stored reads back exactly like a form save: a second export is unchanged again.
    const again = await exportOffersFor(w.memberA, { kind: "organization", organizationId: w.orgA }, "en", NOW);
    const third = await planImport(
      w.memberA,
      parseSpreadsheet(again.bytes, again.fileName, LIMITS),
      { kind: "organization", organizationId: w.orgA },
      { maxOffers: 5000 },
    );
    expect(third.errors).toEqual([]);
    expect(third.counts).toEqual({ created: 0, updated: 0, unchanged: 5 });
    // Drafts stay out of the public search.
    expect((await searchOffers(parseOfferSearch({ q: "Neu aus Excel" }).query, { now: NOW })).total).toBe(0);
  });

  function portalWorkbookRow(header: string[]): unknown[] {
    const values: Record<string, unknown> = {
      "Titel*": "Neu aus Excel",
      "Kategorien*": "Sport und Bewegung",
      Terminart: "wöchentlich",
      Wochentage: "Mi",
      Beginn: "10:00",
      Ende: "11:00",
    };
    return header.map((h) => values[h] ?? null);
  }

  it("imports the original portal's export: two header rows, repeated-id date rows, comma lists with main and sub categories", async () => {
    const header2 = ORIGINAL_HEADERS.map(() => "");
    // Both time columns are called "Uhrzeit": the second (end time) is passed separately.
    const row = (values: Partial<Record<(typeof ORIGINAL_HEADERS)[number], unknown>>, endTime: string | null = null) =>
      ORIGINAL_HEADERS.map((h, i) => (i === 7 ? endTime : (values[h] ?? null)));
    const bytes = workbookBytes([
      [...ORIGINAL_HEADERS],
      header2,
      row(
        {
          ID: 7001,
          "Name*": "Töpfern für Groß und Klein",
          Kategorie: "Freizeit und Kultur, Kreativität, Medien, Musik",
          Datumstyp: 1,
          "Start-Datum": "01.12.2026",
          Uhrzeit: "15:00",
          "Adresse*": "Marktplatz 3, 44135 Musterstadt",
          "Zielgruppe (comma separated)": "7–13 Jahre, Eltern/Kind",
          Kostenfrei: "ja",
          Zugang: "offen",
          Barrierefrei: "ja",
          "E-Mail": "toepfern@example.test",
        },
        "16:30",
      ),
      row({ ID: 7001, "Name*": "Töpfern für Groß und Klein", Datumstyp: 1, "Start-Datum": "08.12.2026", Uhrzeit: "15:00" }, "16:30"),
      row({ ID: 7002, "Name*": "Offener Treff", Kategorie: "Sport und Bewegung", Datumstyp: 0, "Adresse*": "ohne Adresse" }),
    ]);
    const parsed = parseSpreadsheet(bytes, "export-alt.xlsx", LIMITS);
    expect(parsed.format).toBe("original");
    const plan = await planImport(w.editor, parsed, { kind: "organization", organizationId: w.orgB }, { maxOffers: 5000 });
    // The old ids are not offers of this portal: they only group the date rows.
    expect(plan.errors.map((e) => e.code)).toEqual(["OfferExchange.row.offerNotFound", "OfferExchange.row.offerNotFound"]);

    const keyed = workbookBytes([
      [...ORIGINAL_HEADERS],
      header2,
      ...[
        row(
          {
            ID: "alt-1",
            "Name*": "Töpfern für Groß und Klein",
            Kategorie: "Freizeit und Kultur, Kreativität, Medien, Musik",
            Datumstyp: 1,
            "Start-Datum": "01.12.2026",
            Uhrzeit: "15:00",
            "Adresse*": "Marktplatz 3, 44135 Musterstadt",
            "Zielgruppe (comma separated)": "7–13 Jahre, Eltern/Kind",
            Kostenfrei: "ja",
            Zugang: "offen",
            Barrierefrei: "ja",
          },
          "16:30",
        ),
        row({ ID: "alt-1", "Name*": "Töpfern für Groß und Klein", Datumstyp: 1, "Start-Datum": "08.12.2026", Uhrzeit: "15:00" }, "16:30"),
        row({ ID: "alt-2", "Name*": "Offener Treff", Kategorie: "Sport und Bewegung", Datumstyp: 0, "Adresse*": "ohne Adresse" }),
      ],
    ]);
    const second = await planImport(
      w.editor,
      parseSpreadsheet(keyed, "export-alt.xlsx", LIMITS),
      { kind: "organization", organizationId: w.orgB },
      { maxOffers: 5000 },
    );
    expect(second.errors).toEqual([]);
    expect(second.counts.created).toBe(2);
    const pottery = second.offers.find((o) => o.input.title === "Töpfern für Groß und Klein")!;
    expect(pottery.input.categoryIds.sort()).toEqual(
      [w.culture, (await db.prisma.category.findUniqueOrThrow({ where: { slug: "freizeit" } })).id].sort(),
    );
    expect(pottery.input.targetGroupIds.sort()).toEqual([w.kids, w.parents].sort());
    expect(pottery.input.schedule).toMatchObject({
      kind: "DATES",
      dates: [
        { date: "2026-12-01", startTime: "15:00", endTime: "16:30" },
        { date: "2026-12-08", startTime: "15:00", endTime: "16:30" },
      ],
    });
    expect(pottery.location).toMatchObject({ street: "Marktplatz 3", postalCode: "44135", city: "Musterstadt", geoSource: "POSTAL_CODE" });
    expect(second.warnings.map((x) => x.code)).toContain("OfferExchange.warning.postalCodeCentre");
    expect(pottery.input).toMatchObject({ isFree: true, access: "OPEN", wheelchair: "YES" });
  });

  it("reads a Windows-1252 CSV (the old portal's encoding) with umlauts intact", async () => {
    const text = "Titel;Kategorien;Terminart\r\nMädchen-Fußball für Anfänger;Sport und Bewegung;dauerhaft\r\n";
    const bytes = new Uint8Array(Buffer.from(text, "latin1"));
    const plan = await planImport(
      w.memberA,
      parseSpreadsheet(bytes, "alt.csv", LIMITS),
      { kind: "organization", organizationId: w.orgA },
      { maxOffers: 5000 },
    );
    expect(plan.errors).toEqual([]);
    expect(plan.offers[0].input.title).toBe("Mädchen-Fußball für Anfänger");
    const utf8 = new Uint8Array(Buffer.from("\uFEFF" + text.replace("Mädchen", "Mädchen 🎉"), "utf8"));
    const plan2 = await planImport(
      w.memberA,
      parseSpreadsheet(utf8, "neu.csv", LIMITS),
      { kind: "organization", organizationId: w.orgA },
      { maxOffers: 5000 },
    );
    expect(plan2.offers[0].input.title).toBe("Mädchen 🎉-Fußball für Anfänger");
  });

  it("reads .ods and .xls files", async () => {
    for (const bookType of ["ods", "xls"] as const) {
      const bytes = portalWorkbook([weeklyRow(`Kurs ${bookType}`)], bookType === "xls" ? "biff8" : bookType);
      const plan = await planImport(
        w.memberA,
        parseSpreadsheet(bytes, `datei.${bookType}`, LIMITS),
        { kind: "organization", organizationId: w.orgA },
        { maxOffers: 5000 },
      );
      expect(plan.errors).toEqual([]);
      expect(plan.offers[0].input.schedule).toMatchObject({
        kind: "WEEKLY",
        windows: [{ weekday: 2, startTime: "16:00", endTime: "17:30" }],
        startDate: "2026-09-01",
      });
    }
  });
});
