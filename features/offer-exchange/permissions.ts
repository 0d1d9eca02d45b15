import { hasRole } from "@/features/accounts/permissions";
import type { SessionUser } from "@/features/accounts/types";
import { canEditOffersOf } from "@/features/offers/permissions";

// Excel import and export follow the offer form's rule: whoever may edit an organisation's offers
// may import them and export them (its members, editors and admins). Editors alone import a whole
// portal file (rows naming their organisations); editors and planners export all offers.

export function canImportOffersInto(user: SessionUser, organizationId: number): boolean {
  return canEditOffersOf(user, organizationId);
}

/** Portal migration files: rows name their organisation, unknown ones may be created. */
export function canImportPortalFile(user: SessionUser): boolean {
  return hasRole(user, "EDITOR");
}

export function canExportOffersOf(user: SessionUser, organizationId: number): boolean {
  return canEditOffersOf(user, organizationId);
}

/** All offers of the portal, or those of a search: editors, admins and planners. */
export function canExportAllOffers(user: SessionUser): boolean {
  return hasRole(user, "EDITOR", "PLANNER");
}
