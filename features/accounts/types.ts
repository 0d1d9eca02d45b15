import type { GlobalRole, MembershipRole, OrganizationStatus } from "@/generated/prisma/enums";

/** One organisation the user belongs to, as loaded from the database for this request. */
export type SessionMembership = {
  organizationId: number;
  slug: string;
  name: string;
  status: OrganizationStatus;
  role: MembershipRole;
};

/**
 * The signed-in user as every server action and page sees it: re-loaded from the database on each
 * request, so role, memberships and disabling take effect immediately (the JWT only identifies).
 */
export type SessionUser = {
  id: number;
  email: string;
  name: string;
  role: GlobalRole;
  locale: string;
  memberships: SessionMembership[];
};

/** What the session JWT carries about the user (see auth-options.ts). */
export type TokenMembership = { organizationId: number; slug: string; name: string; role: MembershipRole };
