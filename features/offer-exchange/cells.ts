import * as XLSX from "xlsx";
import type { CellValue } from "./parse";

// Cell values as the offer form types them: dates as "YYYY-MM-DD", times as "HH:MM", lists split.
// A value that cannot be read is passed on as typed, so the form's schema reports it with its own
// message (e.g. "31.02.2026" → an invalid date) — the import never invents a different rule.

export const cellText = (value: CellValue | undefined): string => {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  return String(value).trim();
};

const pad = (n: number) => String(n).padStart(2, "0");

/** An Excel date (serial number) or typed "TT.MM.JJJJ", "JJJJ-MM-TT", "T.M.JJ" → "JJJJ-MM-TT"; other text unchanged. */
export function dateText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    const parsed = XLSX.SSF.parse_date_code(Math.floor(value));
    return parsed ? `${parsed.y}-${pad(parsed.m)}-${pad(parsed.d)}` : String(value);
  }
  const raw = String(value).trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(raw);
  if (iso) return `${iso[1]}-${pad(Number(iso[2]))}-${pad(Number(iso[3]))}`;
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(raw);
  if (german) {
    const year = german[3].length === 2 ? 2000 + Number(german[3]) : Number(german[3]);
    return `${year}-${pad(Number(german[2]))}-${pad(Number(german[1]))}`;
  }
  return raw;
}

/** An Excel time (fraction of a day, or a date-time) or typed "9:00", "16.30", "16 Uhr" → "HH:MM"; other text unchanged. */
export function timeText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    const fraction = value - Math.floor(value);
    const minutes = Math.round((value >= 1 && fraction === 0 ? 0 : fraction) * 1440);
    if (value === 1) return "24:00";
    return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  }
  const raw = String(value).trim();
  const match = /^(\d{1,2})(?:[:.](\d{2}))?(?:\s*uhr)?$/i.exec(raw);
  if (match) return `${pad(Number(match[1]))}:${match[2] ?? "00"}`;
  return raw;
}

/** Items of a list cell separated by semicolons or line breaks (commas stay: category names contain them). */
export function listItems(value: CellValue | undefined): string[] {
  return cellText(value)
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * Items of a list where commas may separate names too (the original portal wrote "A, B") although a
 * name may itself contain one ("Kreativität, Medien, Musik"): the longest run of comma pieces that
 * names a known item wins.
 */
export function splitNames(value: CellValue | undefined, isKnown: (name: string) => boolean): string[] {
  const names: string[] = [];
  for (const item of listItems(value)) {
    if (isKnown(item) || !item.includes(",")) {
      names.push(item);
      continue;
    }
    const pieces = item.split(",").map((p) => p.trim());
    let i = 0;
    while (i < pieces.length) {
      let taken = 0;
      for (let j = pieces.length; j > i; j--) {
        if (isKnown(pieces.slice(i, j).join(", "))) {
          taken = j - i;
          break;
        }
      }
      if (taken === 0) {
        if (pieces[i]) names.push(pieces[i]);
        i += 1;
      } else {
        names.push(pieces.slice(i, i + taken).join(", "));
        i += taken;
      }
    }
  }
  return names;
}

/** HTML tags or script in a text cell: the portal stores plain text, so such a cell is refused. */
export function containsMarkup(text: string): boolean {
  return /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>|<!--|javascript:/i.test(text);
}

/** A coordinate as a number, or null when empty; undefined when the cell is not a number. */
export function coordinateValue(value: CellValue | undefined): number | null | undefined {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return value;
  const n = Number(String(value).trim().replace(",", "."));
  return Number.isFinite(n) && String(value).trim() !== "" ? n : undefined;
}
