import { describe, expect, it } from "vitest";
import type { GlobalRole } from "@/generated/prisma/enums";
import type { SessionUser } from "@/features/accounts/types";
import { canChangeGlobalRole, canDisableUser, canInviteWithRole, canManageUsers } from "./permissions";

const user = (id: number, role: GlobalRole): SessionUser => ({
  id,
  role,
  email: `u${id}@example.org`,
  name: `U${id}`,
  locale: "de",
  memberships: [],
});
const admin = user(1, "ADMIN");
const editor = user(2, "EDITOR");
const planner = user(3, "PLANNER");
const provider = user(4, "NONE");

describe("user management permissions", () => {
  it("lets only editors and admins in", () => {
    expect([admin, editor, planner, provider, null].map(canManageUsers)).toEqual([true, true, false, false, false]);
  });

  it("editors invite editors and planners; only admins invite admins; nobody invites providers", () => {
    expect((["EDITOR", "PLANNER", "ADMIN", "NONE"] as const).map((role) => canInviteWithRole(editor, role))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect((["EDITOR", "PLANNER", "ADMIN", "NONE"] as const).map((role) => canInviteWithRole(admin, role))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(canInviteWithRole(planner, "PLANNER")).toBe(false);
  });

  it("only admins change roles, never their own", () => {
    expect(canChangeGlobalRole(admin, editor.id)).toBe(true);
    expect(canChangeGlobalRole(admin, admin.id)).toBe(false);
    expect(canChangeGlobalRole(editor, provider.id)).toBe(false);
  });

  it("editors disable providers and planners; admins anyone but themselves", () => {
    expect([provider, planner, editor, user(5, "EDITOR"), admin].map((target) => canDisableUser(editor, target))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect([provider, planner, editor, user(6, "ADMIN"), admin].map((target) => canDisableUser(admin, target))).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(canDisableUser(planner, provider)).toBe(false);
  });
});
