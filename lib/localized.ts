/** Picks the translation for `locale` from a translations relation, falling back to the German base name. */
export function localizedName(entity: { name: string; translations?: { locale: string; name: string }[] }, locale: string): string {
  if (locale === "de") return entity.name;
  return entity.translations?.find((t) => t.locale === locale)?.name ?? entity.name;
}

/** Prisma select for an entity's German name plus its translations — the input of localizedName. */
export const translatedNameSelect = { select: { name: true, translations: { select: { locale: true, name: true } } } } as const;
