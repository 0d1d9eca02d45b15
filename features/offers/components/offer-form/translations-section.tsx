"use client";

import { useState } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { SuggestTranslationButton } from "@/components/ui/suggest-translation-button";
import { suggestOfferTranslationAction } from "@/features/offers/actions";
import { useLocale, useTranslations } from "next-intl";
import type { OfferFormState, OfferTranslationFormState } from "@/features/offers/form-values";
import { OFFER_LIMITS } from "@/features/offers/schemas";
import { TRANSLATION_LOCALES, type TranslationLocale } from "@/lib/content-translation";
import { textDirection } from "@/lib/text-direction";
import { CheckboxField, inputClass, smallButtonClass, TextField } from "./fields";

/**
 * The offer's translations: one group per added language with title, summary and description,
 * typed in that language (lang/dir on the inputs). Saved with the offer — with approval on, a
 * published offer's changed translations wait for review together with the other changes.
 */
export function TranslationsSection({ suggestFor = null }: { suggestFor?: { offerId: number | null; organizationId: number } | null }) {
  const t = useTranslations("ContentTranslations");
  const locale = useLocale();
  const { control, getValues, setValue } = useFormContext<OfferFormState>();
  const { fields, append, remove } = useFieldArray({ control, name: "translations" as never });
  const translations = (useWatch({ control, name: "translations" as never }) as OfferTranslationFormState[] | undefined) ?? [];
  const used = new Set(translations.map((row) => row.locale));
  const free = TRANSLATION_LOCALES.filter((l) => !used.has(l));
  const [choice, setChoice] = useState<TranslationLocale | "">("");
  const languageName = (code: string) => new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  const selected = choice && free.includes(choice) ? choice : (free[0] ?? "");

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {fields.length === 0 ? <p>{t("none")}</p> : null}
      {fields.map((field, index) => {
        const row = translations[index];
        if (!row) return null;
        const language = languageName(row.locale);
        const dir = textDirection(row.locale);
        const base = `translations.${index}`;
        return (
          <fieldset key={field.id} className="flex flex-col gap-3 rounded border border-slate-300 p-3 sm:p-4" data-locale={row.locale}>
            <legend className="px-1 text-lg font-semibold">{language}</legend>
            {suggestFor ? (
              <SuggestTranslationButton
                language={language}
                suggest={() =>
                  suggestOfferTranslationAction({
                    ...suggestFor,
                    target: row.locale,
                    title: getValues("title") ?? "",
                    summary: getValues("summary") ?? "",
                    description: getValues("description") ?? "",
                  })
                }
                onFill={(data) => {
                  // A suggestion, not a save: it is stored only when the provider saves the form.
                  const options = { shouldDirty: true, shouldValidate: true } as const;
                  setValue(`${base}.title` as never, data.title as never, options);
                  setValue(`${base}.summary` as never, data.summary as never, options);
                  setValue(`${base}.description` as never, data.description as never, options);
                  setValue(`${base}.source` as never, "MACHINE" as never, options);
                  setValue(`${base}.reviewed` as never, false as never, options);
                }}
              />
            ) : null}
            {row.source === "MACHINE" ? (
              <div className="rounded border border-amber-600 bg-amber-50 p-3 text-amber-950">
                <p>{t("machineNotice")}</p>
                <CheckboxField name={`${base}.reviewed`} label={t("reviewedLabel")} />
              </div>
            ) : null}
            <TextField
              name={`${base}.title`}
              label={t("title", { language })}
              required
              maxLength={OFFER_LIMITS.title}
              lang={row.locale}
              dir={dir}
            />
            <TextField
              name={`${base}.summary`}
              label={t("summary", { language })}
              multiline
              rows={3}
              maxLength={OFFER_LIMITS.summary}
              lang={row.locale}
              dir={dir}
            />
            <TextField
              name={`${base}.description`}
              label={t("description", { language })}
              multiline
              rows={6}
              maxLength={OFFER_LIMITS.description}
              lang={row.locale}
              dir={dir}
            />
            <div>
              <button type="button" className={smallButtonClass} onClick={() => remove(index)}>
                {t("remove", { language })}
              </button>
            </div>
          </fieldset>
        );
      })}
      {free.length > 0 ? (
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <label htmlFor="offer-translation-add" className="font-medium">
              {t("addLanguage")}
            </label>
            <select
              id="offer-translation-add"
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
              const row: OfferTranslationFormState = {
                locale: selected,
                title: "",
                summary: "",
                description: "",
                source: "HUMAN",
                reviewed: true,
              };
              append(row as never);
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
