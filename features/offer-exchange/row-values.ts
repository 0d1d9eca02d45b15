import type { OfferFormValues } from "@/features/offers/schemas";
import {
  ACCESS_CHOICES,
  ACCESSIBILITY_CHOICES,
  choiceCode,
  COLUMNS,
  LOCATION_KINDS,
  WHEELCHAIR_CHOICES,
  YES_NO,
  type Choice,
  type ColumnKey,
} from "./columns";
import { cellText, containsMarkup, coordinateValue, listItems, splitNames } from "./cells";
import type { CellValue, SheetRow } from "./parse";
import { scheduleFromRows, type ScheduleSource } from "./schedule-cells";

// One offer's rows → the values the offer form would submit. Only what a cell cannot say in the
// form's terms is reported here (an unknown category name, "vielleicht" in a yes/no column, HTML);
// everything else is left to the form's schema (validate.ts runs it).

export type RowProblem = { row: number; column: ColumnKey | null; code: string; values?: Record<string, string | number> };

/** Names (any language, slug or number) → id, for categories and target groups. */
export type NameLookup = ReadonlyMap<string, number>;

export const lookupKey = (name: string) => name.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

export type RowValues = {
  values: OfferFormValues;
  entrySources: ScheduleSource[];
  problems: RowProblem[];
};

const TEXT_COLUMNS: ColumnKey[] = COLUMNS.filter((c) => c.kind === "text" && c.key !== "images" && c.key !== "organization").map(
  (c) => c.key,
);

function text(cells: SheetRow["cells"], key: ColumnKey): string {
  const value = cells[key];
  // Excel drops a postal code's leading zero ("01067" typed as a number).
  if (key === "postalCode" && typeof value === "number" && Number.isInteger(value) && value < 100000) return String(value).padStart(5, "0");
  return cellText(value);
}

function numberish(value: CellValue | undefined): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  return String(value).trim();
}

export function createRowReader(lookups: { categories: NameLookup; targetGroups: NameLookup }) {
  return function rowValues(rows: SheetRow[], organizationId: number): RowValues {
    const first = rows[0];
    const cells = first.cells;
    const problems: RowProblem[] = [];
    const problem = (column: ColumnKey, code: string, values?: RowProblem["values"]) =>
      problems.push({ row: first.row, column, code, values });

    for (const key of TEXT_COLUMNS) {
      const value = text(cells, key);
      if (value && containsMarkup(value)) problem(key, "markup");
    }

    const yesNo = (key: ColumnKey): boolean | undefined => {
      const value = cells[key];
      if (value === undefined || value === null || value === "") return undefined;
      if (typeof value === "boolean") return value;
      const raw = cellText(value).toLowerCase();
      if (["1", "x", "true", "wahr"].includes(raw)) return true;
      if (["0", "false", "falsch"].includes(raw)) return false;
      const code = choiceCode(YES_NO, raw);
      if (code) return code === "YES";
      problem(key, "yesNo", { value: cellText(value) });
      return undefined;
    };

    const choice = <T extends string>(key: ColumnKey, choices: readonly Choice[]): T | undefined => {
      const raw = cellText(cells[key]);
      if (!raw) return undefined;
      const code = choiceCode(choices, raw);
      if (!code) problem(key, "choice", { value: raw });
      return (code ?? undefined) as T | undefined;
    };

    const names = (key: "categories" | "targetGroups", lookup: NameLookup): number[] => {
      const ids: number[] = [];
      for (const name of splitNames(cells[key], (n) => lookup.has(lookupKey(n)))) {
        const id = lookup.get(lookupKey(name));
        if (id === undefined) problem(key, key === "categories" ? "unknownCategory" : "unknownTargetGroup", { value: name });
        else ids.push(id);
      }
      return ids;
    };

    const features: string[] = [];
    for (const item of listItems(cells.accessibilityFeatures)) {
      const code = choiceCode(ACCESSIBILITY_CHOICES, item);
      if (code) features.push(code);
      else problem("accessibilityFeatures", "choice", { value: item });
    }

    const images = listItems(cells.images).map((item) => {
      const [path = "", alt = "", copyright = ""] = item.split("|").map((part) => part.trim());
      return { path, alt, copyright };
    });

    const coordinate = (key: "lat" | "lng") => {
      const value = coordinateValue(cells[key]);
      if (value === undefined) problem(key, "number", { value: cellText(cells[key]) });
      return value ?? null;
    };

    const street = text(cells, "street");
    const postalCode = text(cells, "postalCode");
    const city = text(cells, "city");
    const locationType =
      choice<"ADDRESS" | "ONLINE" | "NONE">("locationType", LOCATION_KINDS) ??
      (cells.onlineUrl && !street && !postalCode && !city ? "ONLINE" : "ADDRESS");
    const schedule = scheduleFromRows(rows);
    problems.push(...schedule.problems);

    const values: OfferFormValues = {
      organizationId,
      title: text(cells, "title"),
      summary: text(cells, "summary"),
      description: text(cells, "description"),
      categoryIds: names("categories", lookups.categories),
      format: text(cells, "format"),
      courseNumber: text(cells, "courseNumber"),
      speaker: text(cells, "speaker"),
      cooperationPartner: text(cells, "cooperationPartner"),
      videoUrl: text(cells, "videoUrl"),
      schedule: schedule.schedule as OfferFormValues["schedule"],
      scheduleNote: text(cells, "scheduleNote"),
      location: {
        type: locationType,
        sameAsOrganization: locationType === "ADDRESS" && !street && !postalCode && !city,
        locationName: text(cells, "locationName"),
        street,
        postalCode,
        city,
        note: text(cells, "locationNote"),
        onlineUrl: text(cells, "onlineUrl"),
        pinMoved: false,
        lat: coordinate("lat"),
        lng: coordinate("lng"),
      },
      targetGroupIds: names("targetGroups", lookups.targetGroups),
      ageMin: numberish(cells.ageMin),
      ageMax: numberish(cells.ageMax),
      languages: listItems(cells.languages)
        .flatMap((item) => item.split(","))
        .map((code) => code.trim().toLowerCase())
        .filter(Boolean),
      registrationRequired: yesNo("registrationRequired") ?? false,
      registrationNote: text(cells, "registrationNote"),
      maxParticipants: numberish(cells.maxParticipants),
      conditions: text(cells, "conditions"),
      volunteeringPossible: yesNo("volunteeringPossible") ?? false,
      isFree: yesNo("isFree") ?? false,
      costAmount: numberish(cells.costAmount),
      costNote: text(cells, "costNote"),
      access: choice<"OPEN" | "MEMBERS" | "UNKNOWN">("access", ACCESS_CHOICES) ?? "UNKNOWN",
      wheelchair: choice<"YES" | "PARTIAL" | "NO" | "UNKNOWN">("wheelchair", WHEELCHAIR_CHOICES) ?? "UNKNOWN",
      accessibilityFeatures: features as OfferFormValues["accessibilityFeatures"],
      accessibilityNote: text(cells, "accessibilityNote"),
      contactSalutation: text(cells, "contactSalutation"),
      contactName: text(cells, "contactName"),
      contactRole: text(cells, "contactRole"),
      contactPhone: text(cells, "contactPhone"),
      contactEmail: text(cells, "contactEmail"),
      images,
    };
    return { values, entrySources: schedule.entrySources, problems };
  };
}

