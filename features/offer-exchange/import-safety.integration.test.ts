import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as XLSX from "xlsx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOfferFor } from "@/features/offers/mutations";
import { offerFormValues } from "@/features/offers/test-fixtures";
import { AppError } from "@/lib/errors";
import { useTestDatabase } from "@/test/helpers/db";
import { applyImportPlan } from "./apply";
import { handleExportRequest, handleTemplateRequest } from "./export-request";
import { confirmImportFor, previewImport } from "./import-flow";
import { handleImportPreviewRequest, type ImportStreamEvent } from "./import-request";
import { ImportFileError, parseSpreadsheet } from "./parse";
import { NOW, portalWorkbook, seedExchangeWorld, weeklyRow, workbookBytes, type ExchangeWorld } from "./test-fixtures";
import { planImport, type ImportTarget } from "./validate";

// Bad files, bad rows, other organisations' ids, all-or-nothing writes, the staged upload's token
// and who may import and export — against a real database, through the route handlers where a
// request is the product.

const LIMITS = { maxBytes: 5 * 1024 * 1024, maxOffers: 5000 };

function fileError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFileError) return error.code;
    throw error;
  }
  throw new Error("expected the file to be refused");
}

type CfbUtils = { cfb_new(): unknown; cfb_add(cfb: unknown, name: string, content: Uint8Array): void };

