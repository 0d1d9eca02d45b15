import { slugify } from "@/lib/slug";

// Moved to lib/ (offer saves use it too); re-exported for the seed modules.
export { slugify };

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
