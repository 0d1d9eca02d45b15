import { useLocale, useTranslations } from "next-intl";

/**
 * The language providers write their texts in. Until texts can be translated (issue 14), offer and
 * provider texts are shown as written, marked with `lang` so screen readers pronounce them correctly.
 */
export const CONTENT_LOCALE = "de";

/** "Originalsprache: Deutsch" — on pages in another language, above texts shown as the provider wrote them. */
export function OriginalLanguageNote({ className }: { className?: string }) {
  const locale = useLocale();
  const t = useTranslations("Content");
  if (locale === CONTENT_LOCALE) return null;
  const language = new Intl.DisplayNames([locale], { type: "language" }).of(CONTENT_LOCALE) ?? CONTENT_LOCALE;
  return <p className={className ?? "mt-1 text-sm text-slate-700"}>{t("originalLanguage", { language })}</p>;
}
