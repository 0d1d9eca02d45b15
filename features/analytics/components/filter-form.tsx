import { getTranslations } from "next-intl/server";
import type { FilterOption } from "../filter-options";
import { FILTER_PARAM, type AnalyticsFilter, type FilterField } from "../schemas";

const field = "flex flex-col gap-1";
const input = "min-h-11 rounded border border-slate-400 bg-white px-3";

/** The planner filter as a plain GET form: every view is a URL, and it works without JavaScript. */
export async function AnalyticsFilterForm({
  action,
  filter,
  options,
  ignored,
}: {
  action: string;
  filter: AnalyticsFilter;
  options: { categories: FilterOption[]; targetGroups: FilterOption[]; districts: FilterOption[] };
  ignored: FilterField[];
}) {
  const t = await getTranslations("Analytics.filters");
  const select = (name: "category" | "targetGroup" | "district", choices: FilterOption[]) => (
    <div className={field}>
      <label htmlFor={`af-${name}`} className="font-medium">
        {t(name)}
      </label>
      <select id={`af-${name}`} name={FILTER_PARAM[name]} defaultValue={filter[name] ? String(filter[name]) : ""} className={input}>
        <option value="">{t("any")}</option>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      method="get"
      action={action}
      aria-labelledby="analytics-filter-heading"
      className="flex flex-col gap-3 rounded-lg bg-slate-50 p-4"
    >
      <h2 id="analytics-filter-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {ignored.length > 0 ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
          {t("ignored", { fields: [...new Set(ignored)].map((f) => t(f)).join(", ") })}
        </p>
      ) : null}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className={field}>
          <label htmlFor="af-from" className="font-medium">
            {t("from")}
          </label>
          <input id="af-from" type="date" name={FILTER_PARAM.from} defaultValue={filter.from} required className={input} />
        </div>
        <div className={field}>
          <label htmlFor="af-to" className="font-medium">
            {t("to")}
          </label>
          <input id="af-to" type="date" name={FILTER_PARAM.to} defaultValue={filter.to} required className={input} />
        </div>
        {select("category", options.categories)}
        {select("targetGroup", options.targetGroups)}
        {select("district", options.districts)}
        <div className={field}>
          <label htmlFor="af-plz" className="font-medium">
            {t("postalCode")}
          </label>
          <input
            id="af-plz"
            name={FILTER_PARAM.postalCode}
            defaultValue={filter.postalCode ?? ""}
            inputMode="numeric"
            pattern="[0-9]{5}"
            maxLength={5}
            aria-describedby="af-plz-hint"
            className={input}
          />
          <span id="af-plz-hint" className="text-sm text-slate-600">
            {t("postalCodeHint")}
          </span>
        </div>
        <div className="flex flex-col justify-center gap-2">
          <label className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name={FILTER_PARAM.free} value="1" defaultChecked={filter.free} className="size-5" />
            {t("free")}
          </label>
          <label className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name={FILTER_PARAM.accessible} value="1" defaultChecked={filter.accessible} className="size-5" />
            {t("accessible")}
          </label>
        </div>
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
          {t("apply")}
        </button>
        <a href={action} className="inline-flex min-h-11 items-center px-2 text-brand-700 underline">
          {t("reset")}
        </a>
      </div>
    </form>
  );
}
