import { canManageOrganization, isMemberOf } from "@/features/accounts/permissions";
import type { SessionUser } from "@/features/accounts/types";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { requireId } from "@/lib/ids";

// Members see their team; only its admins (and editors/admins, who look after every organisation)
// change it. Outsiders learn nothing, not even that the organisation or record exists.

export function canViewTeam(user: SessionUser, organizationId: number): boolean {
  return isMemberOf(user, organizationId) || canManageOrganization(user, organizationId);
}

export function canManageTeam(user: SessionUser, organizationId: number): boolean {
  return canManageOrganization(user, organizationId);
}

/** Throws unless the user manages the organisation's team: Forbidden for plain members, NotFound for others. */
export function assertCanManageTeam(user: SessionUser, organizationId: number): void {
  requireId(organizationId);
  if (canManageTeam(user, organizationId)) return;
  throw isMemberOf(user, organizationId) ? new ForbiddenError() : new NotFoundError();
}
