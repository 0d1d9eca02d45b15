import { useFormatter, useTranslations } from "next-intl";

/** "Zuletzt bestätigt am …" on offer and provider pages: when the provider last confirmed or changed the entry. */
export function LastConfirmed({ date, className = "" }: { date: Date | null; className?: string }) {
  const t = useTranslations("Freshness");
  const format = useFormatter();
  if (!date) return null;
  return (
    <p className={`text-sm text-slate-700 ${className}`} data-testid="last-confirmed">
      {t("lastConfirmed", { date: format.dateTime(date, { dateStyle: "long" }) })}
    </p>
  );
}
