"use client";

import type { ReactNode } from "react";
import { get, useFormContext, type FieldErrors } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { OfferFormState } from "@/features/offers/form-values";
import { inputClass } from "@/components/ui/field";

// Small labelled inputs for the offer form. Every field has an id derived from its form path
// ("location.postalCode" → "offer-location-postalCode"), so the error summary can link to it,
// and its error is linked with aria-describedby.

export { inputClass };
export const smallButtonClass =
  "rounded border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-70";

export function fieldId(name: string): string {
  return `offer-${name.replace(/\./g, "-")}`;
}

/** Translates an error message: schema keys ("errors.x", "schedule.x"); server messages arrive translated. */
export function useErrorText(): (message: string | undefined) => string | undefined {
  const t = useTranslations("OfferForm");
  return (message) => {
    if (!message) return undefined;
    if (t.has(message as never)) return t(message as never);
    return /^(errors|schedule|status)\./.test(message) ? t("errors.invalid") : message;
  };
}

export function useFieldError(name: string): string | undefined {
  const { formState } = useFormContext<OfferFormState>();
  const error = get(formState.errors, name) as { message?: string; root?: { message?: string } } | undefined;
  return useErrorText()(error?.message ?? error?.root?.message);
}

export function FieldError({ name, id }: { name: string; id?: string }) {
  const message = useFieldError(name);
  if (!message) return null;
  return (
    <p id={`${id ?? fieldId(name)}-error`} className="text-sm text-red-800">
      {message}
    </p>
  );
}

/** aria-describedby for a field: its hint (when given) and its error (when shown). */
export function describedBy(name: string, hasError: boolean, hint?: boolean, id = fieldId(name)): string | undefined {
  return [hint ? `${id}-hint` : null, hasError ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function Label({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean }) {
  const t = useTranslations("FormCommon");
  return (
    <label htmlFor={htmlFor} className="font-medium">
      {label}
      {required ? null : <span className="font-normal text-slate-700"> {t("optional")}</span>}
    </label>
  );
}

type TextFieldProps = {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  maxLength?: number;
  type?: "text" | "email" | "tel" | "url" | "date" | "time";
  inputMode?: "text" | "numeric" | "decimal" | "email" | "tel" | "url";
  autoComplete?: string;
  multiline?: boolean;
  rows?: number;
  className?: string;
  /** Language and direction of the text typed (translations). */
  lang?: string;
  dir?: "ltr" | "rtl";
};

export function TextField({
  name,
  label,
  hint,
  required,
  maxLength,
  type = "text",
  inputMode,
  autoComplete,
  multiline,
  rows = 4,
  className,
  lang,
  dir,
}: TextFieldProps) {
  const { register } = useFormContext<OfferFormState>();
  const error = useFieldError(name);
  const id = fieldId(name);
  const common = {
    id,
    maxLength,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(name, Boolean(error), Boolean(hint)),
    "aria-required": required || undefined,
    className: inputClass,
    lang,
    dir,
    ...register(name as never),
  };
  return (
    <div className={`flex flex-col gap-1 ${className ?? ""}`}>
      <Label htmlFor={id} label={label} required={required} />
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea rows={rows} {...common} />
      ) : (
        <input type={type} inputMode={inputMode} autoComplete={autoComplete} {...common} />
      )}
      <FieldError name={name} />
    </div>
  );
}

export function CheckboxField({ name, label, hint }: { name: string; label: string; hint?: string }) {
  const { register } = useFormContext<OfferFormState>();
  const id = fieldId(name);
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          className="mt-1 size-5 shrink-0"
          aria-describedby={hint ? `${id}-hint` : undefined}
          {...register(name as never)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="ms-7 text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function SelectField({
  name,
  label,
  options,
  hint,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  hint?: string;
}) {
  const { register } = useFormContext<OfferFormState>();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={id} label={label} required />
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, Boolean(error), Boolean(hint))}
        {...register(name as never)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError name={name} />
    </div>
  );
}

export function Section({ id, title, children, description }: { id: string; title: string; description?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id={`${id}-title`} className="text-xl font-semibold text-brand-800">
        {title}
      </h2>
      {description ? <p className="-mt-2 text-sm text-slate-700">{description}</p> : null}
      {children}
    </section>
  );
}

/** Flattens react-hook-form errors into (path, message) pairs in form order. */
export function flattenErrors(errors: FieldErrors, prefix = ""): { name: string; message: string }[] {
  const result: { name: string; message: string }[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === "ref") continue;
    const name = key === "root" ? prefix.replace(/\.$/, "") : `${prefix}${key}`;
    const entry = value as { message?: unknown; type?: unknown };
    if (typeof entry.message === "string" && entry.message) result.push({ name, message: entry.message });
    else if (typeof value === "object") result.push(...flattenErrors(value as FieldErrors, key === "root" ? prefix : `${name}.`));
  }
  return result;
}
