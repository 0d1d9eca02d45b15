import { z } from "zod";
import { GlobalRole } from "@/generated/prisma/enums";
import { EmailSchema } from "@/features/accounts/schemas";
import { idSchema } from "@/lib/ids";

// The one definition of every input of the editor area's user management. Messages are keys
// relative to USERS_ERRORS_NAMESPACE (see parseInput in lib/validation.ts).

export const USERS_ERRORS_NAMESPACE = "Users.errors";

export const GLOBAL_ROLES = ["NONE", "EDITOR", "PLANNER", "ADMIN"] as const satisfies readonly GlobalRole[];
/** Roles an invitation into the portal's own team can carry (providers register themselves). */
export const STAFF_ROLES = ["EDITOR", "PLANNER", "ADMIN"] as const satisfies readonly GlobalRole[];
export type StaffRole = (typeof STAFF_ROLES)[number];

export const USER_STATUSES = ["active", "disabled", "unverified"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const SEARCH_MAX_LENGTH = 100;

/** The user list's URL parameters; anything odd falls back to "all" (never an error page). */
export const UserListParamsSchema = z.object({
  q: z
    .string()
    .trim()
    .catch("")
    .transform((value) => value.slice(0, SEARCH_MAX_LENGTH)),
  role: z.enum([...GLOBAL_ROLES, "ALL"]).catch("ALL"),
  status: z.enum([...USER_STATUSES, "ALL"]).catch("ALL"),
});
export type UserListParams = z.output<typeof UserListParamsSchema>;

/** Inviting someone into the editorial, planning or admin team. */
export const StaffInviteSchema = z.object({
  // Its messages ("emailRequired", "emailInvalid") have twins in Users.errors.
  email: EmailSchema,
  role: z.enum(STAFF_ROLES, { message: "roleInvalid" }),
});
export type StaffInviteInput = z.input<typeof StaffInviteSchema>;

export const GlobalRoleChangeSchema = z.object({ role: z.enum(GLOBAL_ROLES, { message: "roleInvalid" }) });

const OrganizationIdSchema = idSchema("organizationRequired");

/** Adding a user to an organisation, or changing their role there. */
export const MembershipInputSchema = z.object({
  organizationId: OrganizationIdSchema,
  role: z.enum(["ORG_ADMIN", "ORG_MEMBER"], { message: "roleInvalid" }),
});
export type MembershipInput = z.input<typeof MembershipInputSchema>;

export const MembershipRemovalSchema = z.object({ organizationId: OrganizationIdSchema });
