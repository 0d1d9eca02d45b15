import * as XLSX from "xlsx";
import { AppError, type MessageValues } from "@/lib/errors";
import { columnForHeader, SHEET_NAMES, type ColumnKey } from "./columns";
import { detectOriginalFormat, originalRows } from "./original-format";

// Reading an uploaded spreadsheet (SheetJS, the fixed 0.20.3 build) into rows of cells keyed by the
// portal's columns. Everything that makes a file unusable is refused here with its own message —
// nothing of such a file reaches validation: wrong kind, too large, encrypted, macros, corrupt,
// formulas, no rows, missing required columns. Only .xlsx, .xls, .ods and .csv are read; a file's
// content must match its kind (a renamed PDF is not a spreadsheet).

export type CellValue = string | number | boolean | null;
export type SheetRow = { row: number; cells: Partial<Record<ColumnKey, CellValue>> };
export type FileFormat = "portal" | "original";
export type ParsedFile = { format: FileFormat; rows: SheetRow[]; ignoredHeaders: string[] };

export type ImportLimits = { maxBytes: number; maxOffers: number };

/** A file the import refuses as a whole; `code` is a key of "OfferExchange.file". */
export class ImportFileError extends AppError {
  constructor(code: string, values?: MessageValues) {
    super(`OfferExchange.file.${code}`, 400, { values });
  }
}

const EXTENSIONS = ["xlsx", "xls", "ods", "csv"] as const;
type Extension = (typeof EXTENSIONS)[number];
const MACRO_EXTENSIONS = ["xlsm", "xlsb", "xltm", "xlam"];

function extensionOf(fileName: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(fileName.trim());
  return match ? match[1].toLowerCase() : "";
}

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const isZip = (bytes: Uint8Array) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
const isCfb = (bytes: Uint8Array) => startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Text the import reads as CSV: UTF-8 (with or without BOM), else Windows-1252 — the old portal's encoding. */
export function decodeCsv(bytes: Uint8Array): string {
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  if (body.includes(0)) throw new ImportFileError("notSpreadsheet");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return new TextDecoder("windows-1252").decode(body);
  }
}

type Container = { paths: string[]; text(suffix: string): string };

function readContainer(bytes: Uint8Array): Container {
  try {
    const container = XLSX.CFB.read(bytes, { type: "buffer" });
    const paths = container.FullPaths.map((p: string) => p.toLowerCase());
    return {
      paths,
      text: (suffix) => {
        const index = paths.findIndex((p: string) => p.endsWith(suffix));
        const content = index >= 0 ? container.FileIndex[index]?.content : undefined;
        return content ? new TextDecoder().decode(content as Uint8Array) : "";
      },
    };
  } catch {
    throw new ImportFileError("corrupt");
  }
}

/** Refuses containers that hold macros or encrypted content before SheetJS parses them. */
function checkContainer(bytes: Uint8Array, extension: Extension): void {
  if (extension === "csv") return;
  const zip = isZip(bytes);
  const cfb = isCfb(bytes);
  if ((extension === "xlsx" || extension === "ods") && !zip && !cfb) throw new ImportFileError("notSpreadsheet");
  if (extension === "xls" && !cfb) throw new ImportFileError("notSpreadsheet");
  const container = readContainer(bytes);
  const entries = container.paths;
  // An encrypted .xlsx is an OLE container with these streams instead of the zip.
  if (entries.some((e) => e.endsWith("/encryptioninfo") || e.endsWith("/encryptedpackage"))) throw new ImportFileError("encrypted");
  if (entries.some((e) => e.endsWith("vbaproject.bin") || e.includes("_vba_project") || e.endsWith("/macros/") || e.includes("/basic/")))
    throw new ImportFileError("macros");
  // An encrypted .ods keeps its zip but marks the encrypted parts in the manifest.
  if (extension === "ods" && container.text("meta-inf/manifest.xml").includes("encryption-data")) throw new ImportFileError("encrypted");
  if (cfb && extension !== "xls") throw new ImportFileError("notSpreadsheet");
}

function readWorkbook(bytes: Uint8Array, extension: Extension): XLSX.WorkBook {
  const options: XLSX.ParsingOptions = { cellFormula: true, cellDates: false, cellHTML: false, dense: true, bookVBA: true };
  try {
    const workbook =
      extension === "csv"
        ? XLSX.read(decodeCsv(bytes), { ...options, type: "string", raw: true })
        : XLSX.read(bytes, { ...options, type: "buffer" });
    if (workbook.vbaraw) throw new ImportFileError("macros");
    return workbook;
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    const message = error instanceof Error ? error.message.toLowerCase() : "";
    if (message.includes("password") || message.includes("encrypt")) throw new ImportFileError("encrypted");
    throw new ImportFileError("corrupt");
  }
}

function pickSheet(workbook: XLSX.WorkBook): XLSX.WorkSheet {
  const names = workbook.SheetNames;
  const preferred = names.find((n) => n === SHEET_NAMES.offers.de || n === SHEET_NAMES.offers.en) ?? names[0];
  const sheet = preferred ? workbook.Sheets[preferred] : undefined;
  if (!sheet) throw new ImportFileError("emptySheet");
  return sheet;
}

