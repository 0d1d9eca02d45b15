import { z } from "zod";
import { EDITOR_OFFER_TRANSITIONS, OFFER_MODERATION_ACTIONS } from "./offer-transitions";
import { REASON_MAX_LENGTH } from "./schemas";

// Messages are keys relative to MODERATION_ERRORS_NAMESPACE ("Editorial.errors").

const reason = z
  .string({ error: "invalid" })
  .trim()
  .max(REASON_MAX_LENGTH, { error: "reasonTooLong" })
  .nullish()
  .transform((value) => value || null);

/** One editor decision on an offer: the action and, for reject/block, the reason. */
export const OfferTransitionSchema = z
  .object({ action: z.enum(OFFER_MODERATION_ACTIONS, { error: "unknownAction" }), reason })
  .superRefine((value, ctx) => {
    if (EDITOR_OFFER_TRANSITIONS[value.action].reasonRequired && !value.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "reasonRequired" });
  });

export const REVISION_DECISIONS = ["approve", "reject"] as const;
export type RevisionDecision = (typeof REVISION_DECISIONS)[number];

/** An editor's decision on a pending revision; rejecting needs a reason. */
export const RevisionDecisionSchema = z
  .object({ action: z.enum(REVISION_DECISIONS, { error: "unknownAction" }), reason })
  .superRefine((value, ctx) => {
    if (value.action === "reject" && !value.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "reasonRequired" });
  });
