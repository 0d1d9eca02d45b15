import { useTranslations } from "next-intl";
import { OFFER_SORT_PARAMS, OFFER_SORTS, type OfferSearchQuery } from "../params/vocabulary";
import { offerSearchToParams } from "../params/parse";

/**
 * The sort choice as its own small GET form: the current search travels along as hidden fields, so
 * it works without JavaScript. Relevance only with a keyword, distance only with a place.
 */
export function SortForm({ query, action, mapView }: { query: OfferSearchQuery; action: string; mapView: boolean }) {
  const t = useTranslations("Search");
  const sorts = OFFER_SORTS.filter((s) => (s !== "relevance" || query.q) && (s !== "distance" || query.place));
  const hidden = [...offerSearchToParams({ ...query, page: 1 }).entries()].filter(([key]) => key !== "sortierung");
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-2">
      {hidden.map(([key, value], i) => (
        <input key={`${key}-${i}`} type="hidden" name={key} value={value} />
      ))}
      {mapView ? <input type="hidden" name="ansicht" value="karte" /> : null}
      <div>
        <label htmlFor="search-sort" className="block text-sm font-medium text-slate-900">
          {t("sort")}
        </label>
        <select
          id="search-sort"
          name="sortierung"
          defaultValue={OFFER_SORT_PARAMS[query.sort]}
          className="mt-1 min-h-11 rounded border border-slate-400 bg-white px-3 py-2 text-base text-slate-900"
        >
          {sorts.map((s) => (
            <option key={s} value={OFFER_SORT_PARAMS[s]}>
              {t(`sorts.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-11 rounded border border-brand-700 px-3 py-2 font-semibold text-brand-700 hover:bg-slate-100">
        {t("applySort")}
      </button>
    </form>
  );
}
