import { locales } from "@/i18n/routing";
import { textDirection } from "./text-direction";

// Content translations (issue 14): providers write in German; an offer or organisation may carry a
// translation per other interface locale. Residents see the translation of their locale field by
// field where one exists, else the German text — each part marked with its own `lang`.

/** The language providers write their texts in. */
export const CONTENT_LOCALE = "de";

/** The locales a text can be translated into: every interface locale but German. */
export const TRANSLATION_LOCALES = locales.filter((l): l is Exclude<(typeof locales)[number], "de"> => l !== CONTENT_LOCALE);
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

export const TRANSLATION_SOURCES = ["HUMAN", "MACHINE"] as const;
export type TranslationSource = (typeof TRANSLATION_SOURCES)[number];

/** What residents are told about a translation's origin. */
export type TranslationOrigin = { locale: string; source: TranslationSource; reviewed: boolean };

/** One shown text: the words, their language and direction. */
export type ShownText = { text: string; lang: string; dir: "ltr" | "rtl"; translated: boolean };

/** The translation for `locale` (none for German pages). */
export function translationFor<T extends { locale: string }>(translations: readonly T[] | undefined, locale: string): T | null {
  if (locale === CONTENT_LOCALE || !translations) return null;
  return translations.find((t) => t.locale === locale) ?? null;
}

/** The translated field when the translation has it, else the German original; null when neither has text. */
export function shownText(
  original: string | null | undefined,
  translation: { locale: string } | null,
  translated: string | null | undefined,
): ShownText | null {
  if (translation && translated)
    return { text: translated, lang: translation.locale, dir: textDirection(translation.locale), translated: true };
  if (!original) return null;
  return { text: original, lang: CONTENT_LOCALE, dir: "ltr", translated: false };
}
