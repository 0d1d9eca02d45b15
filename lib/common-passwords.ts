import { COMMON_PASSWORDS_TEXT } from "./common-passwords-list";

// Used by NewPasswordSchema, i.e. in the browser (form) as well as on the server (action, scripts),
// so the list is a module, not a file read from disk (~16 kB gzipped, only on password forms).

let common: Set<string> | undefined;

/** True when the password (compared case-insensitively, surrounding spaces ignored) is on the list. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(COMMON_PASSWORDS_TEXT.split("\n").map((line) => line.trim()).filter(Boolean));
  return common.has(password.trim().toLowerCase());
}
