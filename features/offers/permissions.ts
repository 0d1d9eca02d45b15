import { hasRole, isMemberOf } from "@/features/accounts/permissions";
import type { SessionUser } from "@/features/accounts/types";

// Who may create and edit offers: every member of the offer's organisation (admins and members
// alike) and the portal's editors and admins, who look after every organisation.

export function canEditOffersOf(user: SessionUser, organizationId: number): boolean {
  return hasRole(user, "EDITOR") || isMemberOf(user, organizationId);
}
