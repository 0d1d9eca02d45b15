import type { GlobalRole } from "@/generated/prisma/enums";
import { hasRole } from "@/features/accounts/permissions";
import type { SessionUser } from "@/features/accounts/types";

// Who may do what in the user management, as named predicates. Editors and admins reach it at all;
// admins alone hand out or take away the admin role and act on editors and admins.

/** Editors and admins see and manage users; planners and providers do not. */
export function canManageUsers(user: SessionUser | null): user is SessionUser {
  return !!user && hasRole(user, "EDITOR");
}

/** Editors invite editors and planners; only admins invite admins. */
export function canInviteWithRole(user: SessionUser, role: GlobalRole): boolean {
  if (!canManageUsers(user) || role === "NONE") return false;
  return role === "ADMIN" ? user.role === "ADMIN" : true;
}

/** Only admins change global roles, and never their own (no accidental self-demotion). */
export function canChangeGlobalRole(user: SessionUser, targetUserId: number): boolean {
  return user.role === "ADMIN" && user.id !== targetUserId;
}

/** Disable / re-enable: editors for providers and planners; admins for anyone; nobody for themselves. */
export function canDisableUser(user: SessionUser, target: { id: number; role: GlobalRole }): boolean {
  if (!canManageUsers(user) || user.id === target.id) return false;
  if (user.role === "ADMIN") return true;
  return target.role === "NONE" || target.role === "PLANNER";
}
