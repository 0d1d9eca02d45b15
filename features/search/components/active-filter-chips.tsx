import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { WEEKDAY_PARAMS, type OfferSearchQuery } from "../params/vocabulary";
import { offerSearchToParams } from "../params/parse";
import { activeFilters, paramsToQuery, withoutFilters, type ActiveFilter } from "./active-filters";

export type FilterLabels = {
  categories: Map<string, string>;
  targetGroups: Map<string, string>;
  districts: Map<string, string>;
  languages: Map<string, string>;
};

/** Each active filter as a link that removes it, plus "remove all". Plain links: no JavaScript needed. */
export function ActiveFilterChips({
  query,
  labels,
  extraParams,
}: {
  query: OfferSearchQuery;
  labels: FilterLabels;
  extraParams?: Record<string, string>;
}) {
  const t = useTranslations("Search");
  const label = useFilterLabel(labels);
  const filters = activeFilters(query);
  if (filters.length === 0) return null;
  const href = (q: OfferSearchQuery) => ({
    pathname: "/offers" as const,
    query: { ...paramsToQuery(offerSearchToParams(q)), ...extraParams },
  });

  return (
    <nav aria-label={t("activeFilters")} className="mt-3">
      <ul className="flex flex-wrap items-center gap-2">
        {filters.map(({ filter, key, without }) => (
          <li key={key}>
            <Link
              href={href(without)}
              className="inline-flex min-h-9 items-center gap-1 rounded-full border border-brand-700 bg-brand-50 px-3 py-1 text-sm text-brand-800 hover:bg-brand-100"
            >
              <span>{label(filter)}</span>
              <span aria-hidden="true">×</span>
              <span className="sr-only">{t("removeFilter")}</span>
            </Link>
          </li>
        ))}
        <li>
          <Link href={href(withoutFilters(query))} className="inline-flex min-h-9 items-center px-2 text-sm text-brand-700 underline">
            {t("removeAll")}
          </Link>
        </li>
      </ul>
    </nav>
  );
}

/** Human-readable label of one active filter, e.g. "Stadtteil: Nordstadt". */
export function useFilterLabel(labels: FilterLabels) {
  const t = useTranslations("Search");
  const format = useFormatter();
  const date = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (filter: ActiveFilter): string => {
    switch (filter.kind) {
      case "q":
        return t("chip.q", { value: filter.value });
      case "category":
        return t("chip.category", { value: labels.categories.get(filter.value) ?? filter.value });
      case "targetGroup":
        return t("chip.targetGroup", { value: labels.targetGroups.get(filter.value) ?? filter.value });
      case "district":
        return t("chip.district", { value: labels.districts.get(filter.value) ?? filter.value });
      case "language":
        return t("chip.language", { value: labels.languages.get(filter.value) ?? filter.value });
      case "weekday":
        return t("chip.weekday", { value: t(`weekdays.${WEEKDAY_PARAMS[filter.value - 1] ?? "mo"}`) });
      case "time":
        return t("chip.time", { value: t(`times.${filter.value}`) });
      case "age":
        return t("chip.age", { value: filter.value });
      case "date":
        if (filter.from && filter.from === filter.to) return t("chip.day", { value: date(filter.from) });
        if (filter.from && filter.to) return t("chip.range", { from: date(filter.from), to: date(filter.to) });
        if (filter.from) return t("chip.from", { value: date(filter.from) });
        return t("chip.to", { value: date(filter.to ?? "") });
      case "place":
        return filter.radiusKm
          ? t("chip.placeRadius", { value: filter.value, km: filter.radiusKm })
          : t("chip.place", { value: filter.value });
      case "free":
        return t("free");
      case "wheelchair":
        return t("wheelchair");
      case "online":
        return t("online");
      case "noRegistration":
        return t("noRegistration");
    }
  };
}
