"use client";

import { startTransition, useActionState, useId, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/errors";
import { saveLegalTextAction } from "../legal-actions";
import { LEGAL_BODY_MAX, type LegalKindValue } from "../legal-schemas";
import { FormStatus } from "@/components/ui/form-status";

type State = ActionResult<{ version: number | null }> | null;

/** One legal text of one language: title and formatted body; the terms can be published as a new version. */
export function LegalTextForm({
  kind,
  locale,
  heading,
  values,
}: {
  kind: LegalKindValue;
  locale: string;
  heading: string;
  values: { title: string; body: string; version: number } | null;
}) {
  const t = useTranslations("LegalAdmin");
  const id = useId();
  const [state, formAction, pending] = useActionState<State, FormData>(saveLegalTextAction, null);
  const errorOf = (field: string) => (state && !state.ok ? state.fieldErrors[field]?.[0] : undefined);
  const aria = (field: string) => ({
    "aria-invalid": errorOf(field) ? true : undefined,
    "aria-describedby":
      [field === "body" ? `${id}-format` : null, errorOf(field) ? `${id}-${field}-error` : null].filter(Boolean).join(" ") || undefined,
  });
  const fieldError = (field: string) =>
    errorOf(field) ? (
      <p id={`${id}-${field}-error`} className="text-sm font-medium text-red-800">
        {errorOf(field)}
      </p>
    ) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form
      action={formAction}
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-heading`}
      className="flex flex-col gap-3 rounded border border-slate-300 p-4"
    >
      <h2 id={`${id}-heading`} className="text-2xl font-semibold">
        {heading}
      </h2>
      {kind === "TERMS" && values ? <p className="text-sm text-slate-700">{t("currentVersion", { version: values.version })}</p> : null}
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="locale" value={locale} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-title`} className="font-medium">
          {t("titleLabel")}
        </label>
        <input
          id={`${id}-title`}
          name="title"
          maxLength={120}
          defaultValue={values?.title ?? ""}
          className={inputClass}
          {...aria("title")}
        />
        {fieldError("title")}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-body`} className="font-medium">
          {t("bodyLabel")}
        </label>
        <p id={`${id}-format`} className="text-sm text-slate-700">
          {t("formatHint")}
        </p>
        <textarea
          id={`${id}-body`}
          name="body"
          rows={14}
          maxLength={LEGAL_BODY_MAX}
          defaultValue={values?.body ?? ""}
          dir="auto"
          className={`${inputClass} font-mono text-sm`}
          {...aria("body")}
        />
        {fieldError("body")}
      </div>
      {kind === "TERMS" ? (
        <div className="flex items-start gap-3 rounded border border-amber-300 bg-amber-50 p-3">
          <input
            id={`${id}-new-version`}
            type="checkbox"
            name="newVersion"
            value="true"
            aria-describedby={`${id}-new-version-hint`}
            className="mt-1 size-5 shrink-0"
          />
          <div className="flex flex-col">
            <label htmlFor={`${id}-new-version`} className="font-medium">
              {t("newVersion")}
            </label>
            <p id={`${id}-new-version-hint`} className="text-sm text-amber-950">
              {t("newVersionHint")}
            </p>
          </div>
        </div>
      ) : null}
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? t("saving") : t("save")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
