import { useTranslations } from "next-intl";
import {
  CARRIER_TYPE_PARAMS,
  CARRIER_TYPES,
  PROVIDER_SORT_PARAMS,
  PROVIDER_SORTS,
  type CarrierTypeValue,
  type ProviderSearchQuery,
} from "../params/vocabulary";
import type { CategoryFacet, FacetOption } from "../facets";
import { CategoryCheckboxes } from "./category-checkboxes";
import { Checkbox, fieldClass, FilterGroup } from "./filter-group";

type Props = {
  query: ProviderSearchQuery;
  categories: CategoryFacet[];
  districts: FacetOption[];
  /** The carrier types by the portal's names for them (features/settings/carrier-types). */
  carrierLabels: Record<CarrierTypeValue, string>;
  action: string;
  mapView: boolean;
};

/** Provider filters as a plain GET form (works without JavaScript; the URL is the state). */
export function ProviderFilterForm({ query, categories, districts, carrierLabels, action, mapView }: Props) {
  const t = useTranslations("ProviderSearch");
  return (
    <form method="get" action={action} role="search" aria-label={t("formLabel")} className="flex flex-col">
      <div className="pb-3">
        <label htmlFor="provider-q" className="font-semibold text-slate-900">
          {t("keyword")}
        </label>
        <input id="provider-q" type="search" name="q" defaultValue={query.q ?? ""} maxLength={200} className={fieldClass} />
      </div>
      <FilterGroup title={t("categories")} open={query.categories.length > 0}>
        <CategoryCheckboxes categories={categories} selected={query.categories} />
      </FilterGroup>
      <FilterGroup title={t("districts")} open={query.districts.length > 0}>
        {districts.map((d) => (
          <Checkbox key={d.value} name="stadtteil" value={d.value} checked={query.districts.includes(d.value)} label={d.label} />
        ))}
      </FilterGroup>
      <FilterGroup title={t("carrierTypes")} open={query.carrierTypes.length > 0}>
        {CARRIER_TYPES.map((type) => (
          <Checkbox
            key={type}
            name="traeger"
            value={CARRIER_TYPE_PARAMS[type]}
            checked={query.carrierTypes.includes(type)}
            label={carrierLabels[type]}
          />
        ))}
      </FilterGroup>
      <div className="py-3">
        <label htmlFor="provider-sort" className="font-semibold text-slate-900">
          {t("sort")}
        </label>
        <select id="provider-sort" name="sortierung" defaultValue={PROVIDER_SORT_PARAMS[query.sort]} className={fieldClass}>
          {PROVIDER_SORTS.map((s) => (
            <option key={s} value={PROVIDER_SORT_PARAMS[s]}>
              {t(`sorts.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {mapView ? <input type="hidden" name="ansicht" value="karte" /> : null}
      <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("submit")}
      </button>
    </form>
  );
}
