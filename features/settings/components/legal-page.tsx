import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { MarkdownText } from "./markdown-text";

export type LegalKind = "IMPRINT" | "PRIVACY" | "TERMS";
type LegalTextData = { kind: LegalKind; locale: string; version: number; title: string; body: string; updatedAt: Date };

const TITLE_KEYS = { IMPRINT: "imprintTitle", PRIVACY: "privacyTitle", TERMS: "termsTitle" } as const;

/**
 * Imprint, privacy policy or terms as maintained by admins. The text is a small Markdown subset
 * rendered as React elements (features/settings/markdown.ts) — admin input never becomes raw HTML. German is binding; when a visitor's language has
 * no translation, the German text is shown, marked lang="de", with a note in the visitor's language.
 */
export function LegalPage({
  kind,
  text,
  olderVersions = [],
  archived = false,
}: {
  kind: LegalKind;
  text: LegalTextData | null;
  /** Archived versions of the terms, newest first (links below the text). */
  olderVersions?: number[];
  /** The text shown is an archived version (a note says so and links to the current one). */
  archived?: boolean;
}) {
  const t = useTranslations("Legal");
  const ta = useTranslations("LegalAdmin");
  const tl = useTranslations("LegalTerms");
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
      ) : text.locale !== "de" ? (
        // A translation: the German version stays the legally binding one (a legal term, see LegalTerms in messages).
        <p
          role="note"
          data-legal-note="translation"
          className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        >
          {tl("translationNotBinding")}{" "}
          <Link
            href={kind === "IMPRINT" ? "/imprint" : kind === "PRIVACY" ? "/privacy" : "/terms"}
            locale="de"
            lang="de"
            className="underline"
          >
            {tl("germanVersionLink")}
          </Link>
        </p>
      ) : null}
      {archived ? (
        <p role="note" className="mt-4 rounded-lg border border-slate-300 bg-slate-50 p-3 text-sm">
          {ta("archivedVersion", { version: text.version })}{" "}
          <Link href="/terms" className="text-brand-700 underline">
            {ta("currentVersionLink")}
          </Link>
        </p>
      ) : null}
      <div lang={textLang} className="mt-6 flex flex-col gap-4 leading-relaxed text-slate-900">
        <MarkdownText source={text.body} />
      </div>
      {kind === "TERMS" && olderVersions.length > 0 ? (
        <nav aria-label={ta("olderVersions")} className="mt-8 border-t border-slate-200 pt-4 text-sm">
          <h2 className="font-semibold">{ta("olderVersions")}</h2>
          <ul className="mt-2 flex flex-wrap gap-3">
            {olderVersions.map((version) => (
              <li key={version}>
                <Link href={{ pathname: "/terms", query: { version } }} className="text-brand-700 underline">
                  {t("version", { version })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </article>
  );
}
