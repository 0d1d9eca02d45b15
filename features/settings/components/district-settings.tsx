import { getTranslations } from "next-intl/server";
import type { AdminDistrict } from "../district-queries";
import { DistrictForm, type MapTiles } from "./district-form";
import { DistrictList } from "./district-list";

/** The district page: the list with its actions and, for admins, the form for a new district (editors read it only). */
export async function DistrictSettings({ districts, map, readOnly }: { districts: AdminDistrict[]; map: MapTiles; readOnly: boolean }) {
  const t = await getTranslations("DistrictSettings");
  return (
    <div className="flex max-w-4xl min-w-0 flex-col gap-8">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      <section aria-labelledby="district-list" className="flex flex-col gap-3">
        <h2 id="district-list" className="text-2xl font-semibold">
          {t("listTitle", { count: districts.length })}
        </h2>
        <DistrictList districts={districts} map={map} readOnly={readOnly} />
      </section>
      {readOnly ? null : (
        <section aria-labelledby="district-new" className="flex min-w-0 flex-col gap-3 rounded border border-slate-300 p-4">
          <h2 id="district-new" className="text-2xl font-semibold">
            {t("newTitle")}
          </h2>
          <DistrictForm district={null} map={map} />
        </section>
      )}
    </div>
  );
}
