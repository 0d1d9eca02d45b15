import { getTranslations } from "next-intl/server";
import type { AdminTargetGroup } from "../target-group-queries";
import { TargetGroupForm } from "./target-group-form";
import { TargetGroupList } from "./target-group-list";
import { SettingsHeader } from "./settings-header";

/** The target-group page: the list with its actions and, for admins, the form for a new group. */
export async function TargetGroupSettings({ targetGroups, readOnly }: { targetGroups: AdminTargetGroup[]; readOnly: boolean }) {
  const t = await getTranslations("TargetGroupSettings");
  return (
    <div className="flex max-w-4xl flex-col gap-8">
      <SettingsHeader title={t("title")} intro={t("intro")} />
      <section aria-labelledby="target-group-list" className="flex flex-col gap-3">
        <h2 id="target-group-list" className="text-2xl font-semibold">
          {t("listTitle", { count: targetGroups.length })}
        </h2>
        <TargetGroupList targetGroups={targetGroups} readOnly={readOnly} />
      </section>
      {readOnly ? null : (
        <section aria-labelledby="target-group-new" className="flex flex-col gap-3 rounded border border-slate-300 p-4">
          <h2 id="target-group-new" className="text-2xl font-semibold">
            {t("newTitle")}
          </h2>
          <TargetGroupForm targetGroup={null} />
        </section>
      )}
    </div>
  );
}
