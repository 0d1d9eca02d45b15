import ExcelJS from "exceljs";
import {
  ACCESS_CHOICES,
  ACCESSIBILITY_CHOICES,
  COLUMNS,
  LOCATION_KINDS,
  SCHEDULE_KINDS,
  SHEET_NAMES,
  WEEKDAYS,
  WHEELCHAIR_CHOICES,
  YES_NO,
  type Choice,
  type Column,
  type ColumnKey,
  type FileLanguage,
} from "./columns";

// Writes the portal's offer workbook (template and export share it) with exceljs: SheetJS Community
// Edition writes column widths but neither frozen panes nor data validation (docs/DECISIONS.md).
// Sheet 1: the offers, frozen header, widths, drop-downs; sheet 2: every column explained with its
// allowed values; sheet 3: the value lists the drop-downs read.

/** A date cell ("YYYY-MM-DD"), a time cell (minutes after midnight) or plain text/number. */
export type ExportCell = string | number | boolean | { date: string } | { minutes: number } | null;
export type ExportRow = Partial<Record<ColumnKey, ExportCell>>;

/** Rows that carry drop-downs in the template even before any offer is entered. */
const VALIDATED_ROWS = 2000;
const DANGEROUS_START = /^[=+\-@\t\r]/;

type Vocabulary = { categories: string[]; targetGroups: string[] };

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function choiceLabels(choices: readonly Choice[], language: FileLanguage): string[] {
  return choices.map((c) => c[language]);
}

/** The lists the drop-downs read, one column each, on the values sheet. */
function listsFor(vocabulary: Vocabulary, language: FileLanguage): { key: string; title: string; values: string[] }[] {
  const title = (de: string, en: string) => (language === "de" ? de : en);
  return [
    { key: "categories", title: title("Kategorien", "Categories"), values: vocabulary.categories },
    { key: "targetGroups", title: title("Zielgruppen", "Target groups"), values: vocabulary.targetGroups },
    { key: "scheduleKind", title: title("Terminart", "Schedule kind"), values: choiceLabels(SCHEDULE_KINDS, language) },
    { key: "locationType", title: title("Ort-Art", "Location type"), values: choiceLabels(LOCATION_KINDS, language) },
    { key: "access", title: title("Zugang", "Access"), values: choiceLabels(ACCESS_CHOICES, language) },
    { key: "wheelchair", title: title("Rollstuhlgerecht", "Wheelchair accessible"), values: choiceLabels(WHEELCHAIR_CHOICES, language) },
    { key: "yesNo", title: title("ja/nein", "yes/no"), values: choiceLabels(YES_NO, language) },
    {
      key: "accessibilityFeatures",
      title: title("Barrierefreiheit", "Accessibility features"),
      values: choiceLabels(ACCESSIBILITY_CHOICES, language),
    },
    { key: "weekdays", title: title("Wochentage", "Weekdays"), values: choiceLabels(WEEKDAYS, language) },
  ];
}

function listFor(column: Column): string | null {
  if (column.vocabulary) return column.vocabulary;
  if (column.kind === "yesNo") return "yesNo";
  if (column.kind === "choice" || column.key === "accessibilityFeatures") return column.key;
  return null;
}

function allowedValues(column: Column, language: FileLanguage, lists: ReturnType<typeof listsFor>): string {
  const key = listFor(column);
  if (column.key === "weekdays") return choiceLabels(WEEKDAYS, language).join(", ");
  if (!key) return "";
  const list = lists.find((l) => l.key === key)!;
  if (column.vocabulary) return language === "de" ? `siehe Blatt „${SHEET_NAMES.lists.de}“` : `see sheet “${SHEET_NAMES.lists.en}”`;
  return list.values.join(", ");
}

