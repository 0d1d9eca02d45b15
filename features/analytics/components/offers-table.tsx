import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Pagination } from "@/components/ui/pagination";
import type { OfferTableRow } from "../queries/offers-table";

type Props = { rows: OfferTableRow[]; total: number; page: number; pageSize: number; query: Record<string, string> };

/** Current and past offers of the filter, one page at a time (the download has all of them). */
export async function AnalyticsOffersTable({ rows, total, page, pageSize, query }: Props) {
  const [t, format] = await Promise.all([getTranslations("Analytics"), getFormatter()]);
  const day = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeZone: "Europe/Berlin" }) : "–");
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-700">{t("tableSummary", { total })}</p>
      {rows.length > 0 ? (
        <div className="relative overflow-x-auto">
          <table className="min-w-full border-collapse text-sm">
            <caption className="sr-only">{t("charts.offersTable.title")}</caption>
            <thead>
              <tr>
                {(["title", "provider", "district", "postalCode", "published", "ends", "state"] as const).map((c) => (
                  <th key={c} scope="col" className="border-b border-slate-300 px-2 py-1 text-start">
                    {t(`columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="odd:bg-slate-50">
                  <th scope="row" className="px-2 py-1 text-start font-normal">
                    <Link
                      href={{ pathname: "/offers/[slug]", params: { slug: r.slug } }}
                      prefetch={false}
                      className="text-brand-700 underline"
                    >
                      {r.title}
                    </Link>
                  </th>
                  <td className="px-2 py-1">{r.provider}</td>
                  <td className="px-2 py-1">{r.district ?? "–"}</td>
                  <td className="px-2 py-1">{r.postalCode ?? "–"}</td>
                  <td className="px-2 py-1 whitespace-nowrap">{day(r.publishedAt)}</td>
                  <td className="px-2 py-1 whitespace-nowrap">{day(r.endsAt)}</td>
                  <td className="px-2 py-1">{r.current ? t("current") : t("past")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Pagination pathname="/analytics" page={page} pageCount={Math.ceil(total / pageSize)} query={query} pageParam="seite" />
    </div>
  );
}
