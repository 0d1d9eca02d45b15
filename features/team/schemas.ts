import { z } from "zod";
import { EmailSchema, NewPasswordSchema, PersonNameSchema } from "@/features/accounts/schemas";

// Input of the team page and of the invitation acceptance. Messages are keys below "Team.errors".

export const ORG_ROLES = ["ORG_ADMIN", "ORG_MEMBER"] as const;
export const OrgRoleSchema = z.enum(ORG_ROLES, { message: "roleInvalid" });

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export const InviteSchema = z.object({
  email: EmailSchema,
  role: OrgRoleSchema,
});
export type InviteInput = z.input<typeof InviteSchema>;

export const ChangeRoleSchema = z.object({
  userId: z.number().int().positive(),
  role: OrgRoleSchema,
});

export const JoinRequestDecisionSchema = z.enum(["approve", "decline"], { message: "decisionInvalid" });

/** Accepting an invitation without an account yet: the account is created with the invited address. */
export const AcceptWithNewAccountSchema = z
  .object({
    token: z.string().max(200),
    name: PersonNameSchema,
    password: NewPasswordSchema,
    passwordConfirm: z.string().max(1024),
    acceptTerms: z.literal(true, { message: "termsRequired" }),
  })
  .refine((v) => v.password === v.passwordConfirm, { message: "passwordMismatch", path: ["passwordConfirm"] });
export type AcceptWithNewAccountInput = z.input<typeof AcceptWithNewAccountSchema>;

export const TEAM_ERRORS_NAMESPACE = "Team.errors";
