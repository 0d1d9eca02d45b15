import { useLocale, useTranslations } from "next-intl";
import { CONTENT_LOCALE, type ShownText, type TranslationOrigin } from "@/lib/content-translation";

// Provider texts are written in German and may carry translations (issue 14). Each shown part is
// marked with its own `lang` (and `dir` for a right-to-left translation); the notes below tell
// residents when they read the German original or a machine translation.

export { CONTENT_LOCALE };

/** "Originalsprache: Deutsch" — on pages in another language, above texts shown as the provider wrote them. */
export function OriginalLanguageNote({ className }: { className?: string }) {
  const locale = useLocale();
  const t = useTranslations("Content");
  if (locale === CONTENT_LOCALE) return null;
  const language = new Intl.DisplayNames([locale], { type: "language" }).of(CONTENT_LOCALE) ?? CONTENT_LOCALE;
  return (
    <p className={className ?? "mt-1 text-sm text-slate-700"} data-content-note="original">
      {t("originalLanguage", { language })}
    </p>
  );
}

/**
 * The note for a shown text: "Originalsprache: Deutsch" when the German original is shown on a page
 * in another language, a machine-translation note for a machine translation, nothing otherwise.
 */
export function ContentNote({
  shown,
  origin,
  className,
}: {
  shown: ShownText | null;
  origin: TranslationOrigin | null;
  className?: string;
}) {
  const t = useTranslations("Content");
  if (!shown) return null;
  if (!shown.translated) return <OriginalLanguageNote className={className} />;
  if (origin?.source !== "MACHINE") return null;
  return (
    <p className={className ?? "mt-1 text-sm text-slate-700"} data-content-note="machine">
      {t(origin.reviewed ? "machineTranslated" : "machineUnreviewed")}
    </p>
  );
}

/** lang/dir attributes of a shown text. */
export function textAttributes(shown: ShownText | null): { lang: string; dir?: "rtl" | "ltr" } {
  if (!shown) return { lang: CONTENT_LOCALE };
  return shown.translated ? { lang: shown.lang, dir: shown.dir } : { lang: CONTENT_LOCALE };
}
