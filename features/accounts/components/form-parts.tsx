"use client";

import type { ReactNode } from "react";
import type { FieldValues, Path, UseFormRegisterReturn, UseFormSetError } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { ActionFailure } from "@/lib/errors";

// Small building blocks of the account forms: labelled inputs whose hint and error are linked with
// aria-describedby, and the glue that puts a server action's field errors next to the fields.

export const inputClass =
  "w-full rounded border border-slate-400 px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700 focus:border-brand-600";
export const buttonClass =
  "self-start rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70 min-h-11";

/**
 * Field errors are message keys of "Auth" when the browser's zod check produced them, and
 * already-translated text when they came back from the server.
 */
export function useFieldMessage(): (message: string | undefined) => string | undefined {
  const t = useTranslations("Auth") as unknown as { (key: string): string; has(key: string): boolean };
  return (message) => (message && /^[a-zA-Z]+$/.test(message) && t.has(message) ? t(message) : message);
}

type TextFieldProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  registration: UseFormRegisterReturn;
  maxLength?: number;
  describedBy?: string;
};

export function TextField({ id, label, hint, error, type = "text", autoComplete, registration, maxLength, describedBy }: TextFieldProps) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, describedBy ?? null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">{label}</label>
      {hint ? <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p> : null}
      <input
        id={id}
        type={type}
        autoComplete={autoComplete}
        maxLength={maxLength}
        {...(type === "email" ? { inputMode: "email" as const, autoCapitalize: "none", spellCheck: false } : {})}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids}
        className={inputClass}
        {...registration}
      />
      {error ? <p id={`${id}-error`} className="text-sm text-red-800">{error}</p> : null}
    </div>
  );
}

/** What a form says after submitting: success or a form-level error, or nothing yet. */
export type FormStatus = { kind: "success" | "error"; text: string } | null;

/** A form-level message (role=status for success, role=alert for failure). */
export function FormMessage({ id, kind, children }: { id: string; kind: "success" | "error"; children: ReactNode }) {
  const style = kind === "success" ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-800";
  return (
    <div id={id} role={kind === "error" ? "alert" : "status"}>
      <p className={`rounded border px-3 py-2 ${style}`}>{children}</p>
    </div>
  );
}

/** The form's status as a FormMessage, or nothing. */
export function StatusMessage({ id, status }: { id: string; status: FormStatus }) {
  return status ? <FormMessage id={id} kind={status.kind}>{status.text}</FormMessage> : null;
}

/** A new password (with the password rules as hint) and its repetition. */
export function NewPasswordFields({
  id,
  label,
  confirmLabel,
  error,
  confirmError,
  registration,
  confirmRegistration,
}: {
  id: string;
  label: string;
  confirmLabel: string;
  error?: string;
  confirmError?: string;
  registration: UseFormRegisterReturn;
  confirmRegistration: UseFormRegisterReturn;
}) {
  const t = useTranslations("Auth");
  return (
    <>
      <TextField id={id} type="password" label={label} hint={t("passwordHint")} autoComplete="new-password" error={error} registration={registration} />
      <TextField id={`${id}-confirm`} type="password" label={confirmLabel} autoComplete="new-password" error={confirmError} registration={confirmRegistration} />
    </>
  );
}

/** Puts a failed action's field errors on the fields of the form (unknown fields are ignored). */
export function applyFieldErrors<T extends FieldValues>(failure: ActionFailure, setError: UseFormSetError<T>, fields: readonly Path<T>[]): boolean {
  let any = false;
  for (const [field, messages] of Object.entries(failure.fieldErrors)) {
    if ((fields as readonly string[]).includes(field) && messages[0]) {
      setError(field as Path<T>, { type: "server", message: messages[0] });
      any = true;
    }
  }
  return any;
}
