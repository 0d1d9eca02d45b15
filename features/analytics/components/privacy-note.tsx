import { useTranslations } from "next-intl";

/**
 * How the portal counts, under the privacy policy — from the code's own facts (translated), so it
 * stays true whatever the admins' legal text says. `retentionMonths`: ANALYTICS_RETENTION_MONTHS.
 */
export function AnalyticsPrivacyNote({ retentionMonths }: { retentionMonths: number }) {
  const t = useTranslations("Analytics.privacy");
  return (
    <section aria-labelledby="analytics-privacy" className="mt-10 max-w-3xl border-t border-slate-200 pt-6">
      <h2 id="analytics-privacy" className="text-xl font-semibold text-brand-800">
        {t("heading")}
      </h2>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <ul className="mt-2 list-disc space-y-2 ps-6 text-slate-800">
        <li>{t("what")}</li>
        <li>{t("how")}</li>
        <li>{t("notStored")}</li>
        <li>{t("retention", { months: retentionMonths })}</li>
      </ul>
    </section>
  );
}
