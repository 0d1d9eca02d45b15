import { z } from "zod";
import { NotFoundError } from "./errors";

// Record ids arrive from URLs, forms and client calls as unknown values. One rule everywhere: a
// positive safe integer, given as a number or as a string of digits; anything else is no id.
// parseId is the rule; idSchema is the same rule for zod schemas, so actions and forms use it too.

const DIGITS = /^\d{1,16}$/;

/** The id in `value`, or null when it is not one (malformed, zero, negative, fractional, too big). */
export function parseId(value: unknown): number | null {
  const id = typeof value === "string" && DIGITS.test(value) ? Number(value) : value;
  return typeof id === "number" && Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** The id in `value`, or NotFoundError: a malformed id reads exactly like an unknown one. */
export function requireId(value: unknown): number {
  const id = parseId(value);
  if (id === null) throw new NotFoundError();
  return id;
}

/** The issue message of an id that does not parse; lib/action.ts answers it like a missing record. */
export const INVALID_ID = "ActionErrors.notFound";

/**
 * parseId as a zod schema. Without a message a bad id is "not found" (an action's argument); a form
 * field passes its own message key, which then shows next to the field.
 */
export function idSchema(message: string = INVALID_ID) {
  return z.unknown().transform((value, context) => {
    const id = parseId(value);
    if (id === null) {
      context.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return id;
  });
}

/** An id argument of an action, a URL segment or a hidden form field. */
export const IdSchema = idSchema();
