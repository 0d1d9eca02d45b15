"use client";

import type { ReactNode } from "react";
import { get, useFormContext, type FieldPath } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { ProfileFormValues } from "../schemas";
import { inputClass } from "@/components/ui/field";

// Small building blocks of the profile form: a label, the input, an optional hint and the error,
// wired together with ids (aria-describedby) so screen readers read hint and error with the field.

export { inputClass };
export { smallButtonClass as buttonClass } from "@/components/ui/button";

type Name = FieldPath<ProfileFormValues>;

/** The translated text of an error: schema keys are looked up in ProfileForm.errors, server texts pass through. */
export function useErrorText(): (message: string | undefined) => string | undefined {
  const t = useTranslations("ProfileForm");
  return (message) => {
    if (!message) return undefined;
    const key = `errors.${message}`;
    return t.has(key as never) ? t(key as never) : message;
  };
}

export function fieldId(name: string): string {
  return `profile-${name.replace(/\./g, "-")}`;
}

export function useFieldError(name: Name): string | undefined {
  const {
    formState: { errors },
  } = useFormContext<ProfileFormValues>();
  const errorText = useErrorText();
  const error = get(errors, name) as { message?: string } | undefined;
  return errorText(error?.message);
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm text-red-800">
      {message}
    </p>
  );
}

type TextFieldProps = {
  name: Name;
  label: string;
  hint?: ReactNode;
  type?: "text" | "email" | "tel" | "url";
  multiline?: boolean;
  rows?: number;
  autoComplete?: string;
  inputMode?: "numeric" | "text" | "email" | "tel" | "url";
  required?: boolean;
  maxLength?: number;
  disabled?: boolean;
  className?: string;
  /** Language and direction of the text typed (translations). */
  lang?: string;
  dir?: "ltr" | "rtl";
};

export function TextField({
  name,
  label,
  hint,
  type = "text",
  multiline,
  rows = 5,
  autoComplete,
  inputMode,
  required,
  maxLength,
  disabled,
  className,
  lang,
  dir,
}: TextFieldProps) {
  const { register } = useFormContext<ProfileFormValues>();
  const error = useFieldError(name);
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    "aria-required": required || undefined,
    className: inputClass,
    disabled,
    maxLength,
    lang,
    dir,
  };
  return (
    <div className={`flex flex-col gap-1 ${className ?? ""}`}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {multiline ? (
        <textarea rows={rows} {...common} {...register(name)} />
      ) : (
        <input type={type} autoComplete={autoComplete} inputMode={inputMode} {...common} {...register(name)} />
      )}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function SelectField({ name, label, options }: { name: Name; label: string; options: { value: string; label: string }[] }) {
  const { register } = useFormContext<ProfileFormValues>();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select
        id={id}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...register(name)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function Section({ id, title, children, description }: { id: string; title: string; children: ReactNode; description?: string }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-4 rounded-lg border border-slate-200 p-4">
      <h2 id={id} className="text-xl font-semibold text-brand-800">
        {title}
      </h2>
      {description ? <p className="text-sm text-slate-700">{description}</p> : null}
      {children}
    </section>
  );
}
