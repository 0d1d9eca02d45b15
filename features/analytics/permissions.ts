import type { SessionUser } from "@/features/accounts/types";
import { hasRole, isMemberOf } from "@/features/accounts/permissions";
import { ForbiddenError } from "@/lib/errors";

/** The planner area and its downloads: planners, editors and admins (global roles); never providers or anonymous visitors. */
export function canViewAnalytics(user: SessionUser | null): user is SessionUser {
  return !!user && hasRole(user, "PLANNER", "EDITOR");
}

export function assertCanViewAnalytics(user: SessionUser | null): asserts user is SessionUser {
  if (!canViewAnalytics(user)) throw new ForbiddenError();
}

/** An organisation's own statistics: its members only (each organisation sees its own offers' numbers, nobody else's). */
export function canViewProviderStatistics(user: SessionUser | null, organizationId: number): user is SessionUser {
  return !!user && isMemberOf(user, organizationId);
}
