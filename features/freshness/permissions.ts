import { canEditProfile } from "@/features/organizations/permissions";
import type { SessionUser } from "@/features/accounts/types";

/** Who may confirm an organisation's profile as still current: whoever may edit it. */
export function canConfirmProfile(user: SessionUser, organizationId: number): boolean {
  return canEditProfile(user, organizationId);
}
