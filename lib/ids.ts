import { NotFoundError } from "./errors";

// Record ids arrive from URLs, forms and client calls as unknown values. One rule everywhere: a
// positive safe integer, given as a number or as a string of digits; anything else is no id.

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
