const TRANSLITERATION: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", ı: "i", ğ: "g", ş: "s", ç: "c", é: "e", è: "e", á: "a", ó: "o", ł: "l", ž: "z", ć: "c" };

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

/** Hands out unique slugs: the title slug, or with a short suffix from the record's uuid on collision. */
export class SlugRegistry {
  private readonly used = new Set<string>();
  // Titles repeat a lot in large seeds; slugify is comparatively slow.
  private readonly bases = new Map<string, string>();

  claim(text: string, uuid: string): string {
    let base = this.bases.get(text);
    if (base === undefined) {
      base = slugify(text) || "eintrag";
      this.bases.set(text, base);
    }
    const compactUuid = uuid.replace(/-/g, "");
    for (let length = 6; length <= compactUuid.length; length += 2) {
      const candidate = this.used.has(base) ? `${base}-${compactUuid.slice(0, length)}` : base;
      if (!this.used.has(candidate)) {
        this.used.add(candidate);
        return candidate;
      }
    }
    throw new Error(`No free slug for "${text}"`);
  }

  /** Reserves a fixed slug (the demo organisations' slugs are documented). */
  reserve(slug: string): string {
    if (this.used.has(slug)) throw new Error(`Slug "${slug}" is taken`);
    this.used.add(slug);
    return slug;
  }
}