describe("offer import: bad files, bad rows, all or nothing, authorization", () => {
  const db = useTestDatabase();
  let w: ExchangeWorld;
  let stagingDir: string;
  const intoA = (): ImportTarget => ({ kind: "organization", organizationId: w.orgA });

  beforeAll(async () => {
    w = await seedExchangeWorld(db.prisma);
    stagingDir = fs.mkdtempSync(path.join(os.tmpdir(), "import-staging-"));
    process.env.IMPORT_STAGING_DIR = stagingDir;
  });
  afterAll(() => {
    fs.rmSync(stagingDir, { recursive: true, force: true });
    delete process.env.IMPORT_STAGING_DIR;
  });

  const plan = (bytes: Uint8Array, name = "angebote.xlsx", user = w.memberA, target = intoA()) =>
    planImport(user, parseSpreadsheet(bytes, name, LIMITS), target, { maxOffers: LIMITS.maxOffers });

  it("refuses every unusable file with its own message", () => {
    const valid = portalWorkbook([weeklyRow("Kurs")]);
    expect(fileError(() => parseSpreadsheet(new Uint8Array(0), "a.xlsx", LIMITS))).toBe("OfferExchange.file.empty");
    expect(fileError(() => parseSpreadsheet(valid, "a.xlsx", { ...LIMITS, maxBytes: 1000 }))).toBe("OfferExchange.file.tooLarge");
    expect(fileError(() => parseSpreadsheet(new Uint8Array(Buffer.from("%PDF-1.7 …")), "a.pdf", LIMITS))).toBe(
      "OfferExchange.file.notSpreadsheet",
    );
    expect(fileError(() => parseSpreadsheet(new Uint8Array(Buffer.from("%PDF-1.7 …")), "a.xlsx", LIMITS))).toBe(
      "OfferExchange.file.notSpreadsheet",
    );
    expect(fileError(() => parseSpreadsheet(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]), "a.csv", LIMITS))).toBe(
      "OfferExchange.file.notSpreadsheet",
    );
    expect(fileError(() => parseSpreadsheet(valid, "a.xlsm", LIMITS))).toBe("OfferExchange.file.macros");
    expect(fileError(() => parseSpreadsheet(valid.slice(0, 600), "a.xlsx", LIMITS))).toBe("OfferExchange.file.corrupt");
    expect(fileError(() => parseSpreadsheet(workbookBytes([]), "a.xlsx", LIMITS))).toBe("OfferExchange.file.emptySheet");
    expect(fileError(() => parseSpreadsheet(workbookBytes([["Titel", "Kategorien"]]), "a.xlsx", LIMITS))).toBe("OfferExchange.file.noRows");
    expect(
      fileError(() =>
        parseSpreadsheet(
          workbookBytes([
            ["Titel", "Beschreibung"],
            ["Kurs", "x"],
          ]),
          "a.xlsx",
          LIMITS,
        ),
      ),
    ).toBe("OfferExchange.file.missingColumns");
    expect(
      fileError(() =>
        parseSpreadsheet(
          workbookBytes([
            ["Name", "Telefon"],
            ["x", "y"],
          ]),
          "a.xlsx",
          LIMITS,
        ),
      ),
    ).toBe("OfferExchange.file.missingColumns");
  });

  it("refuses encrypted files and workbooks that carry macros under an innocent name", () => {
    const cfb = XLSX.CFB as unknown as { utils: CfbUtils; write(c: unknown, o: { type: "buffer" }): Buffer };
    const container = cfb.utils.cfb_new();
    cfb.utils.cfb_add(container, "/EncryptionInfo", new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    cfb.utils.cfb_add(container, "/EncryptedPackage", new Uint8Array(4096).fill(7));
    const encrypted = new Uint8Array(cfb.write(container, { type: "buffer" }));
    expect(fileError(() => parseSpreadsheet(encrypted, "geheim.xlsx", LIMITS))).toBe("OfferExchange.file.encrypted");
    // An encrypted .ods: the zip stays, the manifest marks the encrypted parts.
    const ods = XLSX.CFB.read(portalWorkbook([weeklyRow("Kurs")], "ods"), { type: "buffer" });
    const manifest =
      '<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>';
    cfb.utils.cfb_add(ods, "/META-INF/manifest.xml", new Uint8Array(Buffer.from(manifest)));
    const encryptedOds = new Uint8Array(
      (XLSX.CFB as unknown as { write(c: unknown, o: object): Buffer }).write(ods, { type: "buffer", fileType: "zip" }),
    );
    expect(fileError(() => parseSpreadsheet(encryptedOds, "geheim.ods", LIMITS))).toBe("OfferExchange.file.encrypted");

    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ["Titel", "Kategorien"],
        ["Kurs", "Sport und Bewegung"],
      ]),
      "Angebote",
    );
    const vba = cfb.utils.cfb_new();
    cfb.utils.cfb_add(vba, "/VBA/dir", new Uint8Array([1, 2, 3]));
    (book as XLSX.WorkBook & { vbaraw?: unknown }).vbaraw = cfb.write(vba, { type: "buffer" });
    const macro = new Uint8Array(XLSX.write(book, { type: "buffer", bookType: "xlsm", bookVBA: true }) as Buffer);
    expect(fileError(() => parseSpreadsheet(macro, "harmlos.xlsx", LIMITS))).toBe("OfferExchange.file.macros");
  });

  it("refuses formulas and error cells, naming the cell", () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ["Titel", "Kategorien", "Max. Teilnehmende"],
      ["Kurs", "Sport und Bewegung", 10],
    ]);
    sheet.C2 = { t: "n", v: 20, f: "B1*2" };
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, "Angebote");
    const bytes = new Uint8Array(XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer);
    try {
      parseSpreadsheet(bytes, "formel.xlsx", LIMITS);
      throw new Error("not refused");
    } catch (error) {
      expect(error).toBeInstanceOf(ImportFileError);
      expect((error as ImportFileError).code).toBe("OfferExchange.file.formula");
      expect((error as ImportFileError).values).toEqual({ cell: "C2" });
    }
  });

  it("reports each bad cell with its row, column and message, and plans nothing for those offers", async () => {
    const bytes = portalWorkbook([
      weeklyRow("Gut"),
      { title: "Falsches Datum", categories: "Sport und Bewegung", scheduleKind: "Termine", date: "31.02.2026" },
      weeklyRow("Text als Zahl", { ageMin: "zwölf", maxParticipants: "viele" }),
      weeklyRow("Skript", { description: "<script>alert(1)</script>" }),
      weeklyRow("Unbekannt", { categories: "Schach", isFree: "vielleicht", targetGroups: "Marsianer" }),
      weeklyRow("", {}),
      weeklyRow("Falsche Zeit", { startTime: "25:00" }),
    ]);
    const result = await plan(bytes);
    const issues = result.errors.map((e) => [e.row, e.column, e.code]);
    expect(issues).toEqual(
      expect.arrayContaining([
        [3, "date", "OfferForm.schedule.invalidDate"],
        [4, "ageMin", "OfferForm.errors.age"],
        [4, "maxParticipants", "OfferForm.errors.maxParticipants"],
        [5, "description", "OfferExchange.row.markup"],
        [6, "categories", "OfferExchange.row.unknownCategory"],
        [6, "targetGroups", "OfferExchange.row.unknownTargetGroup"],
        [6, "isFree", "OfferExchange.row.yesNo"],
        [7, "title", "OfferForm.errors.titleRequired"],
        [8, "startTime", "OfferForm.schedule.invalidTime"],
      ]),
    );
    expect(result.counts.created).toBe(1);
    const preview = await previewImport(w.memberA, { bytes, fileName: "fehler.xlsx", target: intoA(), locale: "de" });
    expect(preview.token).toBeNull();
    expect(preview.errors.find((e) => e.row === 3)).toEqual({
      row: 3,
      column: "Datum",
      message: "Bitte geben Sie ein gültiges Datum ein.",
    });
    const english = await previewImport(w.memberA, { bytes, fileName: "fehler.xlsx", target: intoA(), locale: "en" });
    expect(english.errors.find((e) => e.row === 5)).toEqual({
      row: 5,
      column: "Description",
      message: "HTML and scripts are not allowed. Please enter plain text only.",
    });
  });

  it("refuses more offers than the limit", async () => {
    const bytes = portalWorkbook([weeklyRow("A"), weeklyRow("B"), weeklyRow("C")]);
    await expect(planImport(w.memberA, parseSpreadsheet(bytes, "a.xlsx", LIMITS), intoA(), { maxOffers: 2 })).rejects.toMatchObject({
      code: "OfferExchange.file.tooManyOffers",
    });
  });

  it("treats another organisation's offer id as an error and changes nothing", async () => {
    const foreign = await createOfferFor(w.memberB, offerFormValues(w.orgB, w.sport, { title: "TSV Kurs" }), "draft", { now: NOW });
    const result = await plan(portalWorkbook([weeklyRow("Übernommen", { id: foreign.id })]));
    expect(result.errors).toEqual([{ row: 2, column: "id", code: "OfferExchange.row.offerNotFound", values: { id: foreign.id } }]);
    await expect(applyImportPlan(w.memberA, result, intoA(), { fileName: "x.xlsx" })).rejects.toMatchObject({
      code: "OfferExchange.confirm.hasErrors",
    });
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: foreign.id } })).title).toBe("TSV Kurs");
  });

  it("writes all or nothing: one bad row among 1,000 writes nothing, and a failing write rolls everything back", async () => {
    const before = await db.prisma.offer.count();
    const rows = Array.from({ length: 1000 }, (_, i) => weeklyRow(`Massenkurs ${i + 1}`));
    rows[499] = weeklyRow("Kaputt", { categories: "Gibt es nicht" });
    const bytes = portalWorkbook(rows);
    const preview = await previewImport(w.memberA, { bytes, fileName: "tausend.xlsx", target: intoA(), locale: "de" });
    expect(preview.errorCount).toBe(1);
    expect(preview.errors[0]).toMatchObject({ row: 501, column: "Kategorien" });
    expect(preview.counts.created).toBe(999);
    expect(preview.token).toBeNull();
    const failing = await plan(bytes);
    await expect(applyImportPlan(w.memberA, failing, intoA(), { fileName: "tausend.xlsx" })).rejects.toBeInstanceOf(AppError);
    expect(await db.prisma.offer.count()).toBe(before);

    // A database failure on the last offer (a category deleted meanwhile) takes the 999 before it along.
    const good = await plan(portalWorkbook(rows.map((row, i) => (i === 499 ? weeklyRow("Repariert") : row))));
    expect(good.errors).toEqual([]);
    good.offers[good.offers.length - 1].input.categoryIds = [987654];
    await expect(applyImportPlan(w.memberA, good, intoA(), { fileName: "tausend.xlsx" })).rejects.toThrow();
    expect(await db.prisma.offer.count()).toBe(before);
    expect(await db.prisma.auditLog.count({ where: { action: "offer.import" } })).toBe(0);
  });

  it("confirms only the staged file of the same user, untampered", async () => {
    const bytes = portalWorkbook([weeklyRow("Bestätigt")]);
    const preview = await previewImport(w.memberA, { bytes, fileName: "ok.xlsx", target: intoA(), locale: "de" });
    expect(preview.token).toBeTruthy();
    const token = preview.token!;
    await expect(confirmImportFor(w.memberB, token)).rejects.toMatchObject({ code: "OfferExchange.confirm.expired" });
    const [payload, signature] = token.split(".");
    const forged = JSON.parse(Buffer.from(payload, "base64url").toString()) as { userId: number };
    forged.userId = w.memberB.id;
    await expect(
      confirmImportFor(w.memberB, `${Buffer.from(JSON.stringify(forged)).toString("base64url")}.${signature}`),
    ).rejects.toMatchObject({
      code: "OfferExchange.confirm.expired",
    });
    await expect(confirmImportFor(w.memberA, `${payload}.${signature.slice(0, -2)}xx`)).rejects.toMatchObject({
      code: "OfferExchange.confirm.expired",
    });
    // Two confirmations at once (two tabs): one imports, the other is refused.
    const results = await Promise.allSettled([
      confirmImportFor(w.memberA, token, { now: NOW }),
      confirmImportFor(w.memberA, token, { now: NOW }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const outcome = (results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<Awaited<ReturnType<typeof confirmImportFor>>>)
      .value;
    expect(outcome).toMatchObject({ created: 1, updated: 0 });
    // The staged file is gone: the same token cannot import twice.
    await expect(confirmImportFor(w.memberA, token)).rejects.toMatchObject({ code: "OfferExchange.confirm.expired" });
    expect(await db.prisma.offer.count({ where: { title: "Bestätigt", organizationId: w.orgA, status: "DRAFT" } })).toBe(1);
  });

  it("lets editors import a portal file naming organisations, creating unknown ones only when asked", async () => {
    const bytes = portalWorkbook([
      weeklyRow("Vereinskurs", { organization: "TSV Musterstadt" }),
      weeklyRow("Neuer Kurs", { organization: "Neuer Verein Nord" }),
      weeklyRow("Zweiter neuer Kurs", { organization: "neuer verein nord" }),
    ]);
    await expect(plan(bytes, "portal.xlsx", w.memberA, { kind: "file" })).rejects.toMatchObject({ status: 403 });
    const preview = await previewImport(w.editor, { bytes, fileName: "portal.xlsx", target: { kind: "file" }, locale: "de" });
    expect(preview.errors).toEqual([]);
    expect(preview.newOrganizations).toEqual(["Neuer Verein Nord"]);
    await expect(confirmImportFor(w.editor, preview.token)).rejects.toMatchObject({
      code: "OfferExchange.confirm.organizationsNotConfirmed",
    });
    const outcome = await confirmImportFor(w.editor, preview.token, { createOrganizations: true, now: NOW });
    expect(outcome).toMatchObject({ created: 3, organizationsCreated: 1 });
    const created = await db.prisma.organization.findFirstOrThrow({ where: { name: "Neuer Verein Nord" }, include: { offers: true } });
    expect(created.status).toBe("APPROVED");
    expect(created.offers).toHaveLength(2);
    expect(await db.prisma.offer.count({ where: { title: "Vereinskurs", organizationId: w.orgB } })).toBe(1);
    // A provider's file naming another organisation is an error, not a move.
    const provider = await plan(portalWorkbook([weeklyRow("Fremd", { organization: "TSV Musterstadt" })]));
    expect(provider.errors.map((e) => e.code)).toEqual(["OfferExchange.row.organizationMismatch"]);
  });

  it("sends imported offers to review when the portal requires approval; a published offer's change waits as a revision", async () => {
    await db.prisma.settings.update({ where: { id: 1 }, data: { requireOfferApproval: false } });
    const published = await createOfferFor(w.memberA, offerFormValues(w.orgA, w.sport, { title: "Veröffentlicht" }), "publish", {
      now: NOW,
    });
    await db.prisma.settings.update({ where: { id: 1 }, data: { requireOfferApproval: true } });
    try {
      const exported = await handleExportRequest(new Request(`http://x/api/offer-export?organization=${w.orgA}&locale=de`), w.memberA);
      const rows = XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(new Uint8Array(await exported.arrayBuffer())).Sheets.Angebote, {
        header: 1,
        raw: true,
      });
      const header = rows[0] as string[];
      const row = rows.find((r) => (r as unknown[])[0] === published.id) as unknown[];
      row[header.indexOf("Kurzbeschreibung")] = "Neue Kurzbeschreibung";
      const bytes = workbookBytes([
        header,
        row,
        header.map((h) => ({ "Titel*": "Zur Prüfung", "Kategorien*": "Sport und Bewegung" })[h] ?? null),
      ]);
      const result = await plan(bytes);
      expect(result.errors).toEqual([]);
      const outcome = await applyImportPlan(w.memberA, result, intoA(), { fileName: "x.xlsx", now: NOW });
      expect(outcome).toMatchObject({ created: 1, revisions: 1, updated: 0 });
      expect((await db.prisma.offer.findFirstOrThrow({ where: { title: "Zur Prüfung" } })).status).toBe("PENDING_REVIEW");
      const kept = await db.prisma.offer.findUniqueOrThrow({ where: { id: published.id }, include: { revisions: true } });
      expect(kept.status).toBe("PUBLISHED");
      expect(kept.summary).not.toBe("Neue Kurzbeschreibung");
      expect(kept.revisions.filter((r) => r.status === "PENDING")).toHaveLength(1);
    } finally {
      await db.prisma.settings.update({ where: { id: 1 }, data: { requireOfferApproval: false } });
    }
  });

  async function previewRequest(
    user: Parameters<typeof handleImportPreviewRequest>[1],
    target: string,
    bytes = portalWorkbook([weeklyRow("Per HTTP")]),
  ) {
    const form = new FormData();
    form.set("target", target);
    form.set("file", new File([bytes.slice().buffer], "angebote.xlsx"));
    return handleImportPreviewRequest(new Request("http://x/api/offer-import?locale=de", { method: "POST", body: form }), user);
  }

  it("authorizes the upload: anonymous, another organisation's member, planners and providers for portal files are refused", async () => {
    expect((await previewRequest(null, String(w.orgA))).status).toBe(401);
    expect((await previewRequest(w.memberB, String(w.orgA))).status).toBe(404);
    expect((await previewRequest(w.planner, String(w.orgA))).status).toBe(404);
    expect((await previewRequest(w.planner, "file")).status).toBe(403);
    expect((await previewRequest(w.memberA, "file")).status).toBe(403);
    const ok = await previewRequest(w.memberA, String(w.orgA));
    expect(ok.status).toBe(200);
    const events = (await ok.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as ImportStreamEvent);
    expect(events.some((e) => e.type === "progress")).toBe(true);
    const last = events[events.length - 1];
    expect(last.type === "preview" && last.preview.counts.created).toBe(1);
    const refused = await previewRequest(w.memberA, String(w.orgA), new Uint8Array(Buffer.from("%PDF")));
    const refusedEvents = (await refused.text()).trim().split("\n");
    expect(JSON.parse(refusedEvents[refusedEvents.length - 1])).toEqual({
      type: "error",
      message: "Das ist keine Tabellendatei. Erlaubt sind .xlsx, .xls, .ods und .csv.",
    });
  });

  it("authorizes exports: own organisation for members, all offers for editors and planners, nothing for anonymous users", async () => {
    const get = (query: string, user: Parameters<typeof handleExportRequest>[1]) =>
      handleExportRequest(new Request(`http://x/api/offer-export?${query}&locale=de`), user);
    expect((await get(`organization=${w.orgA}`, null)).status).toBe(401);
    expect((await get(`organization=${w.orgA}`, w.memberB)).status).toBe(404);
    expect((await get(`organization=${w.orgA}`, w.planner)).status).toBe(404);
    expect((await get("scope=all", w.memberA)).status).toBe(403);
    expect((await get("organization=abc", w.memberA)).status).toBe(404);
    const own = await get(`organization=${w.orgA}`, w.memberA);
    expect(own.status).toBe(200);
    expect(own.headers.get("content-disposition")).toMatch(
      /attachment; filename="angebote-familienzentrum-regenbogen-\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    const all = await get("scope=all", w.editor);
    const allRows = XLSX.utils.sheet_to_json(XLSX.read(new Uint8Array(await all.arrayBuffer())).Sheets.Angebote);
    const planner = await get("scope=all", w.planner);
    const plannerRows = XLSX.utils.sheet_to_json<Record<string, unknown>>(
      XLSX.read(new Uint8Array(await planner.arrayBuffer())).Sheets.Angebote,
    );
    expect(allRows.length).toBeGreaterThan(plannerRows.length);
    expect(plannerRows.every((r) => r["Titel*"] !== "TSV Kurs")).toBe(true);
    const search = await get("scope=search&q=Veröffentlicht", w.planner);
    expect(search.status).toBe(200);
    expect((await get("scope=all", null)).status).toBe(401);
    expect((await handleTemplateRequest(new Request("http://x/api/offer-import/template?locale=en"), null)).status).toBe(401);
    expect((await handleTemplateRequest(new Request("http://x/api/offer-import/template?locale=en"), w.memberA)).status).toBe(200);
    expect(await db.prisma.auditLog.count({ where: { action: "offer.export", actorId: w.planner.id } })).toBe(2);
  });
});
