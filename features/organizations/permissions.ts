import { canManageOrganization, isMemberOf } from "@/features/accounts/permissions";
import type { SessionUser } from "@/features/accounts/types";

// Who may see and who may change an organisation's profile. Members read it; its admins (and the
// editorial team, which looks after every organisation) change it.

export function canViewProfile(user: SessionUser, organizationId: number): boolean {
  return isMemberOf(user, organizationId) || canManageOrganization(user, organizationId);
}

export function canEditProfile(user: SessionUser, organizationId: number): boolean {
  return canManageOrganization(user, organizationId);
}
