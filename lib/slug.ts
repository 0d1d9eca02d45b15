// URL slugs, shared by the seed and every save path that names a record.

const TRANSLITERATION: Record<string, string> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  ß: "ss",
  ı: "i",
  ğ: "g",
  ş: "s",
  ç: "c",
  é: "e",
  è: "e",
  á: "a",
  ó: "o",
  ł: "l",
  ž: "z",
  ć: "c",
};

/** URL slug for German text: "Fußball-AG für Mädchen" → "fussball-ag-fuer-maedchen". */
export function slugify(text: string, maxLength = 70): string {
  const slug = text
    .toLowerCase()
    .replace(/[äöüßığşçéèáółžć]/g, (c) => TRANSLITERATION[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  // Cut at the last word boundary that fits (one character more, in case a hyphen follows).
  const boundary = slug.slice(0, maxLength + 1).lastIndexOf("-");
  return boundary > maxLength / 3 ? slug.slice(0, boundary) : slug.slice(0, maxLength).replace(/-+$/, "");
}

/**
 * The slug of `text` (or `fallback` when the text has none) if `isTaken` says it is free, else the
 * first free of that slug with each of `suffixes` appended ("base-suffix"); null when all are taken.
 * `suffixes` is read lazily, so it may be endless.
 */
export async function uniqueSlug(
  text: string,
  { fallback, suffixes, isTaken }: { fallback: string; suffixes: Iterable<string>; isTaken: (slug: string) => boolean | Promise<boolean> },
): Promise<string | null> {
  const base = slugify(text) || fallback;
  if (!(await isTaken(base))) return base;
  for (const suffix of suffixes) {
    const candidate = `${base}-${suffix}`;
    if (!(await isTaken(candidate))) return candidate;
  }
  return null;
}
