import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { canManageOrganization, hasRole, isMemberOf, isOrgAdmin, requireMembership } from "./permissions";
import type { SessionUser } from "./types";

function user(overrides: Partial<SessionUser> = {}): SessionUser {
  return { id: 1, email: "a@example.org", name: "A", role: "NONE", locale: "de", memberships: [], ...overrides };
}

const orgAdmin = user({
  memberships: [
    { organizationId: 10, slug: "a", name: "A e.V.", status: "APPROVED", role: "ORG_ADMIN" },
    { organizationId: 11, slug: "b", name: "B e.V.", status: "PENDING", role: "ORG_MEMBER" },
  ],
});

describe("organisation predicates", () => {
  it("knows members and org admins", () => {
    expect(isMemberOf(orgAdmin, 10)).toBe(true);
    expect(isMemberOf(orgAdmin, 11)).toBe(true);
    expect(isMemberOf(orgAdmin, 12)).toBe(false);
    expect(isOrgAdmin(orgAdmin, 10)).toBe(true);
    expect(isOrgAdmin(orgAdmin, 11)).toBe(false);
    expect(isOrgAdmin(orgAdmin, 12)).toBe(false);
  });

  it("lets org admins, editors and admins manage, but not members or planners", () => {
    expect(canManageOrganization(orgAdmin, 10)).toBe(true);
    expect(canManageOrganization(orgAdmin, 11)).toBe(false);
    expect(canManageOrganization(user({ role: "EDITOR" }), 11)).toBe(true);
    expect(canManageOrganization(user({ role: "ADMIN" }), 11)).toBe(true);
    expect(canManageOrganization(user({ role: "PLANNER" }), 11)).toBe(false);
  });

  it("requireMembership returns the membership or throws ForbiddenError", () => {
    expect(requireMembership(orgAdmin, 10).role).toBe("ORG_ADMIN");
    expect(requireMembership(orgAdmin, 10, "ORG_ADMIN").organizationId).toBe(10);
    expect(requireMembership(orgAdmin, 11, "ORG_MEMBER").organizationId).toBe(11);
    expect(() => requireMembership(orgAdmin, 11, "ORG_ADMIN")).toThrow(ForbiddenError);
    expect(() => requireMembership(orgAdmin, 12)).toThrow(ForbiddenError);
    // Global roles are no membership.
    expect(() => requireMembership(user({ role: "ADMIN" }), 10)).toThrow(ForbiddenError);
  });
});

describe("hasRole", () => {
  it("matches listed roles and lets ADMIN pass every check", () => {
    expect(hasRole(user({ role: "EDITOR" }), "EDITOR")).toBe(true);
    expect(hasRole(user({ role: "PLANNER" }), "EDITOR")).toBe(false);
    expect(hasRole(user({ role: "PLANNER" }), "EDITOR", "PLANNER")).toBe(true);
    expect(hasRole(user({ role: "ADMIN" }), "PLANNER")).toBe(true);
    expect(hasRole(user({ role: "NONE" }), "EDITOR", "PLANNER")).toBe(false);
  });
});
