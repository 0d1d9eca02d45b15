import { ACCESSIBILITY_FEATURES } from "@/features/offers/schemas";

// The one column table of the portal's offer spreadsheet: the template, the export and the import
// all read it, so a file the portal wrote is a file it reads. Headers and help texts exist in German
// and English (the file's language follows the UI: German for "de", English otherwise); the import
// accepts either, whatever the UI language. Values of choice columns accept the German and English
// label and the code.

export type FileLanguage = "de" | "en";

export type ColumnKind = "id" | "text" | "integer" | "decimal" | "yesNo" | "choice" | "list" | "date" | "time" | "coordinate";

export type Choice = { code: string; de: string; en: string };

export type Column = {
  key: ColumnKey;
  de: string;
  en: string;
  kind: ColumnKind;
  width: number;
  required?: boolean;
  /** Allowed values of a choice column (also the template's drop-down). */
  choices?: readonly Choice[];
  /** The template's drop-down for a list column comes from the portal's vocabulary. */
  vocabulary?: "categories" | "targetGroups";
  help: { de: string; en: string };
};

export const YES_NO: readonly Choice[] = [
  { code: "YES", de: "ja", en: "yes" },
  { code: "NO", de: "nein", en: "no" },
];

export const SCHEDULE_KINDS: readonly Choice[] = [
  { code: "PERMANENT", de: "dauerhaft", en: "permanent" },
  { code: "DATES", de: "Termine", en: "dates" },
  { code: "PERIOD", de: "Zeitraum", en: "period" },
  { code: "WEEKLY", de: "wöchentlich", en: "weekly" },
];

export const LOCATION_KINDS: readonly Choice[] = [
  { code: "ADDRESS", de: "Adresse", en: "address" },
  { code: "ONLINE", de: "online", en: "online" },
  { code: "NONE", de: "ohne Ort", en: "no place" },
];

export const ACCESS_CHOICES: readonly Choice[] = [
  { code: "OPEN", de: "offen", en: "open" },
  { code: "MEMBERS", de: "nur Mitglieder", en: "members only" },
  { code: "UNKNOWN", de: "unbekannt", en: "unknown" },
];

export const WHEELCHAIR_CHOICES: readonly Choice[] = [
  { code: "YES", de: "ja", en: "yes" },
  { code: "PARTIAL", de: "teilweise", en: "partly" },
  { code: "NO", de: "nein", en: "no" },
  { code: "UNKNOWN", de: "unbekannt", en: "unknown" },
];

const FEATURE_LABELS: Record<(typeof ACCESSIBILITY_FEATURES)[number], { de: string; en: string }> = {
  STEP_FREE: { de: "stufenlos", en: "step-free" },
  ACCESSIBLE_TOILET: { de: "barrierefreies WC", en: "accessible toilet" },
  INDUCTION_LOOP: { de: "Induktionsschleife", en: "induction loop" },
  SIGN_LANGUAGE: { de: "Gebärdensprache", en: "sign language" },
  EASY_LANGUAGE: { de: "Leichte Sprache", en: "easy language" },
  GUIDE_DOGS_WELCOME: { de: "Assistenzhunde willkommen", en: "guide dogs welcome" },
};

export const ACCESSIBILITY_CHOICES: readonly Choice[] = ACCESSIBILITY_FEATURES.map((code) => ({ code, ...FEATURE_LABELS[code] }));

export const WEEKDAYS: readonly Choice[] = [
  { code: "1", de: "Mo", en: "Mon" },
  { code: "2", de: "Di", en: "Tue" },
  { code: "3", de: "Mi", en: "Wed" },
  { code: "4", de: "Do", en: "Thu" },
  { code: "5", de: "Fr", en: "Fri" },
  { code: "6", de: "Sa", en: "Sat" },
  { code: "7", de: "So", en: "Sun" },
];

