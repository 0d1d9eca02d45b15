"use client";

import { startTransition, useActionState, useId, useState, type FormEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useRouter } from "@/i18n/navigation";
import type { ActionResult } from "@/lib/errors";
import { LOCALE_NAMES, TERM_LOCALES, TERM_NAME_MAX } from "../term-schemas";
import { FormStatus } from "@/components/ui/form-status";

// What the vocabulary forms (category, target group) share: the save round trip with field errors,
// the names per language and the submit button with its status.

type State = ActionResult<{ id: number | null }> | null;

/**
 * The form state of a term form: runs `save`, refreshes the page on success and, for a new term,
 * hands out a new form key (an empty form for the next term). `errorOf`/`aria`/`fieldError` tie a
 * field's error to its input.
 */
export function useTermForm(
  save: (previous: State, data: FormData) => Promise<NonNullable<State>>,
  options: { isNew: boolean; onSaved?: () => void; onDone?: (message?: string) => void },
) {
  const router = useRouter();
  const id = useId();
  const [formKey, setFormKey] = useState(0);
  const [state, formAction, pending] = useActionState<State, FormData>(async (previous, data) => {
    const result = await save(previous, data);
    if (result.ok) {
      router.refresh();
      if (options.isNew) {
        setFormKey((k) => k + 1);
        options.onSaved?.();
      }
      options.onDone?.(result.message);
    }
    return result;
  }, null);

  const errorOf = (field: string) => (state && !state.ok ? state.fieldErrors[field]?.[0] : undefined);
  const errorId = (field: string) => `${id}-${field.replace(".", "-")}-error`;
  const aria = (field: string) => ({
    "aria-invalid": errorOf(field) ? true : undefined,
    "aria-describedby": errorOf(field) ? errorId(field) : undefined,
  });
  const fieldError = (field: string) =>
    errorOf(field) ? (
      <p id={errorId(field)} className="text-sm font-medium text-red-800">
        {errorOf(field)}
      </p>
    ) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return { id, formKey, state, formAction, pending, errorOf, aria, fieldError, submit };
}

type TermForm = ReturnType<typeof useTermForm>;

/** A name input per language, German required. */
export function TermNamesFieldset({ form, names, hint }: { form: TermForm; names: Partial<Record<string, string | null>>; hint: string }) {
  const t = useTranslations("TermSettings");
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="font-medium">{t("names")}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        {TERM_LOCALES.map((locale) => (
          <div key={locale} className="flex flex-col gap-1">
            <label htmlFor={`${form.id}-name-${locale}`} className="text-sm font-medium">
              {locale === "de" ? t("nameRequired", { language: LOCALE_NAMES[locale] }) : LOCALE_NAMES[locale]}
            </label>
            <input
              id={`${form.id}-name-${locale}`}
              name={`name.${locale}`}
              lang={locale}
              dir={locale === "ar" ? "rtl" : undefined}
              maxLength={TERM_NAME_MAX}
              defaultValue={names[locale] ?? ""}
              className={inputClass}
              {...form.aria(`names.${locale}`)}
            />
            {form.fieldError(`names.${locale}`)}
          </div>
        ))}
      </div>
      <p className="text-sm text-slate-700">{hint}</p>
    </fieldset>
  );
}

/** The submit button and the form's success or failure message. */
export function TermFormFooter({ form, label, children }: { form: TermForm; label: string; children?: ReactNode }) {
  const t = useTranslations("TermSettings");
  const { state, pending } = form;
  return (
    <div className="flex flex-col gap-2">
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? t("saving") : label}
      </button>
      {children}
      <FormStatus state={state} />
    </div>
  );
}
