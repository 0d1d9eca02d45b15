"use client";

import { useActionState, useId } from "react";
import type { ActionResult } from "@/lib/errors";
import { transitionOrganizationAction } from "../actions";
import type { OrganizationAction } from "../organization-transitions";

type Labels = {
  intro: string;
  reasonLabel: string;
  reasonHint: string;
  pending: string;
  actions: Partial<Record<OrganizationAction, string>>;
};

type Props = {
  organizationId: number;
  /** What the state machine allows from the current status (organization-transitions.ts). */
  actions: OrganizationAction[];
  reasonMaxLength: number;
  /** Translated on the server: this component uses no message namespace of its own. */
  labels: Labels;
};

const BUTTON_TONE: Record<OrganizationAction, string> = {
  approve: "bg-brand-700 text-white hover:bg-brand-800",
  unblock: "bg-brand-700 text-white hover:bg-brand-800",
  reject: "border border-slate-500 bg-white text-slate-900 hover:bg-slate-100",
  block: "bg-red-700 text-white hover:bg-red-800",
};

/**
 * One form, one reason field, one button per allowed decision (the pressed button's value is the
 * action). A plain form post without JavaScript; with it, the result appears without reloading.
 */
export function OrganizationDecisionForm({ organizationId, actions, reasonMaxLength, labels }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult<{ status: string }> | null, FormData>(transitionOrganizationAction, null);
  const id = useId();
  const reasonError = state && !state.ok ? state.fieldErrors.reason?.[0] : undefined;
  const formError = state && !state.ok && !reasonError ? state.message : undefined;

  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="organizationId" value={organizationId} />
      <p className="text-slate-700">{labels.intro}</p>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-reason`} className="font-medium">{labels.reasonLabel}</label>
        <p id={`${id}-hint`} className="text-sm text-slate-700">{labels.reasonHint}</p>
        <textarea
          id={`${id}-reason`}
          name="reason"
          rows={4}
          maxLength={reasonMaxLength}
          aria-describedby={reasonError ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={reasonError ? true : undefined}
          className="rounded border border-slate-400 p-2"
        />
        {reasonError ? <p id={`${id}-error`} className="font-medium text-red-800">{reasonError}</p> : null}
      </div>
      <div className="flex flex-wrap gap-2">
        {actions.map((action) => (
          <button key={action} type="submit" name="action" value={action} disabled={pending} className={`min-h-11 rounded px-4 font-semibold disabled:opacity-60 ${BUTTON_TONE[action]}`}>
            {labels.actions[action]}
          </button>
        ))}
      </div>
      <div role="status" aria-live="polite">
        {pending ? <p>{labels.pending}</p> : null}
        {state?.ok && state.message ? <p className="rounded border border-green-600 bg-green-50 px-3 py-2 text-green-900">{state.message}</p> : null}
      </div>
      {formError ? <p role="alert" className="rounded border border-red-600 bg-red-50 px-3 py-2 text-red-900">{formError}</p> : null}
    </form>
  );
}
