import { getTranslations } from "next-intl/server";
import type { PortalSettingsInput } from "../schemas";
import { ENDING_DAYS_MAX, ENDING_DAYS_MIN, HIDE_DAYS_MAX, HIDE_DAYS_MIN, REMINDER_MONTHS_MAX, REMINDER_MONTHS_MIN } from "../schemas";
import { ReadOnlyFieldset } from "./read-only-note";
import { SettingsForm } from "./settings-form";
import { SettingsHeader } from "./settings-header";

/** The settings page's content: heading, introduction and the form with the current values. */
export async function PortalSettings({ values, readOnly }: { values: PortalSettingsInput; readOnly: boolean }) {
  const t = await getTranslations("PortalSettings");
  const f = await getTranslations("FreshnessSettings");
  const range = { min: REMINDER_MONTHS_MIN, max: REMINDER_MONTHS_MAX };
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <SettingsHeader title={t("title")} intro={t("intro")} />
      <ReadOnlyFieldset readOnly={readOnly}>
        <SettingsForm
          values={values}
          labels={{
            approvalSection: t("approvalSection"),
            requireOfferApproval: t("requireOfferApproval"),
            approvalOn: t("approvalOn"),
            approvalOff: t("approvalOff"),
            approvalSwitchOff: t("approvalSwitchOff"),
            notificationSection: t("notificationSection"),
            notification: {
              IMMEDIATE: { label: t("notification.IMMEDIATE.label"), hint: t("notification.IMMEDIATE.hint") },
              DAILY_DIGEST: { label: t("notification.DAILY_DIGEST.label"), hint: t("notification.DAILY_DIGEST.hint") },
            },
            remindersSection: t("remindersSection"),
            offerReminderMonths: t("offerReminderMonths"),
            offerReminderHint: t("offerReminderHint", range),
            freshness: {
              providerReminderMonths: { label: f("providerReminderMonths"), hint: f("providerReminderHint", range) },
              offerEndingReminderDays: {
                label: f("offerEndingReminderDays"),
                hint: f("offerEndingReminderHint", { min: ENDING_DAYS_MIN, max: ENDING_DAYS_MAX }),
              },
              staleHideAfterDays: {
                label: f("staleHideAfterDays"),
                hint: f("staleHideAfterHint", { min: HIDE_DAYS_MIN, max: HIDE_DAYS_MAX }),
              },
            },
            save: t("save"),
            saving: t("saving"),
          }}
        />
      </ReadOnlyFieldset>
    </div>
  );
}
