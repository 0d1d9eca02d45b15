"use client";

import { useState } from "react";
import { useForm, type FieldValues, type Path, type UseFormProps, type UseFormRegisterReturn, type UseFormSetError } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import type { Notice } from "@/components/ui/notice";
import type { ActionFailure } from "@/lib/errors";

// Account-specific pieces of the account forms (the shared Field, Button and Notice are in
// components/ui): message lookup in "Auth", the new-password pair, and the glue that puts a server
// action's field errors next to the fields.

/**
 * Field errors are message keys of "Auth" when the browser's zod check produced them, and
 * already-translated text when they came back from the server.
 */
export function useFieldMessage(): (message: string | undefined) => string | undefined {
  const t = useTranslations("Auth") as unknown as { (key: string): string; has(key: string): boolean };
  return (message) => (message && /^[a-zA-Z]+$/.test(message) && t.has(message) ? t(message) : message);
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
      <Field
        id={id}
        type="password"
        label={label}
        hint={t("passwordHint")}
        autoComplete="new-password"
        error={error}
        registration={registration}
      />
      <Field
        id={`${id}-confirm`}
        type="password"
        label={confirmLabel}
        autoComplete="new-password"
        error={confirmError}
        registration={confirmRegistration}
      />
    </>
  );
}

/** The first message per field of a failed action (a no-JavaScript form's answer), to show before react-hook-form has any. */
export function serverFieldErrors(
  result: { ok: boolean; fieldErrors?: Record<string, string[]> } | null,
): Record<string, string | undefined> {
  if (!result || result.ok || !result.fieldErrors) return {};
  return Object.fromEntries(Object.entries(result.fieldErrors).map(([field, messages]) => [field, messages[0]]));
}

/** Puts a failed action's field errors on the fields of the form (unknown fields are ignored). */
export function applyFieldErrors<T extends FieldValues>(
  failure: ActionFailure,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): boolean {
  let any = false;
  for (const [field, messages] of Object.entries(failure.fieldErrors)) {
    if ((fields as readonly string[]).includes(field) && messages[0]) {
      setError(field as Path<T>, { type: "server", message: messages[0] });
      any = true;
    }
  }
  return any;
}

/**
 * react-hook-form plus the status line of an account form. `failed` puts a failed action's field
 * errors on `fields`, or shows its message when none of them is concerned.
 */
export function useAccountForm<T extends FieldValues, C = unknown, O = T>(
  options: UseFormProps<T, C, O>,
  fields: readonly Path<T>[],
  initialStatus: Notice = null,
) {
  const form = useForm<T, C, O>(options);
  const [status, setStatus] = useState<Notice>(initialStatus);
  function failed(failure: ActionFailure): void {
    if (!applyFieldErrors(failure, form.setError, fields)) setStatus({ kind: "error", text: failure.message });
  }
  return { form, status, setStatus, failed };
}
