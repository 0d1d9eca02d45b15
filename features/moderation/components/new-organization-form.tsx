"use client";

import { useActionState, useId, useState } from "react";
import type { ActionResult } from "@/lib/errors";
import { createOrganizationAction } from "../act-actions";

type Field = {
  name: string;
  label: string;
  type?: "text" | "email" | "tel" | "url";
  hint?: string;
  maxLength: number;
  required?: boolean;
  autoComplete?: string;
};

type Props = {
  sections: { id: string; title: string; fields: Field[] }[];
  carrier: { label: string; options: { value: string; label: string }[] };
  labels: { submit: string; pending: string; errorSummary: string; optional: string };
};

/**
 * The essentials of a new organisation (the profile form's rules, checked on the server with the
 * same schema pieces); on success the action opens the full profile form.
 */
export function NewOrganizationForm({ sections, carrier, labels }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult<{ status: string }> | null, FormData>(createOrganizationAction, null);
  const id = useId();
  // Controlled, so the entries survive React's form reset when the server refuses them.
  const [values, setValues] = useState<Record<string, string>>({ carrierType: "OTHER" });
  const bind = (name: string) => ({
    name,
    value: values[name] ?? "",
    onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value })),
  });
  const errors = state && !state.ok ? state.fieldErrors : {};
  const hasFieldErrors = Object.keys(errors).length > 0;
  const errorOf = (name: string) => errors[name]?.[0];
  const describedBy = (name: string, hint?: string) =>
    [hint ? `${id}-${name}-hint` : null, errorOf(name) ? `${id}-${name}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-6" noValidate>
      {state && !state.ok ? (
        <p role="alert" className="rounded border border-red-600 bg-red-50 px-3 py-2 text-red-900">
          {hasFieldErrors ? labels.errorSummary : state.message}
        </p>
      ) : null}
      {sections.map((section, index) => (
        <fieldset key={section.id} className="flex flex-col gap-4 rounded border border-slate-200 p-4">
          <legend className="px-1 text-lg font-semibold">{section.title}</legend>
          {section.fields.map((field) => (
            <div key={field.name} className="flex flex-col gap-1">
              <label htmlFor={`${id}-${field.name}`} className="font-medium">
                {field.label}
                {field.required ? null : <span className="font-normal text-slate-700"> ({labels.optional})</span>}
              </label>
              {field.hint ? (
                <p id={`${id}-${field.name}-hint`} className="text-sm text-slate-700">
                  {field.hint}
                </p>
              ) : null}
              <input
                id={`${id}-${field.name}`}
                {...bind(field.name)}
                type={field.type ?? "text"}
                maxLength={field.maxLength}
                required={field.required}
                autoComplete={field.autoComplete ?? "off"}
                aria-invalid={errorOf(field.name) ? true : undefined}
                aria-describedby={describedBy(field.name, field.hint)}
                className="min-h-11 rounded border border-slate-400 px-2"
              />
              {errorOf(field.name) ? (
                <p id={`${id}-${field.name}-error`} className="font-medium text-red-800">
                  {errorOf(field.name)}
                </p>
              ) : null}
            </div>
          ))}
          {index === 0 ? (
            <div className="flex flex-col gap-1">
              <label htmlFor={`${id}-carrierType`} className="font-medium">
                {carrier.label}
              </label>
              <select
                id={`${id}-carrierType`}
                {...bind("carrierType")}
                aria-invalid={errorOf("carrierType") ? true : undefined}
                aria-describedby={errorOf("carrierType") ? `${id}-carrierType-error` : undefined}
                className="min-h-11 rounded border border-slate-400 bg-white px-2"
              >
                {carrier.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
              {errorOf("carrierType") ? (
                <p id={`${id}-carrierType-error`} className="font-medium text-red-800">
                  {errorOf("carrierType")}
                </p>
              ) : null}
            </div>
          ) : null}
        </fieldset>
      ))}
      <div>
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {labels.submit}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {pending ? <p>{labels.pending}</p> : null}
      </div>
    </form>
  );
}
