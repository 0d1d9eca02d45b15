// Offer."searchCategories" / "searchTargetGroups" (migration 0006_search_link_bits): bit n is set when
// the offer is linked to category / target group id n, for ids 1…LINK_BITS_MAX_ID (the values stay
// 32-bit integers). Triggers on OfferCategory / OfferTargetGroup keep them on every write; the seed
// writes the same values with its raw offer rows (then the triggers find nothing to change). No
// server-only: the seed uses it.

export const LINK_BITS_MAX_ID = 30;

const hasBit = (id: number) => Number.isInteger(id) && id >= 1 && id <= LINK_BITS_MAX_ID;

/** The stored column value for an offer linked to `ids` (ids without a bit are left out). */
export function storedLinkBits(ids: Iterable<number>): number {
  let bits = 0;
  for (const id of ids) if (hasBit(id)) bits |= 2 ** id;
  return bits;
}

/** The mask a filter for any of `ids` tests, or null when one of them has no bit (check the link table). */
export function linkBitMask(ids: readonly number[]): number | null {
  return ids.every(hasBit) ? storedLinkBits(ids) : null;
}
