import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { chartMessageKey, type ChartId, type ChartTable } from "../charts";
import { DataTable } from "./data-table";

export type AppliesTo = "all" | "searches" | "offers" | "providers" | "totals";

type Props = {
  id: ChartId;
  table: ChartTable;
  /** The filter's query string (without "?"), for the download links. */
  query: string;
  appliesTo: AppliesTo;
  /** The chart; without one, the table is shown open. */
  children?: ReactNode;
  /** Replaces the generic table (e.g. the gap matrix, which is a table itself). */
  tableOverride?: ReactNode;
  locale: string;
};

/** One chart: heading, what it counts, which filters apply, the chart, its table and the downloads. */
export async function ChartSection({ id, table, query, appliesTo, children, tableOverride, locale }: Props) {
  const t = await getTranslations("Analytics");
  const key = chartMessageKey(id);
  const headingId = `chart-${id}`;
  const href = (format: "csv" | "xlsx") => `/api/analytics/${id}?${query}${query ? "&" : ""}format=${format}&locale=${locale}`;
  const body = tableOverride ?? <DataTable table={table} emptyText={t("empty")} />;
  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col gap-2 rounded-lg border border-slate-200 p-4">
      <h3 id={headingId} className="text-lg font-semibold text-brand-800">
        {t(`charts.${key}.title` as never)}
      </h3>
      <p className="text-sm text-slate-700">
        {t(`charts.${key}.description` as never)} {t(`appliesTo.${appliesTo}`)}
      </p>
      {children ? (
        <>
          {table.rows.length === 0 ? <p className="text-slate-700">{t("empty")}</p> : children}
          {table.rows.length > 0 ? (
            <details className="mt-1">
              <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand-700 underline">{t("showTable")}</summary>
              {body}
            </details>
          ) : null}
        </>
      ) : (
        body
      )}
      <p className="flex flex-wrap items-center gap-x-3 text-sm">
        <span>{t("downloads")}</span>
        <a
          href={href("csv")}
          className="inline-flex min-h-11 items-center text-brand-700 underline"
          aria-label={t("downloadCsv", { title: table.title })}
        >
          CSV
        </a>
        <a
          href={href("xlsx")}
          className="inline-flex min-h-11 items-center text-brand-700 underline"
          aria-label={t("downloadXlsx", { title: table.title })}
        >
          XLSX
        </a>
      </p>
    </section>
  );
}