const DIRECT: Partial<Record<string, ColumnKey>> = {
  categoryIds: "categories",
  targetGroupIds: "targetGroups",
  organizationId: "organization",
  "location.type": "locationType",
  "location.locationName": "locationName",
  "location.street": "street",
  "location.postalCode": "postalCode",
  "location.city": "city",
  "location.note": "locationNote",
  "location.onlineUrl": "onlineUrl",
  "location.lat": "lat",
  "location.lng": "lng",
  "schedule.kind": "scheduleKind",
  schedule: "scheduleKind",
  "schedule.startDate": "date",
  "schedule.endDate": "endDate",
  "schedule.weekdays": "weekdays",
  "schedule.intervalWeeks": "intervalWeeks",
  "schedule.dates": "dates",
  "schedule.windows": "times",
};

/** The row and column a schema issue of this offer belongs to. */
export function issueSource(
  path: PropertyKey[],
  firstRow: number,
  entrySources: ScheduleSource[],
): { row: number; column: ColumnKey | null } {
  const parts = path.map(String);
  if (parts[0] === "schedule" && (parts[1] === "dates" || parts[1] === "windows")) {
    const index = Number(parts[2]);
    if (Number.isInteger(index) && entrySources[index]) return entrySources[index];
  }
  if (parts[0] === "schedule" && parts[1] === "exceptions") return { row: firstRow, column: "exceptions" };
  if (parts[0] === "images") return { row: firstRow, column: "images" };
  if (parts[0] === "languages") return { row: firstRow, column: "languages" };
  if (parts[0] === "accessibilityFeatures") return { row: firstRow, column: "accessibilityFeatures" };
  const joined = parts.slice(0, 2).join(".");
  const column = DIRECT[joined] ?? DIRECT[parts[0]] ?? (COLUMNS.some((c) => c.key === parts[0]) ? (parts[0] as ColumnKey) : null);
  return { row: firstRow, column };
}

/** Schema message keys are relative to the offer form's namespace. */
export function schemaMessageKey(message: string): string {
  return /^[a-zA-Z]+\.[a-zA-Z]+$/.test(message) ? `OfferForm.${message}` : "OfferForm.errors.invalid";
}
