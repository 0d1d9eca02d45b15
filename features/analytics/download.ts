import "server-only";
import * as XLSX from "xlsx";
import type { SessionUser } from "@/features/accounts/types";
import { chartTable, isChartId, type Cell, type ChartTable, type Translate } from "./charts";
import { canViewAnalytics } from "./permissions";
import { parseAnalyticsFilter } from "./schemas";

// CSV and XLSX downloads of the planner charts (app/api/analytics/[chart]/route.ts). Authorized here,
// not only by the page that links them: anonymous → 401, providers → 403, unknown chart → 404.

export const DOWNLOAD_FORMATS = ["csv", "xlsx"] as const;

/** A cell that a spreadsheet would run as a formula (search terms are typed by the public) is prefixed with '. */
function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(table: ChartTable): string {
  const cell = (value: Cell) => {
    const text = typeof value === "number" ? String(value) : safeText(value);
    return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  // A byte-order mark, so spreadsheet programs read UTF-8 (umlauts) correctly.
  return "\uFEFF" + [table.columns, ...table.rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

export function toXlsx(table: ChartTable): Buffer {
  // Strings stay strings (aoa_to_sheet never makes formulas); numbers stay numbers.
  const sheet = XLSX.utils.aoa_to_sheet([table.columns, ...table.rows]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, table.title.replace(/[\\/?*[\]:]/g, " ").slice(0, 31) || "Daten");
  return XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer;
}

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function handleAnalyticsDownload(
  request: Request,
  user: SessionUser | null,
  chart: string,
  locale: string,
  t: Translate,
  now = new Date(),
): Promise<Response> {
  if (!user) return text(401, t("download.unauthorized"));
  if (!canViewAnalytics(user)) return text(403, t("download.forbidden"));
  if (!isChartId(chart)) return text(404, t("download.notFound"));
  const params = new URL(request.url).searchParams;
  const format = params.get("format") === "xlsx" ? "xlsx" : "csv";
  const { filter } = parseAnalyticsFilter(params, now);
  const table = await chartTable(chart, filter, locale, t, now);
  const filename = `${chart}_${filter.from}_${filter.to}.${format}`;
  const headers = {
    "Content-Disposition": `attachment; filename="${filename}"`,
    "Cache-Control": "private, no-store",
    "X-Robots-Tag": "noindex",
  };
  if (format === "csv") return new Response(toCsv(table), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  return new Response(new Uint8Array(toXlsx(table)), {
    headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  });
}
