"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/errors";
import { FormOutcome, ReasonField } from "./reason-field";

export type DecisionTone = "primary" | "secondary" | "danger";
export type DecisionButton = { value: string; label: string; tone: DecisionTone };

export type DecisionLabels = { intro: string; reasonLabel: string; reasonHint: string; pending: string };

type Props = {
  /** A server action taking the form: the hidden fields, `action` (the pressed button) and `reason`. */
  action: (previous: ActionResult<{ status: string }> | null, formData: FormData) => Promise<ActionResult<{ status: string }>>;
  hidden: Record<string, string>;
  /** What the state machine allows (one button each). */
  buttons: DecisionButton[];
  reasonMaxLength: number;
  /** Translated on the server: this component uses no message namespace of its own. */
  labels: DecisionLabels;
};

const BUTTON_TONE: Record<DecisionTone, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-slate-500 bg-white text-slate-900 hover:bg-slate-100",
  danger: "bg-red-700 text-white hover:bg-red-800",
};

/**
 * One form, one reason field, one button per allowed decision (the pressed button's value is the
 * action). A plain form post without JavaScript; with it, the result appears without reloading.
 */
export function DecisionForm({ action, hidden, buttons, reasonMaxLength, labels }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult<{ status: string }> | null, FormData>(action, null);
  const reasonError = state && !state.ok ? state.fieldErrors.reason?.[0] : undefined;
  const formError = state && !state.ok && !reasonError ? state.message : undefined;

  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p className="text-slate-700">{labels.intro}</p>
      <ReasonField label={labels.reasonLabel} hint={labels.reasonHint} maxLength={reasonMaxLength} error={reasonError} />
      <div className="flex flex-wrap gap-2">
        {buttons.map((button) => (
          <button
            key={button.value}
            type="submit"
            name="action"
            value={button.value}
            disabled={pending}
            className={`min-h-11 rounded px-4 font-semibold disabled:opacity-60 ${BUTTON_TONE[button.tone]}`}
          >
            {button.label}
          </button>
        ))}
      </div>
      <FormOutcome pending={pending} pendingLabel={labels.pending} success={state?.ok ? state.message : undefined} error={formError} />
    </form>
  );
}
