import type { OrganizationStatus } from "@/generated/prisma/enums";

// The organisation state machine: every status change an editor can make, in one table. Anything
// not listed here is refused. Pure (no database), so pages, forms and tests share it.

export const ORGANIZATION_STATUSES = ["PENDING", "APPROVED", "REJECTED", "BLOCKED"] as const satisfies readonly OrganizationStatus[];
export const ORGANIZATION_ACTIONS = ["approve", "reject", "block", "unblock"] as const;
export type OrganizationAction = (typeof ORGANIZATION_ACTIONS)[number];

export type OrganizationTransition = {
  from: readonly OrganizationStatus[];
  to: OrganizationStatus;
  /** Reject and block need a reason: it is mailed to the organisation and kept in statusReason. */
  reasonRequired: boolean;
};

export const ORGANIZATION_TRANSITIONS: Record<OrganizationAction, OrganizationTransition> = {
  approve: { from: ["PENDING", "REJECTED"], to: "APPROVED", reasonRequired: false },
  reject: { from: ["PENDING"], to: "REJECTED", reasonRequired: true },
  block: { from: ["APPROVED", "PENDING"], to: "BLOCKED", reasonRequired: true },
  unblock: { from: ["BLOCKED"], to: "APPROVED", reasonRequired: false },
};

export function isOrganizationAction(value: unknown): value is OrganizationAction {
  return typeof value === "string" && (ORGANIZATION_ACTIONS as readonly string[]).includes(value);
}

/** The status `action` leads to from `current`, or null when the table does not allow it. */
export function nextOrganizationStatus(current: OrganizationStatus, action: OrganizationAction): OrganizationStatus | null {
  const transition = ORGANIZATION_TRANSITIONS[action];
  return transition.from.includes(current) ? transition.to : null;
}

/** The actions the table allows from `current`, in table order (what the editor's page offers). */
export function allowedOrganizationActions(current: OrganizationStatus): OrganizationAction[] {
  return ORGANIZATION_ACTIONS.filter((action) => nextOrganizationStatus(current, action) !== null);
}
