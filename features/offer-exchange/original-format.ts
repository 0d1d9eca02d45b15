import type { ColumnKey } from "./columns";
import { normalizeHeader } from "./columns";
import type { CellValue, SheetRow } from "./parse";

// The original (TYPO3) Chancenportal's export: 32 columns, two header rows, one row per date with
// the ID repeated. Detected by its headers; each row is mapped onto the portal's own columns so the
// same validation (the offer form's schema) runs on it. Columns in order:
// ID, Name*, Kategorie, Datumstyp, Start-Datum, Uhrzeit, End-Datum, Uhrzeit, Adresse*, Zusatzinfo Ort,
// PLZ/Stadtteil, Zielgruppe, Kurzbeschreibung, Langbeschreibung, Referent, Format, Video-URL,
// Teilnahmebedingungen, Kursnummer, Max. Teilnehmer, Kosten, Kostenfrei, Zugang, Barrierefrei,
// Kooperationspartner, Anrede, Name, Zuständigkeit, Telefon, E-Mail, URL Anbieter, Engagement möglich.

export const ORIGINAL_HEADERS = [
  "ID",
  "Name*",
  "Kategorie",
  "Datumstyp",
  "Start-Datum",
  "Uhrzeit",
  "End-Datum",
  "Uhrzeit",
  "Adresse*",
  "Zusatzinfo Ort",
  "PLZ/Stadtteil",
  "Zielgruppe (comma separated)",
  "Kurzbeschreibung",
  "Langbeschreibung",
  "Referent",
  "Format",
  "Video-URL",
  "Teilnahmebedingungen",
  "Kursnummer",
  "Max. Teilnehmer",
  "Kosten",
  "Kostenfrei",
  "Zugang",
  "Barrierefrei",
  "Kooperationspartner",
  "Anrede",
  "Name",
  "Zuständigkeit",
  "Telefon",
  "E-Mail",
  "URL Anbieter",
  "Engagement möglich",
] as const;

/** Which of the portal's columns each original column fills ("address", "date type" etc. are converted). */
type Target = ColumnKey | "originalAddress" | "originalDateType" | "originalPostalCode" | "originalAccess" | "originalWheelchair";

const TARGETS: Target[] = [
  "id",
  "title",
  "categories",
  "originalDateType",
  "date",
  "startTime",
  "endDate",
  "endTime",
  "originalAddress",
  "locationNote",
  "originalPostalCode",
  "targetGroups",
  "summary",
  "description",
  "speaker",
  "format",
  "videoUrl",
  "conditions",
  "courseNumber",
  "maxParticipants",
  "costNote",
  "isFree",
  "originalAccess",
  "originalWheelchair",
  "cooperationPartner",
  "contactSalutation",
  "contactName",
  "contactRole",
  "contactPhone",
  "contactEmail",
  "organization",
  "volunteeringPossible",
];

export type OriginalLayout = { headerIndex: number; firstDataIndex: number; positions: number[] };

const headerKey = (text: string) => normalizeHeader(text).replace(/\s*\(.*\)$/, "");

/**
 * The original layout when a row among the first two carries its headers (ID, Name*, Datumstyp …,
 * at least 24 of the 32 in order), else null. Data starts after the second header row.
 */
export function detectOriginalFormat(values: CellValue[][]): OriginalLayout | null {
  const expected = ORIGINAL_HEADERS.map(headerKey);
  for (let r = 0; r < Math.min(values.length, 2); r++) {
    const row = (values[r] ?? []).map((v) => (typeof v === "string" ? headerKey(v) : ""));
    if (!row.includes("datumstyp")) continue;
    // Positions in order, so the two "Uhrzeit" and the two "Name" columns map to the right targets.
    const positions: number[] = [];
    let from = 0;
    for (const header of expected) {
      const found = row.indexOf(header, from);
      positions.push(found);
      if (found >= 0) from = found + 1;
    }
    if (positions.filter((p) => p >= 0).length >= 24) return { headerIndex: r, firstDataIndex: Math.max(r + 1, 2), positions };
  }
  return null;
}

const text = (value: CellValue): string => (value === null || value === undefined ? "" : String(value).trim());

/** "Musterweg 1, 44135 Dortmund" → street, postal code, city; "online"/"ohne" → no place. */
function convertAddress(cells: SheetRow["cells"], value: CellValue): void {
  const raw = text(value);
  if (!raw || /^(online|ohne|keine|-)/i.test(raw)) {
    cells.locationType = "NONE";
    return;
  }
  cells.locationType = "ADDRESS";
  const match = /^(.*?)[,\s]+(\d{5})\s+(.+)$/.exec(raw);
  if (match) {
    if (match[1].trim()) cells.street = match[1].trim().replace(/,$/, "");
    cells.postalCode = match[2];
    cells.city = match[3].trim();
  } else {
    cells.street = raw;
  }
}

const DATE_TYPES: Record<string, string> = { "0": "PERMANENT", "1": "DATES", "2": "PERIOD", "3": "PERIOD", "4": "WEEKLY" };

function convert(target: Target, value: CellValue, cells: SheetRow["cells"]): void {
  switch (target) {
    case "originalAddress":
      return convertAddress(cells, value);
    case "originalDateType":
      cells.scheduleKind = DATE_TYPES[text(value)] ?? text(value);
      return;
    case "originalPostalCode": {
      const code = /\b(\d{5})\b/.exec(text(value));
      if (code && !cells.postalCode) cells.postalCode = code[1];
      return;
    }
    case "originalAccess": {
      const raw = text(value).toLowerCase();
      cells.access =
        raw === "" ? null : raw.includes("mitglied") || raw === "1" ? "MEMBERS" : raw.includes("offen") || raw === "0" ? "OPEN" : "UNKNOWN";
      return;
    }
    case "originalWheelchair": {
      const raw = text(value).toLowerCase();
      cells.wheelchair =
        raw === "" ? null : ["ja", "1", "yes", "x"].includes(raw) ? "YES" : ["nein", "0", "no"].includes(raw) ? "NO" : "UNKNOWN";
      return;
    }
    default:
      if (value !== null && value !== "") cells[target] = value;
  }
}

/** The data rows mapped onto the portal's columns; a weekly row's weekday comes from its start date. */
export function originalRows(values: CellValue[][], layout: OriginalLayout): SheetRow[] {
  const rows: SheetRow[] = [];
  for (let r = layout.firstDataIndex; r < values.length; r++) {
    const source = values[r];
    if (!source || source.every((v) => v === null || v === undefined || v === "")) continue;
    const cells: SheetRow["cells"] = {};
    layout.positions.forEach((position, index) => {
      if (position >= 0) convert(TARGETS[index], source[position] ?? null, cells);
    });
    if (cells.scheduleKind === "WEEKLY") cells.weekdays = "fromDate";
    if (cells.scheduleKind === "PERMANENT") {
      delete cells.date;
      delete cells.endDate;
      delete cells.startTime;
      delete cells.endTime;
    }
    rows.push({ row: r + 1, cells });
  }
  return rows;
}
