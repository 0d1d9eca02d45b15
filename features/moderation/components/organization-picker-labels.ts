import "server-only";
import { getTranslations } from "next-intl/server";
import type { OrganizationPickerLabels } from "./organization-picker";

/** The picker's texts, translated on the server (the client bundle carries no editor messages). */
export async function organizationPickerLabels(): Promise<OrganizationPickerLabels> {
  const t = await getTranslations("EditorialAct");
  return {
    searchLabel: t("reassign.searchLabel"),
    searchHint: t("reassign.searchHint"),
    selectLabel: t("reassign.selectLabel"),
    choose: t("reassign.choose"),
    // "{count}" stays a placeholder: the client fills it in once it knows the count.
    results: { none: t("reassign.resultsNone"), one: t("reassign.resultsOne"), many: t("reassign.resultsMany", { count: "{count}" }) },
    status: { APPROVED: t("orgStatus.APPROVED"), PENDING: t("orgStatus.PENDING") },
  };
}
