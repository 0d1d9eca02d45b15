"use client";

import type { ActionResult } from "@/lib/errors";

/** Field error helpers shared by the district and map forms: message, aria-invalid and aria-describedby. */
export function fieldErrors(state: ActionResult<unknown> | null, id: string) {
  const errorOf = (field: string) => (state && !state.ok ? state.fieldErrors[field]?.[0] : undefined);
  const errorId = (field: string) => `${id}-${field.replace(/\./g, "-")}-error`;
  return {
    errorOf,
    aria: (...fields: string[]) => {
      const field = fields.find((f) => errorOf(f));
      return { "aria-invalid": field ? true : undefined, "aria-describedby": field ? errorId(field) : undefined };
    },
    fieldError: (...fields: string[]) => {
      const field = fields.find((f) => errorOf(f));
      return field ? (
        <p id={errorId(field)} className="text-sm font-medium text-red-800">
          {errorOf(field)}
        </p>
      ) : null;
    },
  };
}

/** The form's outcome: success as a status, failure as an alert. */
export function FormOutcome({ state }: { state: ActionResult<unknown> | null }) {
  return (
    <>
      <div role="status" aria-live="polite">
        {state?.ok && state.message ? (
          <p className="rounded border border-green-600 bg-green-50 px-3 py-2 text-green-900">{state.message}</p>
        ) : null}
      </div>
      <div role="alert">
        {state && !state.ok ? <p className="rounded border border-red-600 bg-red-50 px-3 py-2 text-red-900">{state.message}</p> : null}
      </div>
    </>
  );
}
