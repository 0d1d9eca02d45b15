import { hasRole } from "@/features/accounts/permissions";
import type { SessionUser } from "@/features/accounts/types";
import { ForbiddenError } from "@/lib/errors";

/** Portal-wide settings change how every provider and editor works: admins only (not editors). */
export function canManageSettings(user: SessionUser | null): user is SessionUser {
  return !!user && user.role === "ADMIN";
}

export function assertCanManageSettings(user: SessionUser | null): asserts user is SessionUser {
  if (!canManageSettings(user)) throw new ForbiddenError();
}

/** Editors read the settings (they work by them) without changing them; providers and planners do not see them. */
export function canViewSettings(user: SessionUser | null): user is SessionUser {
  return !!user && hasRole(user, "EDITOR");
}