function writeCell(cell: ExcelJS.Cell, value: ExportCell | undefined): void {
  if (value === null || value === undefined || value === "") return;
  if (typeof value === "object" && "date" in value) {
    const [y, m, d] = value.date.split("-").map(Number);
    cell.value = new Date(Date.UTC(y, m - 1, d));
    cell.numFmt = "dd.mm.yyyy";
    return;
  }
  if (typeof value === "object" && "minutes" in value) {
    cell.value = value.minutes / 1440;
    cell.numFmt = "hh:mm";
    return;
  }
  if (typeof value === "string" && DANGEROUS_START.test(value)) {
    // A text cell with the text format: a spreadsheet shows it and never evaluates it (formula injection).
    cell.value = value;
    cell.numFmt = "@";
    return;
  }
  cell.value = value;
}

export type WorkbookContent = {
  language: FileLanguage;
  vocabulary: Vocabulary;
  rows: ExportRow[];
  /** The template's intro line on the explanation sheet. */
  title: string;
};

export async function buildOfferWorkbook({ language, vocabulary, rows, title }: WorkbookContent): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Chancenportal";
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(SHEET_NAMES.offers[language], { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width, header: c.required ? `${c[language]}*` : c[language] }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "top", wrapText: true };
  header.eachCell((cell, index) => {
    const column = COLUMNS[index - 1];
    if (column) cell.note = column.help[language];
  });

  rows.forEach((row, index) => {
    const excelRow = sheet.getRow(index + 2);
    COLUMNS.forEach((column, c) => writeCell(excelRow.getCell(c + 1), row[column.key]));
  });

  const lists = listsFor(vocabulary, language);
  const valuesSheetName = SHEET_NAMES.lists[language];
  const lastRow = Math.max(VALIDATED_ROWS, rows.length + 1);
  COLUMNS.forEach((column, index) => {
    const key = listFor(column);
    if (!key) return;
    const listIndex = lists.findIndex((l) => l.key === key);
    const list = lists[listIndex];
    if (list.values.length === 0) return;
    const letter = columnLetter(listIndex);
    const multiple = column.kind === "list";
    // exceljs has worksheet-level ranges at run time; its typings only know cell.dataValidation.
    (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations.add(
      `${columnLetter(index)}2:${columnLetter(index)}${lastRow}`,
      {
        type: "list",
        allowBlank: true,
        formulae: [`'${valuesSheetName}'!$${letter}$2:$${letter}$${list.values.length + 1}`],
        // Lists may name several values ("A; B"): the drop-down helps, but other text is accepted and checked on import.
        showErrorMessage: !multiple,
        errorStyle: multiple ? "information" : "stop",
        error: language === "de" ? "Bitte einen Wert aus der Liste wählen." : "Please choose a value from the list.",
      },
    );
  });

  const help = workbook.addWorksheet(SHEET_NAMES.help[language]);
  help.columns = [
    { header: language === "de" ? "Spalte" : "Column", key: "column", width: 28 },
    { header: language === "de" ? "Pflicht" : "Required", key: "required", width: 10 },
    { header: language === "de" ? "Erläuterung" : "Explanation", key: "help", width: 90 },
    { header: language === "de" ? "Erlaubte Werte" : "Allowed values", key: "values", width: 60 },
  ];
  help.getRow(1).font = { bold: true };
  help.views = [{ state: "frozen", ySplit: 1 }];
  for (const column of COLUMNS) {
    const row = help.addRow({
      column: column[language],
      required: column.required ? (language === "de" ? "ja" : "yes") : "",
      help: column.help[language],
      values: allowedValues(column, language, lists),
    });
    row.alignment = { wrapText: true, vertical: "top" };
  }
  help.addRow({});
  const intro = help.addRow({ column: title });
  intro.font = { italic: true };

  const values = workbook.addWorksheet(valuesSheetName);
  lists.forEach((list, index) => {
    values.getColumn(index + 1).width = 32;
    values.getCell(1, index + 1).value = list.title;
    values.getCell(1, index + 1).font = { bold: true };
    list.values.forEach((value, r) => writeCell(values.getCell(r + 2, index + 1), value));
  });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
