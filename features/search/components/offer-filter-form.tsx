import { useTranslations } from "next-intl";
import { defaultOfferSort, OFFER_SORT_PARAMS, RADII_KM, TIME_PARAMS, WEEKDAY_PARAMS, type OfferSearchQuery } from "../params/vocabulary";
import type { OfferFacets } from "../facets";
import { CategoryCheckboxes } from "./category-checkboxes";
import { Checkbox, fieldClass, FilterGroup } from "./filter-group";

type Props = { query: OfferSearchQuery; facets: OfferFacets; action: string; mapView: boolean };

/**
 * The offer filters as a plain GET form: works without JavaScript, and the URL it produces is the
 * search state (shareable, restored by the back button). Parameter names follow features/search/params/vocabulary.ts.
 */
export function OfferFilterForm({ query, facets, action, mapView }: Props) {
  const t = useTranslations("Search");
  const tw = useTranslations("Search.weekdays");
  const tt = useTranslations("Search.times");
  const hasSchedule = Boolean(query.dateFrom || query.dateTo || query.weekdays.length || query.times.length);
  const oneDay = query.dateFrom && query.dateFrom === query.dateTo ? query.dateFrom : "";
  const range = oneDay ? { from: "", to: "" } : { from: query.dateFrom ?? "", to: query.dateTo ?? "" };

  return (
    <form method="get" action={action} role="search" aria-label={t("formLabel")} className="flex flex-col">
      <div className="pb-3">
        <label htmlFor="search-q" className="font-semibold text-slate-900">
          {t("keyword")}
        </label>
        <input
          id="search-q"
          type="search"
          name="q"
          defaultValue={query.q ?? ""}
          maxLength={200}
          placeholder={t("keywordPlaceholder")}
          className={fieldClass}
        />
      </div>

      <FilterGroup title={t("categories")} open={query.categories.length > 0}>
        <CategoryCheckboxes categories={facets.categories} selected={query.categories} />
      </FilterGroup>

      <FilterGroup title={t("targetGroups")} open={query.targetGroups.length > 0}>
        {facets.targetGroups.map((g) => (
          <Checkbox key={g.value} name="zielgruppe" value={g.value} checked={query.targetGroups.includes(g.value)} label={g.label} />
        ))}
      </FilterGroup>

      <div className="border-b border-slate-200 py-3">
        <label htmlFor="search-age" className="font-semibold text-slate-900">
          {t("age")}
        </label>
        <p id="search-age-hint" className="text-sm text-slate-700">
          {t("ageHint")}
        </p>
        <input
          id="search-age"
          type="number"
          name="alter"
          min={0}
          max={120}
          inputMode="numeric"
          defaultValue={query.age ?? ""}
          aria-describedby="search-age-hint"
          className={`${fieldClass} max-w-32`}
        />
      </div>

      <FilterGroup title={t("when")} open={hasSchedule}>
        <div>
          <label htmlFor="search-date" className="text-sm font-medium text-slate-900">
            {t("oneDay")}
          </label>
          <input id="search-date" type="date" name="datum" defaultValue={oneDay} className={fieldClass} />
        </div>
        <p className="mt-2 text-sm text-slate-700">{t("orRange")}</p>
        <div className="grid grid-cols-2 gap-2">
          <div>
            <label htmlFor="search-from" className="text-sm font-medium text-slate-900">
              {t("dateFrom")}
            </label>
            <input id="search-from" type="date" name="von" defaultValue={range.from} className={fieldClass} />
          </div>
          <div>
            <label htmlFor="search-to" className="text-sm font-medium text-slate-900">
              {t("dateTo")}
            </label>
            <input id="search-to" type="date" name="bis" defaultValue={range.to} className={fieldClass} />
          </div>
        </div>
        <fieldset className="mt-3">
          <legend className="text-sm font-medium text-slate-900">{t("weekdaysLabel")}</legend>
          <div className="mt-1 flex flex-wrap gap-x-3">
            {WEEKDAY_PARAMS.map((param, i) => (
              <Checkbox key={param} name="tag" value={param} checked={query.weekdays.includes(i + 1)} label={tw(param)} />
            ))}
          </div>
        </fieldset>
        <fieldset className="mt-3">
          <legend className="text-sm font-medium text-slate-900">{t("timesLabel")}</legend>
          {(Object.keys(TIME_PARAMS) as (keyof typeof TIME_PARAMS)[]).map((time) => (
            <Checkbox key={time} name="zeit" value={TIME_PARAMS[time]} checked={query.times.includes(time)} label={tt(time)} />
          ))}
        </fieldset>
        <p className="mt-3 text-sm text-slate-700">{t("whenHelp")}</p>
      </FilterGroup>

      <FilterGroup title={t("where")} open={Boolean(query.place) || query.districts.length > 0}>
        <div className="grid grid-cols-[1fr_auto] gap-2">
          <div>
            <label htmlFor="search-place" className="text-sm font-medium text-slate-900">
              {t("place")}
            </label>
            <input
              id="search-place"
              type="text"
              name="ort"
              list="search-place-options"
              autoComplete="postal-code"
              defaultValue={query.place ?? ""}
              className={fieldClass}
            />
            <datalist id="search-place-options">
              {facets.postalCodes.map((code) => (
                <option key={code} value={code} />
              ))}
              {facets.districts.map((d) => (
                <option key={d.value} value={d.label} />
              ))}
            </datalist>
          </div>
          <div>
            <label htmlFor="search-radius" className="text-sm font-medium text-slate-900">
              {t("radius")}
            </label>
            <select id="search-radius" name="umkreis" defaultValue={query.radiusKm ?? ""} className={fieldClass}>
              <option value="">{t("radiusNone")}</option>
              {RADII_KM.map((km) => (
                <option key={km} value={km}>
                  {t("radiusKm", { km })}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset className="mt-3">
          <legend className="text-sm font-medium text-slate-900">{t("districts")}</legend>
          {facets.districts.map((d) => (
            <Checkbox key={d.value} name="stadtteil" value={d.value} checked={query.districts.includes(d.value)} label={d.label} />
          ))}
        </fieldset>
      </FilterGroup>

      <fieldset className="border-b border-slate-200 py-3">
        <legend className="font-semibold text-slate-900">{t("more")}</legend>
        <Checkbox name="kostenlos" value="1" checked={query.free} label={t("free")} />
        <Checkbox name="barrierefrei" value="1" checked={query.wheelchair} label={t("wheelchair")} />
        <Checkbox name="online" value="1" checked={query.online} label={t("online")} />
        <Checkbox name="ohneanmeldung" value="1" checked={query.noRegistration} label={t("noRegistration")} />
      </fieldset>

      {facets.languages.length > 0 ? (
        <FilterGroup title={t("languages")} open={query.languages.length > 0}>
          {facets.languages.map((l) => (
            <Checkbox key={l.value} name="sprache" value={l.value} checked={query.languages.includes(l.value)} label={l.label} />
          ))}
        </FilterGroup>
      ) : null}

      {/* The sort is chosen above the results; a non-default one survives a new filter submission. */}
      {query.sort !== defaultOfferSort(query.q) ? <input type="hidden" name="sortierung" value={OFFER_SORT_PARAMS[query.sort]} /> : null}
      {mapView ? <input type="hidden" name="ansicht" value="karte" /> : null}
      <button type="submit" className="mt-3 min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("submit")}
      </button>
    </form>
  );
}
