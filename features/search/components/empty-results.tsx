import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { type OfferSearchQuery } from "../params/vocabulary";
import { offerSearchToParams } from "../params/parse";
import type { RelaxGroup } from "../suggestions";
import { paramsToQuery } from "./active-filters";
import { ActiveFilterChips, type FilterLabels } from "./active-filter-chips";

export type NearMatch = { group: RelaxGroup; query: OfferSearchQuery; count: number };

/** No results: which filters are active (each removable) and near matches with their counts. */
export function EmptyResults({
  query,
  labels,
  nearMatches,
  hasFilters,
}: {
  query: OfferSearchQuery;
  labels: FilterLabels;
  nearMatches: NearMatch[];
  hasFilters: boolean;
}) {
  const t = useTranslations("Search");
  const useful = nearMatches.filter((m) => m.count > 0);
  return (
    <section aria-labelledby="empty-heading" className="mt-6 rounded-lg bg-slate-50 p-4">
      <h2 id="empty-heading" className="text-xl font-semibold text-slate-900">
        {t("emptyTitle")}
      </h2>
      {hasFilters ? (
        <>
          <p className="mt-2 text-slate-800">{t("emptyActive")}</p>
          <ActiveFilterChips query={query} labels={labels} />
        </>
      ) : (
        <p className="mt-2 text-slate-800">{t("emptyNoFilters")}</p>
      )}
      {useful.length > 0 ? (
        <>
          <h3 className="mt-4 font-semibold text-slate-900">{t("nearMatchesTitle")}</h3>
          <ul className="mt-2 flex flex-col gap-1">
            {useful.map((m) => (
              <li key={m.group}>
                <Link
                  href={{ pathname: "/offers", query: paramsToQuery(offerSearchToParams(m.query)) }}
                  className="text-brand-700 underline"
                >
                  {t("nearMatch", { filter: t(`relax.${m.group}`), count: m.count })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
