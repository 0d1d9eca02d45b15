import { z } from "zod";
import { emptyToNull, TermNamesSchema } from "./term-schemas";

// The admins' target-group form. Messages are keys relative to TARGET_GROUP_ERRORS_NAMESPACE.

export const TARGET_GROUP_ERRORS_NAMESPACE = "TargetGroupSettings.errors";
export const AGE_MIN = 0;
export const AGE_MAX = 120;

// Form posts carry text ("6"); other callers may pass numbers.
const age = z.preprocess(
  (value) => {
    const empty = emptyToNull(value);
    return typeof empty === "string" && /^\s*-?\d{1,9}\s*$/.test(empty) ? Number(empty) : empty;
  },
  z
    .number({ error: "ageInvalid" })
    .int({ error: "ageInvalid" })
    .min(AGE_MIN, { error: "ageRange" })
    .max(AGE_MAX, { error: "ageRange" })
    .nullable(),
);

export const TargetGroupSchema = z
  .object({ names: TermNamesSchema, ageMin: age, ageMax: age })
  .refine((group) => group.ageMin === null || group.ageMax === null || group.ageMin <= group.ageMax, {
    error: "ageOrder",
    path: ["ageMax"],
  });
export type TargetGroupInput = z.output<typeof TargetGroupSchema>;
