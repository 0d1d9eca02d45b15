import type { SessionUser } from "@/features/accounts/types";
import { canEditOffersOf } from "@/features/offers/permissions";

// The same rule as editing (features/offers/permissions.ts): any member of the offer's
// organisation, whatever their role, and editors/admins for every organisation.

/** Who may duplicate, preview, deactivate, reactivate, delete and confirm an offer. */
export function canManageOffer(user: SessionUser, offer: { organizationId: number }): boolean {
  return canEditOffersOf(user, offer.organizationId);
}

/** Who may see an organisation's offer list. */
export function canListOrganizationOffers(user: SessionUser, organizationId: number): boolean {
  return canEditOffersOf(user, organizationId);
}
