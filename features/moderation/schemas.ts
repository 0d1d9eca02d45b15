import { z } from "zod";
import { ORGANIZATION_ACTIONS, ORGANIZATION_STATUSES, ORGANIZATION_TRANSITIONS } from "./organization-transitions";

// Messages are keys relative to MODERATION_ERRORS_NAMESPACE (see parseInput in
// lib/validation.ts).
export const MODERATION_ERRORS_NAMESPACE = "Editorial.errors";
export const REASON_MAX_LENGTH = 2000;

/** One editor decision on an organisation: the action and, for reject/block, the reason. */
export const OrganizationTransitionSchema = z
  .object({
    action: z.enum(ORGANIZATION_ACTIONS, { error: "unknownAction" }),
    reason: z
      .string({ error: "invalid" })
      .trim()
      .max(REASON_MAX_LENGTH, { error: "reasonTooLong" })
      .nullish()
      .transform((value) => value || null),
  })
  .superRefine((value, ctx) => {
    if (ORGANIZATION_TRANSITIONS[value.action].reasonRequired && !value.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "reasonRequired" });
    }
  });
export type OrganizationTransitionInput = z.output<typeof OrganizationTransitionSchema>;

/** The provider list's URL parameters; anything odd falls back to the default (never an error page). */
export const ProviderListParamsSchema = z.object({
  status: z.enum([...ORGANIZATION_STATUSES, "ALL"]).catch("PENDING"),
  q: z
    .string()
    .trim()
    .catch("")
    .transform((value) => value.slice(0, 100)),
});
export type ProviderListParams = z.output<typeof ProviderListParamsSchema>;
