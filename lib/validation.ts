import type { z } from "zod";
import { ValidationError } from "@/lib/errors";

/**
 * Parses input with a schema whose messages are keys relative to `namespace` ("tooLong"), and turns a
 * failure into a ValidationError with full keys ("ProfileForm.errors.tooLong"), which actionError
 * translates. The browser uses the same schema and translates the short keys in that namespace.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, namespace: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join(".");
    // zod's own messages (wrong type, e.g. a number where a string belongs) become "invalid".
    const message = /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid";
    (fieldErrors[key] ??= []).push(`${namespace}.${message}`);
  }
  throw new ValidationError(fieldErrors);
}
