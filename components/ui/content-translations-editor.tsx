"use client";

import { useState, type ReactNode } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/errors";
import { TRANSLATION_LOCALES, type TranslationLocale, type TranslationSource } from "@/lib/content-translation";
import { textDirection } from "@/lib/text-direction";
import { smallButtonClass } from "./button";
import { inputClass } from "./field";
import { SuggestTranslationButton } from "./suggest-translation-button";

/** One translated text of the entity: its key in a translation row, label key and limits. */
export type TranslatedTextSpec<K extends string> = {
  key: K;
  label: "title" | "subline" | "summary" | "description";
  maxLength: number;
  required?: boolean;
  rows?: number;
};

/** What the editor hands the form's own text field (so errors and ids stay the form's). */
export type TranslatedTextFieldProps = {
  name: string;
  label: string;
  required?: boolean;
  maxLength: number;
  multiline: boolean;
  rows?: number;
  lang: string;
  dir: "ltr" | "rtl";
  disabled?: boolean;
};

type Row<K extends string> = { locale: TranslationLocale; source: TranslationSource; reviewed: boolean } & Record<K, string>;

/**
 * Translations of an offer or an organisation (issue 14), shared by both forms: one group per
 * added language with the entity's texts typed in that language (lang/dir on the inputs), an
 * optional "Vorschlag übersetzen" per language, the review checkbox for machine translations and
 * adding/removing languages. The form owns the `translations` array, its field components and
 * what saving means (with approval on, an offer's changed translations wait for review).
 */
export function ContentTranslationsEditor<K extends string>({
  idPrefix,
  intro,
  texts,
  renderText,
  renderReviewed,
  suggest = null,
  disabled = false,
}: {
  idPrefix: string;
  intro: string;
  texts: TranslatedTextSpec<K>[];
  renderText: (props: TranslatedTextFieldProps) => ReactNode;
  renderReviewed: (name: string, label: string) => ReactNode;
  /** Asks the translation service for the German texts currently in the form (null: no service, no button). */
  suggest?: ((target: TranslationLocale) => Promise<ActionResult<Record<K, string>>>) | null;
  disabled?: boolean;
}) {
  const t = useTranslations("ContentTranslations");
  const locale = useLocale();
  const { control, setValue } = useFormContext<{ translations: Row<K>[] }>();
  const { fields, append, remove } = useFieldArray({ control, name: "translations" as never });
  const translations = (useWatch({ control, name: "translations" as never }) as Row<K>[] | undefined) ?? [];
  const used = new Set(translations.map((row) => row.locale));
  const free = TRANSLATION_LOCALES.filter((l) => !used.has(l));
  const [choice, setChoice] = useState<TranslationLocale | "">("");
  const languageName = (code: string) => new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  const selected = choice && free.includes(choice) ? choice : (free[0] ?? "");

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-700">{intro}</p>
      {fields.length === 0 ? <p>{t("none")}</p> : null}
      {fields.map((field, index) => {
        const row = translations[index];
        if (!row) return null;
        const language = languageName(row.locale);
        const dir = textDirection(row.locale);
        const base = `translations.${index}`;
        return (
          <fieldset
            key={field.id}
            className="flex min-w-0 flex-col gap-3 rounded border border-slate-300 p-3 sm:p-4"
            data-locale={row.locale}
          >
            <legend className="px-1 text-lg font-semibold">{language}</legend>
            {suggest && !disabled ? (
              <SuggestTranslationButton
                language={language}
                suggest={() => suggest(row.locale)}
                onFill={(data: Record<K, string>) => {
                  // A suggestion, not a save: it is stored only when the form is saved.
                  const options = { shouldDirty: true, shouldValidate: true } as const;
                  for (const text of texts) setValue(`${base}.${text.key}` as never, (data[text.key] ?? "") as never, options);
                  setValue(`${base}.source` as never, "MACHINE" as never, options);
                  setValue(`${base}.reviewed` as never, false as never, options);
                }}
              />
            ) : null}
            {row.source === "MACHINE" ? (
              <div className="rounded border border-amber-600 bg-amber-50 p-3 text-amber-950">
                <p>{t("machineNotice")}</p>
                {renderReviewed(`${base}.reviewed`, t("reviewedLabel"))}
              </div>
            ) : null}
            {texts.map((text) => (
              <div key={text.key}>
                {renderText({
                  name: `${base}.${text.key}`,
                  label: t(text.label, { language }),
                  required: text.required,
                  maxLength: text.maxLength,
                  multiline: text.rows !== undefined,
                  rows: text.rows,
                  lang: row.locale,
                  dir,
                  disabled,
                })}
              </div>
            ))}
            {disabled ? null : (
              <div>
                <button type="button" className={smallButtonClass} onClick={() => remove(index)}>
                  {t("remove", { language })}
                </button>
              </div>
            )}
          </fieldset>
        );
      })}
      {free.length > 0 && !disabled ? (
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <label htmlFor={`${idPrefix}-add`} className="font-medium">
              {t("addLanguage")}
            </label>
            <select
              id={`${idPrefix}-add`}
              className={inputClass}
              value={selected}
              onChange={(event) => setChoice(event.target.value as TranslationLocale)}
            >
              {free.map((code) => (
                <option key={code} value={code} lang={code}>
                  {languageName(code)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className={smallButtonClass}
            onClick={() => {
              if (!selected) return;
              const empty = Object.fromEntries(texts.map((text) => [text.key, ""])) as Record<K, string>;
              append({ locale: selected, ...empty, source: "HUMAN", reviewed: true } as never);
              setChoice("");
            }}
          >
            {t("add")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
