import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/features/accounts/session";
import { searchOrganizationOptions } from "../reassign";
import { OrganizationPicker } from "./organization-picker";
import { organizationPickerLabels } from "./organization-picker-labels";

type Props = {
  /** The page's own path: the choice is submitted as `?organizationId=` (a plain GET form). */
  action: string;
  /** The organisation chosen already; the chooser then folds away behind "choose another". */
  current?: { id: number; name: string };
};

/** For editors on the new-offer page: which organisation the offer is created for. */
export async function OrganizationChooser({ action, current }: Props) {
  const [t, labels, options] = await Promise.all([
    getTranslations("EditorialAct.newOffer"),
    organizationPickerLabels(),
    searchOrganizationOptions(await getSessionUser(), ""),
  ]);
  const form = (
    <form method="get" action={action} className="flex max-w-xl flex-col gap-3">
      <OrganizationPicker
        name="organizationId"
        labels={labels}
        initialOptions={current && !options.some((o) => o.id === current.id) ? [{ ...current, status: "" }, ...options] : options}
        defaultValue={current ? String(current.id) : ""}
      />
      <div>
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
          {t("choose")}
        </button>
      </div>
    </form>
  );
  if (current) {
    return (
      <section aria-label={t("pickerHeading")} className="flex flex-col gap-2 rounded border border-amber-300 bg-amber-50 p-3">
        <p className="font-medium">{t("onBehalf", { name: current.name })}</p>
        <details>
          <summary className="cursor-pointer text-brand-700 underline">{t("change")}</summary>
          <div className="pt-3">{form}</div>
        </details>
      </section>
    );
  }
  return (
    <section aria-labelledby="organization-chooser" className="flex flex-col gap-3">
      <h2 id="organization-chooser" className="text-xl font-semibold">
        {t("pickerHeading")}
      </h2>
      <p className="max-w-2xl text-slate-700">{t("pickerIntro")}</p>
      {form}
    </section>
  );
}
