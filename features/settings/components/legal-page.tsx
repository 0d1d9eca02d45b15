import { useFormatter, useLocale, useTranslations } from "next-intl";

export type LegalKind = "IMPRINT" | "PRIVACY" | "TERMS";
type LegalTextData = { kind: LegalKind; locale: string; version: number; title: string; body: string; updatedAt: Date };

const TITLE_KEYS = { IMPRINT: "imprintTitle", PRIVACY: "privacyTitle", TERMS: "termsTitle" } as const;

/** Blank lines separate paragraphs; single line breaks stay (addresses) through CSS, never through HTML. */
export function legalParagraphs(body: string): string[] {
  return body
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * Imprint, privacy policy or terms as maintained by admins. The text is plain text rendered as
 * paragraphs — admin input never becomes markup. German is binding; when a visitor's language has
 * no translation, the German text is shown, marked lang="de", with a note in the visitor's language.
 */
export function LegalPage({ kind, text }: { kind: LegalKind; text: LegalTextData | null }) {
  const t = useTranslations("Legal");
  const format = useFormatter();
  const locale = useLocale();
  const title = text?.title ?? t(TITLE_KEYS[kind]);

  if (!text) {
    return (
      <article className="max-w-3xl">
        <h1 className="text-3xl font-bold text-brand-800">{title}</h1>
        <p className="mt-4 rounded-lg bg-slate-50 p-4 text-slate-700">{t("notPublished")}</p>
      </article>
    );
  }

  const textLang = text.locale !== locale ? text.locale : undefined;
  return (
    <article className="max-w-3xl">
      <h1 lang={textLang} className="text-3xl font-bold text-brand-800">
        {title}
      </h1>
      <p className="mt-2 text-sm text-slate-600">
        {kind === "TERMS" ? <>{t("version", { version: text.version })} · </> : null}
        {t("updated", { date: format.dateTime(text.updatedAt, { dateStyle: "long" }) })}
      </p>
      {textLang ? (
        <p role="note" className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          {t("germanFallback")}
        </p>
      ) : null}
      <div lang={textLang} className="mt-6 flex flex-col gap-4 leading-relaxed text-slate-900">
        {legalParagraphs(text.body).map((paragraph, i) => (
          <p key={i} className="whitespace-pre-line">
            {paragraph}
          </p>
        ))}
      </div>
    </article>
  );
}
