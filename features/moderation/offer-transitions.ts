import type { OfferStatus } from "@/generated/prisma/enums";

// The editors' side of the offer state machine (the providers' side is PROVIDER_TRANSITIONS in
// features/offers/status.ts): every status change an editor or admin can make on an offer, in one
// table. Anything not listed here is refused. Pure, so pages, forms and tests share it.

export const OFFER_STATUSES = [
  "DRAFT",
  "PENDING_REVIEW",
  "PUBLISHED",
  "REJECTED",
  "BLOCKED",
  "ARCHIVED",
] as const satisfies readonly OfferStatus[];
export const OFFER_MODERATION_ACTIONS = ["approve", "reject", "block", "unblock"] as const;
export type OfferModerationAction = (typeof OFFER_MODERATION_ACTIONS)[number];

export type OfferModerationTransition = {
  from: readonly OfferStatus[];
  to: OfferStatus;
  /** Reject and block need a reason: it is mailed to the organisation and kept in statusReason. */
  reasonRequired: boolean;
};

export const EDITOR_OFFER_TRANSITIONS: Record<OfferModerationAction, OfferModerationTransition> = {
  approve: { from: ["PENDING_REVIEW"], to: "PUBLISHED", reasonRequired: false },
  reject: { from: ["PENDING_REVIEW"], to: "REJECTED", reasonRequired: true },
  block: { from: ["PUBLISHED", "PENDING_REVIEW"], to: "BLOCKED", reasonRequired: true },
  unblock: { from: ["BLOCKED"], to: "PUBLISHED", reasonRequired: false },
};

export function isOfferModerationAction(value: unknown): value is OfferModerationAction {
  return typeof value === "string" && (OFFER_MODERATION_ACTIONS as readonly string[]).includes(value);
}

/** The status `action` leads to from `current`, or null when the table does not allow it. */
export function nextOfferStatus(current: OfferStatus, action: OfferModerationAction): OfferStatus | null {
  const transition = EDITOR_OFFER_TRANSITIONS[action];
  return transition.from.includes(current) ? transition.to : null;
}

/** The actions the table allows from `current`, in table order (what the editor's page offers). */
export function allowedOfferActions(current: OfferStatus): OfferModerationAction[] {
  return OFFER_MODERATION_ACTIONS.filter((action) => nextOfferStatus(current, action) !== null);
}

/** What the editor's offer page confirms after a decision (`?done=`): a status change or a revision decision. */
export const OFFER_DECISION_NOTICES = [...OFFER_MODERATION_ACTIONS, "approveRevision", "rejectRevision"] as const;
export type OfferDecisionNotice = (typeof OFFER_DECISION_NOTICES)[number];

export function isOfferDecisionNotice(value: unknown): value is OfferDecisionNotice {
  return typeof value === "string" && (OFFER_DECISION_NOTICES as readonly string[]).includes(value);
}

/**
 * Whether the offer's current state agrees with the decision `notice` names (the page confirms a
 * decision only then — a hand-made or stale `?done=` link shows nothing).
 */
export function decisionNoticeHolds(notice: OfferDecisionNotice, offer: { status: OfferStatus; hasPendingRevision: boolean }): boolean {
  if (notice === "approveRevision" || notice === "rejectRevision") return !offer.hasPendingRevision;
  return EDITOR_OFFER_TRANSITIONS[notice].to === offer.status;
}
