"use client";

import { useId } from "react";

type Props = { label: string; hint: string; maxLength: number; rows?: number; error?: string };

/** The reason textarea of the editors' decision forms: label, hint, length limit, field error. */
export function ReasonField({ label, hint, maxLength, rows = 4, error }: Props) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`${id}-reason`} className="font-medium">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {hint}
      </p>
      <textarea
        id={`${id}-reason`}
        name="reason"
        rows={rows}
        maxLength={maxLength}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        className="rounded border border-slate-400 p-2"
      />
      {error ? (
        <p id={`${id}-error`} className="font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Pending text and success message (polite live region), then the form-level error (alert). */
export function FormOutcome({
  pending,
  pendingLabel,
  success,
  error,
}: {
  pending: boolean;
  pendingLabel: string;
  success?: string;
  error?: string;
}) {
  return (
    <>
      <div role="status" aria-live="polite">
        {pending ? <p>{pendingLabel}</p> : null}
        {success ? <p className="rounded border border-green-600 bg-green-50 px-3 py-2 text-green-900">{success}</p> : null}
      </div>
      {error ? (
        <p role="alert" className="rounded border border-red-600 bg-red-50 px-3 py-2 text-red-900">
          {error}
        </p>
      ) : null}
    </>
  );
}
