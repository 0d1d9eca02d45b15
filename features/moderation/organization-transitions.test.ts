import { describe, expect, it } from "vitest";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import {
  allowedOrganizationActions,
  isOrganizationAction,
  nextOrganizationStatus,
  ORGANIZATION_ACTIONS,
  ORGANIZATION_STATUSES,
  ORGANIZATION_TRANSITIONS,
} from "./organization-transitions";

describe("organisation state machine", () => {
  it("allows exactly the listed transitions", () => {
    const table = Object.fromEntries(
      ORGANIZATION_STATUSES.map((from) => [
        from,
        Object.fromEntries(ORGANIZATION_ACTIONS.map((a) => [a, nextOrganizationStatus(from, a)])),
      ]),
    );
    expect(table).toEqual({
      PENDING: { approve: "APPROVED", reject: "REJECTED", block: "BLOCKED", unblock: null },
      APPROVED: { approve: null, reject: null, block: "BLOCKED", unblock: null },
      REJECTED: { approve: "APPROVED", reject: null, block: null, unblock: null },
      BLOCKED: { approve: null, reject: null, block: null, unblock: "APPROVED" },
    });
    expect(allowedOrganizationActions("PENDING")).toEqual(["approve", "reject", "block"]);
    expect(allowedOrganizationActions("BLOCKED")).toEqual(["unblock"]);
  });

  it("requires a reason exactly for reject and block", () => {
    expect(ORGANIZATION_ACTIONS.filter((a) => ORGANIZATION_TRANSITIONS[a].reasonRequired)).toEqual(["reject", "block"]);
  });

  it("recognizes only its own action names", () => {
    expect(ORGANIZATION_ACTIONS.every(isOrganizationAction)).toBe(true);
    for (const value of ["APPROVE", "delete", "", null, 1, "toString", "constructor"]) expect(isOrganizationAction(value)).toBe(false);
  });

  it("has labels, confirmations and mails for every action and status in both languages", () => {
    const templates = {
      approve: "organizationApproved",
      reject: "organizationRejected",
      block: "organizationBlocked",
      unblock: "organizationUnblocked",
    } as const;
    for (const messages of [de, en]) {
      for (const action of ORGANIZATION_ACTIONS) {
        expect(messages.Editorial.decision[action]).toBeTruthy();
        expect(messages.Editorial.done[action]).toBeTruthy();
        expect(messages.Editorial.auditAction.organization[action]).toBeTruthy();
        expect(messages.Emails[templates[action]].subject).toBeTruthy();
        expect(messages.Emails[templates[action]].intro).toBeTruthy();
      }
      for (const status of ORGANIZATION_STATUSES) expect(messages.Editorial.status[status]).toBeTruthy();
    }
  });
});
