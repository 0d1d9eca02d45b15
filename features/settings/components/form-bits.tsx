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
