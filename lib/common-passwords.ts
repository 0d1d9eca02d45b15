import { BASE_WORDS, OTHER_PASSWORDS } from "./common-passwords-list";

// Used by NewPasswordSchema, i.e. in the browser (form) as well as on the server (action, scripts),
// so the source is a module, not a file read from disk. It holds ~830 words; the ~6,500 passwords
// are built from them on first use.

/** What people append to a word: counting runs, "!", years, a zero-padded one, a double 0. */
export const COMMON_ENDINGS = [
  "",
  "1",
  "12",
  "123",
  "1234",
  "12345",
  "123456",
  "!",
  "1!",
  "123!",
  "01",
  "007",
  "2018",
  "2019",
  "2020",
  "2021",
  "2022",
  "2023",
  "2024",
  "2025",
  "2026",
  "2027",
  "1990",
  "2000",
  "2010",
];

/** Shorter passwords are refused by the length rule already, so the list leaves them out. */
const MIN_LENGTH = 10;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Every password on the list (lower-case): the other passwords, and each base word with each ending and doubled. */
export function commonPasswordList(): string[] {
  const list = new Set(words(OTHER_PASSWORDS));
  for (const word of words(BASE_WORDS)) {
    for (const candidate of [...COMMON_ENDINGS.map((ending) => word + ending), word + word]) {
      if (candidate.length >= MIN_LENGTH) list.add(candidate);
    }
  }
  return [...list];
}

let common: Set<string> | undefined;

/** True when the password (compared case-insensitively, surrounding spaces ignored) is on the list. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(commonPasswordList());
  return common.has(password.trim().toLowerCase());
}