/** The cell's value; a formula (or an error value) refuses the file, naming the cell. */
function cellValue(cell: XLSX.CellObject | undefined, row: number, column: number): CellValue {
  if (!cell) return null;
  const address = XLSX.utils.encode_cell({ r: row, c: column });
  if (cell.f) throw new ImportFileError("formula", { cell: address });
  switch (cell.t) {
    case "s":
      return typeof cell.v === "string" && cell.v.trim() !== "" ? cell.v : null;
    case "n":
      return typeof cell.v === "number" && Number.isFinite(cell.v) ? cell.v : null;
    case "b":
      return Boolean(cell.v);
    case "d":
      // Some readers (ODS) hand out dates: back to an Excel serial, as an .xlsx date cell reads.
      return cell.v instanceof Date ? (cell.v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : null;
    case "e":
      throw new ImportFileError("cellError", { cell: address });
    default:
      return null;
  }
}

type Grid = { values: CellValue[][] };

function gridOf(sheet: XLSX.WorkSheet): Grid {
  const data = (sheet["!data"] ?? []) as (XLSX.CellObject[] | undefined)[];
  const values: CellValue[][] = [];
  data.forEach((cells, r) => {
    if (!cells) return;
    const row: CellValue[] = [];
    cells.forEach((cell, c) => {
      row[c] = cellValue(cell, r, c);
    });
    values[r] = row;
  });
  return { values };
}

const isBlankRow = (row: CellValue[] | undefined) => !row || row.every((v) => v === null || v === undefined || v === "");

/** The header row of the portal's format among the first rows: the one naming the most known columns. */
function portalHeader(grid: Grid): { index: number; columns: (ColumnKey | null)[]; ignored: string[] } | null {
  let best: { index: number; columns: (ColumnKey | null)[]; ignored: string[]; hits: number } | null = null;
  for (let r = 0; r < Math.min(grid.values.length, 5); r++) {
    const row = grid.values[r] ?? [];
    const columns = Array.from(row, (v) => (typeof v === "string" ? columnForHeader(v) : null));
    const hits = columns.filter(Boolean).length;
    if (hits >= 2 && (!best || hits > best.hits)) {
      const ignored = Array.from(row, (v, i) => (typeof v === "string" && !columns[i] ? v.trim() : null)).filter((v): v is string => !!v);
      best = { index: r, columns, ignored, hits };
    }
  }
  return best;
}

function rowsBelow(grid: Grid, headerIndex: number, columns: (ColumnKey | null)[]): SheetRow[] {
  const rows: SheetRow[] = [];
  for (let r = headerIndex + 1; r < grid.values.length; r++) {
    const values = grid.values[r];
    if (isBlankRow(values)) continue;
    const cells: SheetRow["cells"] = {};
    columns.forEach((key, c) => {
      const value = values![c];
      if (key && value !== null && value !== undefined && cells[key] === undefined) cells[key] = value;
    });
    rows.push({ row: r + 1, cells });
  }
  return rows;
}

/**
 * Reads an uploaded file. Throws ImportFileError for every file that cannot be imported as a whole;
 * row-level problems are validate.ts's.
 */
export function parseSpreadsheet(bytes: Uint8Array, fileName: string, limits: ImportLimits): ParsedFile {
  if (bytes.byteLength === 0) throw new ImportFileError("empty");
  if (bytes.byteLength > limits.maxBytes)
    throw new ImportFileError("tooLarge", { megabytes: Math.round((limits.maxBytes / 1024 / 1024) * 10) / 10 });
  const extension = extensionOf(fileName);
  if (MACRO_EXTENSIONS.includes(extension)) throw new ImportFileError("macros");
  if (!(EXTENSIONS as readonly string[]).includes(extension)) throw new ImportFileError("notSpreadsheet");
  checkContainer(bytes, extension as Extension);
  const workbook = readWorkbook(bytes, extension as Extension);
  const grid = gridOf(pickSheet(workbook));
  if (grid.values.every(isBlankRow)) throw new ImportFileError("emptySheet");

  const original = detectOriginalFormat(grid.values);
  if (original) {
    const rows = originalRows(grid.values, original);
    if (rows.length === 0) throw new ImportFileError("noRows");
    return { format: "original", rows, ignoredHeaders: [] };
  }
  const header = portalHeader(grid);
  if (!header) throw new ImportFileError("missingColumns", { columns: "Titel / Title, Kategorien / Categories" });
  const missing = (["title", "categories"] as const).filter((key) => !header.columns.includes(key));
  if (missing.length > 0) {
    const names = { title: "Titel / Title", categories: "Kategorien / Categories" };
    throw new ImportFileError("missingColumns", { columns: missing.map((m) => names[m]).join(", ") });
  }
  const rows = rowsBelow(grid, header.index, header.columns);
  if (rows.length === 0) throw new ImportFileError("noRows");
  return { format: "portal", rows, ignoredHeaders: header.ignored };
}
