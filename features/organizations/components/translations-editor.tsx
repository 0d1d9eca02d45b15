"use client";

import { useState } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import { SuggestTranslationButton } from "@/components/ui/suggest-translation-button";
import { suggestProfileTranslation } from "../actions";
import { TRANSLATION_LOCALES, type TranslationLocale } from "@/lib/content-translation";
import { textDirection } from "@/lib/text-direction";
import { SUMMARY_MAX, type ProfileFormValues } from "../schemas";
import { buttonClass, inputClass, TextField } from "./profile-fields";

type TranslationRow = NonNullable<ProfileFormValues["translations"]>[number];

/**
 * The organisation's translations: one group per added language with subtitle, short description
 * and description, typed in that language (lang/dir on the inputs). Saved with the profile.
 */
export function TranslationsEditor({ disabled = false, suggestFor = null }: { disabled?: boolean; suggestFor?: number | null }) {
  const t = useTranslations("ContentTranslations");
  const locale = useLocale();
  const { control, register, getValues, setValue } = useFormContext<ProfileFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "translations" });
  const translations = (useWatch({ control, name: "translations" }) as TranslationRow[] | undefined) ?? [];
  const used = new Set(translations.map((row) => row.locale));
  const free = TRANSLATION_LOCALES.filter((l) => !used.has(l));
  const [choice, setChoice] = useState<TranslationLocale | "">("");
  const languageName = (code: string) => new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  const selected = choice && free.includes(choice) ? choice : (free[0] ?? "");

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-700">{t("orgIntro")}</p>
      {fields.length === 0 ? <p>{t("none")}</p> : null}
      {fields.map((field, index) => {
        const row = translations[index];
        if (!row) return null;
        const language = languageName(row.locale);
        const dir = textDirection(row.locale);
        return (
          <fieldset key={field.id} className="flex flex-col gap-3 rounded border border-slate-300 p-3 sm:p-4" data-locale={row.locale}>
            <legend className="px-1 text-lg font-semibold">{language}</legend>
            {suggestFor !== null && !disabled ? (
              <SuggestTranslationButton
                language={language}
                suggest={() =>
                  suggestProfileTranslation(suggestFor, {
                    target: row.locale,
                    subline: getValues("subline") ?? "",
                    summary: getValues("summary") ?? "",
                    description: getValues("description") ?? "",
                  })
                }
                onFill={(data) => {
                  // A suggestion, not a save: it is stored only when the profile is saved.
                  const options = { shouldDirty: true, shouldValidate: true } as const;
                  setValue(`translations.${index}.subline`, data.subline, options);
                  setValue(`translations.${index}.summary`, data.summary, options);
                  setValue(`translations.${index}.description`, data.description, options);
                  setValue(`translations.${index}.source`, "MACHINE", options);
                  setValue(`translations.${index}.reviewed`, false, options);
                }}
              />
            ) : null}
            {row.source === "MACHINE" ? (
              <div className="rounded border border-amber-600 bg-amber-50 p-3 text-amber-950">
                <p>{t("machineNotice")}</p>
                <div className="mt-2 flex items-start gap-2">
                  <input
                    id={`profile-translations-${index}-reviewed`}
                    type="checkbox"
                    className="mt-1 size-5 shrink-0"
                    disabled={disabled}
                    {...register(`translations.${index}.reviewed`)}
                  />
                  <label htmlFor={`profile-translations-${index}-reviewed`}>{t("reviewedLabel")}</label>
                </div>
              </div>
            ) : null}
            <TextField
              name={`translations.${index}.subline`}
              label={t("subline", { language })}
              maxLength={150}
              lang={row.locale}
              dir={dir}
              disabled={disabled}
            />
            <TextField
              name={`translations.${index}.summary`}
              label={t("summary", { language })}
              multiline
              rows={3}
              maxLength={SUMMARY_MAX}
              lang={row.locale}
              dir={dir}
              disabled={disabled}
            />
            <TextField
              name={`translations.${index}.description`}
              label={t("description", { language })}
              multiline
              rows={6}
              maxLength={5000}
              lang={row.locale}
              dir={dir}
              disabled={disabled}
            />
            {disabled ? null : (
              <div>
                <button type="button" className={buttonClass} onClick={() => remove(index)}>
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
            <label htmlFor="profile-translation-add" className="font-medium">
              {t("addLanguage")}
            </label>
            <select
              id="profile-translation-add"
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
            className={buttonClass}
            onClick={() => {
              if (!selected) return;
              append({ locale: selected, subline: "", summary: "", description: "", source: "HUMAN", reviewed: true });
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
