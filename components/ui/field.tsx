"use client";

import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

// A labelled input whose hint and error are linked with aria-describedby. inputClass is the one
// look of text inputs and selects across the forms.

export const inputClass =
  "w-full rounded border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700 focus:border-brand-600";

/** The ids a field's aria-describedby lists: hint, error and any extra description. */
export function describedBy(id: string, { hint, error, extra }: { hint?: unknown; error?: unknown; extra?: string }): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null, extra ?? null].filter(Boolean).join(" ") || undefined;
}

type FieldProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  registration: UseFormRegisterReturn;
  maxLength?: number;
  describedBy?: string;
  /**
   * The value the server renders into the input. react-hook-form fills registered inputs only once
   * scripts run, so a form answered without JavaScript (useActionState) passes the sent value here.
   */
  defaultValue?: string;
};

export function Field({
  id,
  label,
  hint,
  error,
  type = "text",
  autoComplete,
  registration,
  maxLength,
  describedBy: extra,
  defaultValue,
}: FieldProps) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        type={type}
        autoComplete={autoComplete}
        maxLength={maxLength}
        defaultValue={defaultValue}
        {...(type === "email" ? { inputMode: "email" as const, autoCapitalize: "none", spellCheck: false } : {})}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error, extra })}
        className={inputClass}
        {...registration}
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
