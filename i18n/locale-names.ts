import type { Locale } from "./routing";

/**
 * Each interface language in its own language ("Türkçe", "العربية"), as language switchers show
 * them: a resident looks for the name they can read, whatever language the page is in now.
 */
export const LOCALE_NAMES: Record<Locale, string> = {
  de: "Deutsch",
  en: "English",
  tr: "Türkçe",
  ar: "العربية",
  uk: "Українська",
  ru: "Русский",
};
