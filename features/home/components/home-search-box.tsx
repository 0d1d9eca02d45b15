import { useTranslations } from "next-intl";
import { RADII_KM } from "@/features/search/params/vocabulary";
import type { CategoryFacet, FacetOption } from "@/features/search/facets";

const field =
  "mt-1 block w-full min-h-11 rounded border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-600";

/** "Was?" (keyword + category) and "Wo?" (place + radius), submitted as a plain GET to the offer search. */
export function HomeSearchBox({
  action,
  categories,
  districts,
  postalCodes,
}: {
  action: string;
  categories: CategoryFacet[];
  districts: FacetOption[];
  postalCodes: string[];
}) {
  const t = useTranslations("Home");
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={t("searchLabel")}
      className="mt-6 grid gap-4 rounded-lg bg-white p-4 shadow-sm md:grid-cols-2"
    >
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-1 font-semibold text-slate-900">{t("what")}</legend>
        <div>
          <label htmlFor="home-q" className="text-sm font-medium text-slate-900">
            {t("keyword")}
          </label>
          <input id="home-q" type="search" name="q" maxLength={200} placeholder={t("keywordPlaceholder")} className={field} />
        </div>
        <div>
          <label htmlFor="home-category" className="text-sm font-medium text-slate-900">
            {t("category")}
          </label>
          <select id="home-category" name="kategorie" defaultValue="" className={field}>
            <option value="">{t("allCategories")}</option>
            {categories.map((root) => (
              <optgroup key={root.value} label={root.label}>
                <option value={root.value}>{t("wholeCategory", { category: root.label })}</option>
                {root.children.map((child) => (
                  <option key={child.value} value={child.value}>
                    {child.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-[1fr_auto]">
        <legend className="mb-1 font-semibold text-slate-900">{t("where")}</legend>
        <div>
          <label htmlFor="home-place" className="text-sm font-medium text-slate-900">
            {t("place")}
          </label>
          <input id="home-place" type="text" name="ort" list="home-place-options" className={field} />
          <datalist id="home-place-options">
            {postalCodes.map((code) => (
              <option key={code} value={code} />
            ))}
            {districts.map((d) => (
              <option key={d.value} value={d.label} />
            ))}
          </datalist>
        </div>
        <div>
          <label htmlFor="home-radius" className="text-sm font-medium text-slate-900">
            {t("radius")}
          </label>
          <select id="home-radius" name="umkreis" defaultValue="" className={field}>
            <option value="">{t("radiusNone")}</option>
            {RADII_KM.map((km) => (
              <option key={km} value={km}>
                {t("radiusKm", { km })}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <div className="md:col-span-2">
        <button
          type="submit"
          className="min-h-11 w-full rounded bg-brand-700 px-6 py-2 font-semibold text-white hover:bg-brand-800 sm:w-auto"
        >
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