const COLUMN_LIST = [
  {
    key: "id",
    de: "ID",
    en: "ID",
    kind: "id",
    width: 10,
    help: {
      de: "Leer für ein neues Angebot. Die Nummer eines eigenen Angebots ändert es. Mehrere Zeilen mit derselben ID (auch einem Kürzel wie N1 für neue Angebote) fügen weitere Termine hinzu; aus Folgezeilen werden nur Datum, Beginn und Ende gelesen.",
      en: "Empty for a new offer. The number of one of your offers updates it. Several rows with the same ID (also a short key such as N1 for new offers) add more dates; of further rows only date, start and end are read.",
    },
  },
  {
    key: "organization",
    de: "Organisation",
    en: "Organization",
    kind: "text",
    width: 24,
    help: {
      de: "Nur für die Redaktion beim Import einer Gesamtdatei: Name oder Nummer der Organisation. Sonst leer lassen.",
      en: "Only for editors importing a whole-portal file: the organisation's name or number. Otherwise leave empty.",
    },
  },
  {
    key: "title",
    de: "Titel",
    en: "Title",
    kind: "text",
    width: 32,
    required: true,
    help: { de: "Pflicht, bis 150 Zeichen.", en: "Required, up to 150 characters." },
  },
  {
    key: "summary",
    de: "Kurzbeschreibung",
    en: "Summary",
    kind: "text",
    width: 40,
    help: { de: "Bis 200 Zeichen.", en: "Up to 200 characters." },
  },
  {
    key: "description",
    de: "Beschreibung",
    en: "Description",
    kind: "text",
    width: 50,
    help: { de: "Langer Text, reiner Text ohne HTML.", en: "Long text, plain text without HTML." },
  },
  {
    key: "categories",
    de: "Kategorien",
    en: "Categories",
    kind: "list",
    width: 30,
    required: true,
    vocabulary: "categories",
    help: {
      de: "Pflicht. Eine oder mehrere Kategorien oder Unterkategorien, getrennt durch Semikolon.",
      en: "Required. One or more categories or subcategories, separated by semicolons.",
    },
  },
  {
    key: "targetGroups",
    de: "Zielgruppen",
    en: "Target groups",
    kind: "list",
    width: 30,
    vocabulary: "targetGroups",
    help: { de: "Eine oder mehrere Zielgruppen, getrennt durch Semikolon.", en: "One or more target groups, separated by semicolons." },
  },
  {
    key: "ageMin",
    de: "Alter von",
    en: "Age from",
    kind: "integer",
    width: 10,
    help: { de: "Ganze Zahl 0–120.", en: "Whole number 0–120." },
  },
  {
    key: "ageMax",
    de: "Alter bis",
    en: "Age to",
    kind: "integer",
    width: 10,
    help: { de: "Ganze Zahl 0–120.", en: "Whole number 0–120." },
  },
  {
    key: "languages",
    de: "Sprachen",
    en: "Languages",
    kind: "list",
    width: 12,
    help: { de: "Sprachcodes nach ISO 639-1, z. B. de; en; tr.", en: "ISO 639-1 language codes, e.g. de; en; tr." },
  },
  {
    key: "format",
    de: "Format",
    en: "Format",
    kind: "text",
    width: 16,
    help: { de: "Z. B. Kurs, Workshop.", en: "E.g. course, workshop." },
  },
  {
    key: "courseNumber",
    de: "Kursnummer",
    en: "Course number",
    kind: "text",
    width: 14,
    help: { de: "Bis 50 Zeichen.", en: "Up to 50 characters." },
  },
  {
    key: "speaker",
    de: "Referent/in",
    en: "Speaker",
    kind: "text",
    width: 20,
    help: { de: "Bis 200 Zeichen.", en: "Up to 200 characters." },
  },
  {
    key: "cooperationPartner",
    de: "Kooperationspartner",
    en: "Cooperation partner",
    kind: "text",
    width: 20,
    help: { de: "Bis 200 Zeichen.", en: "Up to 200 characters." },
  },
  {
    key: "videoUrl",
    de: "Video-URL",
    en: "Video URL",
    kind: "text",
    width: 24,
    help: { de: "Adresse mit https://.", en: "Address starting with https://." },
  },
  {
    key: "scheduleKind",
    de: "Terminart",
    en: "Schedule kind",
    kind: "choice",
    width: 14,
    choices: SCHEDULE_KINDS,
    help: {
      de: "dauerhaft (ohne festes Datum), Termine (einzelne Daten), Zeitraum (von–bis, täglich oder an Wochentagen), wöchentlich.",
      en: "permanent (no fixed date), dates (single dates), period (from–to, daily or on weekdays), weekly.",
    },
  },
  {
    key: "date",
    de: "Datum",
    en: "Date",
    kind: "date",
    width: 12,
    help: {
      de: "Termine: das Datum dieser Zeile. Zeitraum: erster Tag. Wöchentlich: optional erster Tag. Format TT.MM.JJJJ oder JJJJ-MM-TT.",
      en: "Dates: this row's date. Period: first day. Weekly: optional first day. Format DD.MM.YYYY or YYYY-MM-DD.",
    },
  },
  {
    key: "endDate",
    de: "Enddatum",
    en: "End date",
    kind: "date",
    width: 12,
    help: { de: "Zeitraum: letzter Tag. Wöchentlich: optional letzter Tag.", en: "Period: last day. Weekly: optional last day." },
  },
  {
    key: "startTime",
    de: "Beginn",
    en: "Start time",
    kind: "time",
    width: 9,
    help: {
      de: "Uhrzeit SS:MM. Termine: Beginn dieses Termins; Zeitraum und wöchentlich: tägliche Uhrzeit an den Wochentagen.",
      en: "Time HH:MM. Dates: start of this date; period and weekly: the time on each weekday.",
    },
  },
  { key: "endTime", de: "Ende", en: "End time", kind: "time", width: 9, help: { de: "Uhrzeit SS:MM.", en: "Time HH:MM." } },
  {
    key: "weekdays",
    de: "Wochentage",
    en: "Weekdays",
    kind: "list",
    width: 14,
    help: {
      de: "Mo; Di; Mi; Do; Fr; Sa; So — für Zeitraum und wöchentlich (zusammen mit Beginn und Ende).",
      en: "Mon; Tue; Wed; Thu; Fri; Sat; Sun — for period and weekly (with start and end time).",
    },
  },
  {
    key: "times",
    de: "Zeiten",
    en: "Times",
    kind: "text",
    width: 24,
    help: {
      de: "Mehrere Zeitfenster statt Beginn/Ende, z. B. „Mo 16:00-17:30; Mi 10:00-12:00“ (wöchentlich, dauerhaft) oder „10:00-12:00; 14:00-16:00“ (Zeitraum).",
      en: "Several time windows instead of start/end, e.g. “Mon 16:00-17:30; Wed 10:00-12:00” (weekly, permanent) or “10:00-12:00; 14:00-16:00” (period).",
    },
  },
  {
    key: "dates",
    de: "Termine",
    en: "Dates",
    kind: "text",
    width: 30,
    help: {
      de: "Terminart Termine: alle Termine in einer Zelle, z. B. „2026-09-01 16:00-17:30; 2026-09-08“ — oder eine Zeile je Termin mit derselben ID.",
      en: "Schedule kind dates: all dates in one cell, e.g. “2026-09-01 16:00-17:30; 2026-09-08” — or one row per date with the same ID.",
    },
  },
  {
    key: "intervalWeeks",
    de: "Alle n Wochen",
    en: "Every n weeks",
    kind: "integer",
    width: 10,
    help: {
      de: "Wöchentlich: 1 (jede Woche) bis 8; ab 2 ist ein Datum nötig.",
      en: "Weekly: 1 (every week) to 8; from 2 a date is needed.",
    },
  },
  {
    key: "exceptions",
    de: "Ausnahmen",
    en: "Exceptions",
    kind: "text",
    width: 20,
    help: { de: "Tage ohne Termin (Ferien), getrennt durch Semikolon.", en: "Days without the offer (holidays), separated by semicolons." },
  },
  {
    key: "scheduleNote",
    de: "Hinweis zu Zeiten",
    en: "Note on times",
    kind: "text",
    width: 24,
    help: { de: "Freitext.", en: "Free text." },
  },
  {
    key: "locationType",
    de: "Ort-Art",
    en: "Location type",
    kind: "choice",
    width: 12,
    choices: LOCATION_KINDS,
    help: {
      de: "Adresse (leer = Adresse der Organisation), online (Online-Link nötig) oder ohne Ort.",
      en: "address (empty = the organisation's address), online (needs the online link) or no place.",
    },
  },
  {
    key: "locationName",
    de: "Ortsname",
    en: "Place name",
    kind: "text",
    width: 18,
    help: { de: "Z. B. Gemeindehaus.", en: "E.g. community hall." },
  },
  {
    key: "street",
    de: "Straße",
    en: "Street",
    kind: "text",
    width: 22,
    help: {
      de: "Straße, PLZ und Ort leer = Adresse der Organisation.",
      en: "Street, postal code and city empty = the organisation's address.",
    },
  },
  { key: "postalCode", de: "PLZ", en: "Postal code", kind: "text", width: 8, help: { de: "Fünf Ziffern.", en: "Five digits." } },
  { key: "city", de: "Ort", en: "City", kind: "text", width: 14, help: { de: "Ort.", en: "City." } },
  {
    key: "locationNote",
    de: "Hinweis zum Ort",
    en: "Location note",
    kind: "text",
    width: 18,
    help: { de: "Z. B. Raum 3.", en: "E.g. room 3." },
  },
  {
    key: "onlineUrl",
    de: "Online-Link",
    en: "Online link",
    kind: "text",
    width: 24,
    help: { de: "Adresse mit https://.", en: "Address starting with https://." },
  },
  {
    key: "lat",
    de: "Breitengrad",
    en: "Latitude",
    kind: "coordinate",
    width: 11,
    help: {
      de: "Optional. Ohne Koordinaten wird die Mitte der Postleitzahl verwendet.",
      en: "Optional. Without coordinates the centre of the postal code is used.",
    },
  },
  { key: "lng", de: "Längengrad", en: "Longitude", kind: "coordinate", width: 11, help: { de: "Optional.", en: "Optional." } },
  {
    key: "registrationRequired",
    de: "Anmeldung erforderlich",
    en: "Registration required",
    kind: "yesNo",
    width: 12,
    choices: YES_NO,
    help: { de: "ja oder nein.", en: "yes or no." },
  },
  {
    key: "registrationNote",
    de: "Hinweis zur Anmeldung",
    en: "Registration note",
    kind: "text",
    width: 20,
    help: { de: "Freitext.", en: "Free text." },
  },
  {
    key: "maxParticipants",
    de: "Max. Teilnehmende",
    en: "Max. participants",
    kind: "integer",
    width: 10,
    help: { de: "Ganze Zahl ab 1.", en: "Whole number from 1." },
  },
  { key: "conditions", de: "Teilnahmebedingungen", en: "Conditions", kind: "text", width: 20, help: { de: "Freitext.", en: "Free text." } },
  {
    key: "volunteeringPossible",
    de: "Engagement möglich",
    en: "Volunteering possible",
    kind: "yesNo",
    width: 12,
    choices: YES_NO,
    help: { de: "ja oder nein.", en: "yes or no." },
  },
  {
    key: "isFree",
    de: "Kostenfrei",
    en: "Free of charge",
    kind: "yesNo",
    width: 10,
    choices: YES_NO,
    help: { de: "ja oder nein.", en: "yes or no." },
  },
  {
    key: "costAmount",
    de: "Kosten (Euro)",
    en: "Cost (euros)",
    kind: "decimal",
    width: 10,
    help: { de: "Betrag, z. B. 12,50.", en: "Amount, e.g. 12.50." },
  },
  { key: "costNote", de: "Hinweis zu Kosten", en: "Cost note", kind: "text", width: 18, help: { de: "Freitext.", en: "Free text." } },
  {
    key: "access",
    de: "Zugang",
    en: "Access",
    kind: "choice",
    width: 14,
    choices: ACCESS_CHOICES,
    help: { de: "Siehe Werte.", en: "See values." },
  },
  {
    key: "wheelchair",
    de: "Rollstuhlgerecht",
    en: "Wheelchair accessible",
    kind: "choice",
    width: 12,
    choices: WHEELCHAIR_CHOICES,
    help: { de: "Siehe Werte.", en: "See values." },
  },
  {
    key: "accessibilityFeatures",
    de: "Barrierefreiheit",
    en: "Accessibility features",
    kind: "list",
    width: 22,
    choices: ACCESSIBILITY_CHOICES,
    help: { de: "Merkmale, getrennt durch Semikolon.", en: "Features, separated by semicolons." },
  },
  {
    key: "accessibilityNote",
    de: "Hinweis zur Barrierefreiheit",
    en: "Accessibility note",
    kind: "text",
    width: 20,
    help: { de: "Freitext.", en: "Free text." },
  },
  { key: "contactSalutation", de: "Anrede", en: "Salutation", kind: "text", width: 8, help: { de: "Z. B. Frau.", en: "E.g. Ms." } },
  { key: "contactName", de: "Ansprechperson", en: "Contact person", kind: "text", width: 18, help: { de: "Name.", en: "Name." } },
  { key: "contactRole", de: "Zuständigkeit", en: "Responsibility", kind: "text", width: 16, help: { de: "Freitext.", en: "Free text." } },
  { key: "contactPhone", de: "Telefon", en: "Phone", kind: "text", width: 16, help: { de: "Z. B. 0231 123456.", en: "E.g. 0231 123456." } },
  { key: "contactEmail", de: "E-Mail", en: "Email", kind: "text", width: 22, help: { de: "E-Mail-Adresse.", en: "Email address." } },
  {
    key: "images",
    de: "Bilder",
    en: "Images",
    kind: "text",
    width: 24,
    help: {
      de: "Nur aus einem Export übernehmen (bereits hochgeladene Bilder): „Pfad | Alternativtext | Copyright“, getrennt durch Semikolon.",
      en: "Only keep what an export wrote (images already uploaded): “path | alt text | copyright”, separated by semicolons.",
    },
  },
] as const satisfies readonly (Omit<Column, "key" | "choices"> & { key: string; choices?: readonly Choice[] })[];

