import type { GlobalRole, MembershipRole } from "@/generated/prisma/enums";
import { ForbiddenError } from "@/lib/errors";
import type { SessionMembership, SessionUser } from "./types";

// Named predicates over the SessionUser from features/accounts/session.ts, whose memberships come
// from the database on every request (never from the token alone).

/** True when the user has one of the global roles; ADMIN has every role. */
export function hasRole(user: SessionUser, ...roles: GlobalRole[]): boolean {
  return user.role === "ADMIN" || roles.includes(user.role);
}

export function membershipIn(user: SessionUser, organizationId: number): SessionMembership | undefined {
  return user.memberships.find((m) => m.organizationId === organizationId);
}

export function isMemberOf(user: SessionUser, organizationId: number): boolean {
  return membershipIn(user, organizationId) !== undefined;
}

export function isOrgAdmin(user: SessionUser, organizationId: number): boolean {
  return membershipIn(user, organizationId)?.role === "ORG_ADMIN";
}

/** Editors and admins look after every organisation; otherwise only the organisation's own admins. */
export function canManageOrganization(user: SessionUser, organizationId: number): boolean {
  return user.role === "EDITOR" || user.role === "ADMIN" || isOrgAdmin(user, organizationId);
}

/**
 * The user's membership in the organisation, or ForbiddenError. With `role` ORG_ADMIN only the
 * organisation's admins pass; ORG_MEMBER (or none) accepts any member. Global roles do not count
 * here — use canManageOrganization where editors may act too.
 */
export function requireMembership(user: SessionUser, organizationId: number, role?: MembershipRole): SessionMembership {
  const membership = membershipIn(user, organizationId);
  if (!membership || (role === "ORG_ADMIN" && membership.role !== "ORG_ADMIN")) throw new ForbiddenError();
  return membership;
}
