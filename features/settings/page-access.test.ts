import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/features/accounts/types";

// Who opens the settings pages: admins change them, editors read them (readOnly), providers and
// planners get the 404 page, signed-out visitors the login (requireUser redirects them).
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/features/accounts/session", () => ({
  requireUser: async () => {
    if (!session.user) throw new Error("redirect to login");
    return session.user;
  },
}));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("not found");
  },
}));

const { requireSettingsPage } = await import("./page-access");
const { canManageSettings, canViewSettings } = await import("./permissions");

const user = (role: SessionUser["role"], memberships: SessionUser["memberships"] = []) =>
  ({ id: 1, email: "x@example.org", name: "X", role, memberships }) as unknown as SessionUser;

describe("settings page access", () => {
  beforeEach(() => {
    session.user = null;
  });

  it("admins change, editors read, nobody else sees the settings", async () => {
    session.user = user("ADMIN");
    expect(await requireSettingsPage("/de/redaktion/einstellungen")).toMatchObject({ role: "ADMIN", readOnly: false });
    session.user = user("EDITOR");
    expect(await requireSettingsPage("/de/redaktion/einstellungen")).toMatchObject({ role: "EDITOR", readOnly: true });
    for (const role of ["PLANNER", "NONE"] as const) {
      session.user = user(role, [{ organizationId: 1, role: "ORG_ADMIN" }] as SessionUser["memberships"]);
      await expect(requireSettingsPage("/de/redaktion/einstellungen")).rejects.toThrow("not found");
    }
    session.user = null;
    await expect(requireSettingsPage("/de/redaktion/einstellungen")).rejects.toThrow("redirect to login");
  });

  it("only admins may change: the predicates the actions and pages share", () => {
    expect([canManageSettings(user("ADMIN")), canViewSettings(user("ADMIN"))]).toEqual([true, true]);
    expect([canManageSettings(user("EDITOR")), canViewSettings(user("EDITOR"))]).toEqual([false, true]);
    expect([canManageSettings(user("PLANNER")), canViewSettings(user("PLANNER"))]).toEqual([false, false]);
    expect([canManageSettings(user("NONE")), canViewSettings(user("NONE"))]).toEqual([false, false]);
    expect([canManageSettings(null), canViewSettings(null)]).toEqual([false, false]);
  });
});
