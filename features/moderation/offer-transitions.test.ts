import { describe, expect, it } from "vitest";
import type { OfferStatus } from "@/generated/prisma/enums";
import {
  OFFER_DECISION_NOTICES,
  OFFER_MODERATION_ACTIONS,
  OFFER_STATUSES,
  allowedOfferActions,
  decisionNoticeHolds,
  isOfferDecisionNotice,
  isOfferModerationAction,
  nextOfferStatus,
  type OfferModerationAction,
} from "./offer-transitions";

const EXPECTED: Record<OfferStatus, Partial<Record<OfferModerationAction, OfferStatus>>> = {
  DRAFT: {},
  PENDING_REVIEW: { approve: "PUBLISHED", reject: "REJECTED", block: "BLOCKED" },
  PUBLISHED: { block: "BLOCKED" },
  REJECTED: {},
  BLOCKED: { unblock: "PUBLISHED" },
  ARCHIVED: {},
};

describe("editor offer transitions", () => {
  for (const from of OFFER_STATUSES) {
    for (const action of OFFER_MODERATION_ACTIONS) {
      it(`${from} --${action}--> ${EXPECTED[from][action] ?? "refused"}`, () => {
        expect(nextOfferStatus(from, action)).toBe(EXPECTED[from][action] ?? null);
      });
    }
    it(`offers exactly the allowed actions for ${from}`, () => {
      expect(allowedOfferActions(from)).toEqual(OFFER_MODERATION_ACTIONS.filter((action) => EXPECTED[from][action]));
    });
  }

  it("knows its actions", () => {
    expect(OFFER_MODERATION_ACTIONS.every(isOfferModerationAction)).toBe(true);
    for (const value of ["delete", "", null, 1, "PUBLISHED"]) expect(isOfferModerationAction(value)).toBe(false);
  });
});

describe("decision notices", () => {
  it("are confirmed only when the offer's state agrees with them", () => {
    expect(OFFER_DECISION_NOTICES.filter(isOfferDecisionNotice)).toEqual([...OFFER_DECISION_NOTICES]);
    expect(isOfferDecisionNotice("<script>")).toBe(false);
    expect(decisionNoticeHolds("block", { status: "BLOCKED", hasPendingRevision: false })).toBe(true);
    expect(decisionNoticeHolds("block", { status: "PUBLISHED", hasPendingRevision: false })).toBe(false);
    expect(decisionNoticeHolds("reject", { status: "REJECTED", hasPendingRevision: false })).toBe(true);
    expect(decisionNoticeHolds("approve", { status: "PUBLISHED", hasPendingRevision: false })).toBe(true);
    expect(decisionNoticeHolds("approveRevision", { status: "PUBLISHED", hasPendingRevision: true })).toBe(false);
    expect(decisionNoticeHolds("rejectRevision", { status: "PUBLISHED", hasPendingRevision: false })).toBe(true);
  });
});
