"use client";

import { transitionOrganizationAction } from "../actions";
import type { OrganizationAction } from "../organization-transitions";
import { DecisionForm, type DecisionLabels, type DecisionTone } from "./decision-form";

type Props = {
  organizationId: number;
  /** What the state machine allows from the current status (organization-transitions.ts). */
  actions: OrganizationAction[];
  reasonMaxLength: number;
  /** Translated on the server: this component uses no message namespace of its own. */
  labels: DecisionLabels & { actions: Partial<Record<OrganizationAction, string>> };
};

const TONE: Record<OrganizationAction, DecisionTone> = { approve: "primary", unblock: "primary", reject: "secondary", block: "danger" };

/** The provider review's decision form (approve / reject / block / unblock with reason). */
export function OrganizationDecisionForm({ organizationId, actions, reasonMaxLength, labels }: Props) {
  return (
    <DecisionForm
      action={transitionOrganizationAction}
      hidden={{ organizationId: String(organizationId) }}
      buttons={actions.map((action) => ({ value: action, label: labels.actions[action] ?? action, tone: TONE[action] }))}
      reasonMaxLength={reasonMaxLength}
      labels={labels}
    />
  );
}
