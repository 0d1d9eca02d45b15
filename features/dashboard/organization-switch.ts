import "server-only";
import { requireMembership } from "@/features/accounts/permissions";
import type { SessionMembership, SessionUser } from "@/features/accounts/types";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { SwitchOrganizationSchema } from "./schemas";

/**
 * The membership the user wants to switch to, or an error: only organisations the user belongs to
 * (memberships re-loaded from the database), so a forged id selects nothing and reveals nothing.
 */
export function chooseOrganizationFor(user: SessionUser, input: unknown): SessionMembership {
  const parsed = SwitchOrganizationSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  try {
    return requireMembership(user, parsed.data.organizationId);
  } catch {
    throw new ForbiddenError("Dashboard.switcher.notMember");
  }
}