export type ColumnKey = (typeof COLUMN_LIST)[number]["key"];

export const COLUMNS: readonly Column[] = COLUMN_LIST as readonly Column[];

export const COLUMN_BY_KEY: ReadonlyMap<ColumnKey, Column> = new Map(COLUMNS.map((c) => [c.key, c]));

/** The sheet names the portal writes; the import reads the offers sheet by either name, else the first sheet. */
export const SHEET_NAMES = {
  offers: { de: "Angebote", en: "Offers" },
  help: { de: "Erläuterungen", en: "Explanations" },
  lists: { de: "Werte", en: "Values" },
} as const;

export function normalizeHeader(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\*/g, "").replace(/\s+/g, " ").trim();
}

const HEADER_LOOKUP = new Map<string, ColumnKey>(
  COLUMNS.flatMap((c) => [[normalizeHeader(c.de), c.key] as const, [normalizeHeader(c.en), c.key] as const]),
);

/** The column a header cell names (German or English), or null. */
export function columnForHeader(text: string): ColumnKey | null {
  return HEADER_LOOKUP.get(normalizeHeader(text)) ?? null;
}

export function headerOf(key: ColumnKey, language: FileLanguage): string {
  return COLUMN_BY_KEY.get(key)![language];
}

/** The language of the file the UI locale gets. */
export function fileLanguage(locale: string): FileLanguage {
  return locale === "de" ? "de" : "en";
}

function normalizeValue(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** The code a choice cell names (code, German or English label; case-insensitive), or null. */
export function choiceCode(choices: readonly Choice[], text: string): string | null {
  const value = normalizeValue(text);
  const hit = choices.find((c) => normalizeValue(c.code) === value || normalizeValue(c.de) === value || normalizeValue(c.en) === value);
  return hit?.code ?? null;
}

export function choiceLabel(choices: readonly Choice[], code: string, language: FileLanguage): string {
  return choices.find((c) => c.code === code)?.[language] ?? code;
}
