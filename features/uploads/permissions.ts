import type { SessionUser } from "@/features/accounts/types";

/** Who may upload: members of an organisation (PENDING ones too, they prepare their profile) and editors/admins. */
export function canUpload(user: SessionUser): boolean {
  return user.memberships.length > 0 || user.role === "EDITOR" || user.role === "ADMIN";
}
