import type { SessionUser } from "@/features/accounts/types";
import { hasRole } from "@/features/accounts/permissions";
import { ForbiddenError } from "@/lib/errors";

/** Only editors and admins moderate; everyone else (planners, providers) is refused. */
export function canModerate(user: SessionUser | null): user is SessionUser {
  return !!user && hasRole(user, "EDITOR");
}

export function assertCanModerate(user: SessionUser | null): asserts user is SessionUser {
  if (!canModerate(user)) throw new ForbiddenError();
}
