"use client";

import { inputClass } from "@/components/ui/field";
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

/**
 * A short number input of the map pickers (latitude, longitude, zoom): its label, the value the map
 * and the field share, and its error. Numbers stay left-to-right on right-to-left pages.
 */
export function CoordinateField({
  id,
  name,
  label,
  value,
  onChange,
  errors,
  inputMode = "decimal",
  widthClass = "w-40",
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors: ReturnType<typeof fieldErrors>;
  inputMode?: "decimal" | "numeric";
  widthClass?: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        inputMode={inputMode}
        dir="ltr"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={`${inputClass} ${widthClass}`}
        {...errors.aria(name)}
      />
      {errors.fieldError(name)}
    </div>
  );
}
