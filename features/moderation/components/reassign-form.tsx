"use client";

import { useActionState, useId } from "react";
import type { ActionResult } from "@/lib/errors";
import { reassignOfferAction } from "../act-actions";
import type { OrganizationOption } from "../reassign";
import { OrganizationPicker, type OrganizationPickerLabels } from "./organization-picker";

type Labels = OrganizationPickerLabels & {
  intro: string;
  reasonLabel: string;
  reasonHint: string;
  submit: string;
  pending: string;
};

/** Chooses the offer's new organisation (search + select) with an optional reason. */
export function ReassignForm({ offerId, options, reasonMaxLength, labels }: { offerId: number; options: OrganizationOption[]; reasonMaxLength: number; labels: Labels }) {
  const [state, formAction, pending] = useActionState<ActionResult<{ status: string }> | null, FormData>(reassignOfferAction, null);
  const id = useId();
  const targetError = state && !state.ok ? state.fieldErrors.organizationId?.[0] : undefined;
  const reasonError = state && !state.ok ? state.fieldErrors.reason?.[0] : undefined;
  const formError = state && !state.ok && !targetError && !reasonError ? state.message : undefined;

  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="offerId" value={String(offerId)} />
      <p className="text-slate-700">{labels.intro}</p>
      <OrganizationPicker name="organizationId" labels={labels} initialOptions={options} error={targetError} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-reason`} className="font-medium">{labels.reasonLabel}</label>
        <p id={`${id}-hint`} className="text-sm text-slate-700">{labels.reasonHint}</p>
        <textarea
          id={`${id}-reason`}
          name="reason"
          rows={3}
          maxLength={reasonMaxLength}
          aria-describedby={reasonError ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={reasonError ? true : undefined}
          className="rounded border border-slate-400 p-2"
        />
        {reasonError ? <p id={`${id}-error`} className="font-medium text-red-800">{reasonError}</p> : null}
      </div>
      <div>
        <button type="submit" disabled={pending} className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {labels.submit}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {pending ? <p>{labels.pending}</p> : null}
        {state?.ok && state.message ? <p className="rounded border border-green-600 bg-green-50 px-3 py-2 text-green-900">{state.message}</p> : null}
      </div>
      {formError ? <p role="alert" className="rounded border border-red-600 bg-red-50 px-3 py-2 text-red-900">{formError}</p> : null}
    </form>
  );
}
