// Offer."searchCategories"/"searchCategories2" and "searchTargetGroups"/"searchTargetGroups2"
// (migration 0012_portal_settings): every category and target group holds a slot ("searchBit",
// 0…LINK_BIT_SLOTS-1, the smallest free one, given by a trigger on insert); slot s is bit s of the
// first word when s < LINK_BITS_PER_WORD, else bit s-52 of the second. Triggers on OfferCategory /
// OfferTargetGroup keep the words on every write; the seed writes the same values with its raw offer
// rows. 52 bits per word keep the values exact in JavaScript numbers. A term without a slot (more
// than LINK_BIT_SLOTS live terms) is checked through the link table. No server-only: the seed uses it.

export const LINK_BITS_PER_WORD = 52;
export const LINK_BIT_SLOTS = 2 * LINK_BITS_PER_WORD;

/** The two column values (first word, second word). */
export type LinkBitWords = [number, number];

const hasSlot = (slot: number | null | undefined): slot is number => Number.isInteger(slot) && slot! >= 0 && slot! < LINK_BIT_SLOTS;

/** The stored words for an offer linked to terms with these slots (terms without one are left out). */
export function storedLinkWords(slots: Iterable<number | null | undefined>): LinkBitWords {
  const words: LinkBitWords = [0, 0];
  const seen = new Set<number>();
  for (const slot of slots) {
    if (!hasSlot(slot) || seen.has(slot)) continue;
    seen.add(slot);
    words[slot < LINK_BITS_PER_WORD ? 0 : 1] += 2 ** (slot % LINK_BITS_PER_WORD);
  }
  return words;
}

/** The masks a filter for any of these terms tests, or null when one of them has no slot (check the link table). */
export function linkBitMasks(slots: readonly (number | null | undefined)[]): LinkBitWords | null {
  return slots.every(hasSlot) ? storedLinkWords(slots) : null;
}

/** True when an offer with these stored words is linked to a term of the mask. */
export function matchesLinkBits(words: LinkBitWords, mask: LinkBitWords): boolean {
  // Bitwise operators in JavaScript truncate to 32 bits: test each 26-bit half of the 52-bit words.
  const half = 2 ** 26;
  return words.some((word, i) => {
    const m = mask[i];
    if (m === 0 || word === 0) return false;
    return ((word % half) & (m % half)) !== 0 || (Math.floor(word / half) & Math.floor(m / half)) !== 0;
  });
}
