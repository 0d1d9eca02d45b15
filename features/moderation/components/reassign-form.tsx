"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/errors";
import { FormOutcome, ReasonField } from "./reason-field";
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
export function ReassignForm({
  offerId,
  options,
  reasonMaxLength,
  labels,
}: {
  offerId: number;
  options: OrganizationOption[];
  reasonMaxLength: number;
  labels: Labels;
}) {
  const [state, formAction, pending] = useActionState<ActionResult<{ status: string }> | null, FormData>(reassignOfferAction, null);
  const targetError = state && !state.ok ? state.fieldErrors.organizationId?.[0] : undefined;
  const reasonError = state && !state.ok ? state.fieldErrors.reason?.[0] : undefined;
  const formError = state && !state.ok && !targetError && !reasonError ? state.message : undefined;

  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="offerId" value={String(offerId)} />
      <p className="text-slate-700">{labels.intro}</p>
      <OrganizationPicker name="organizationId" labels={labels} initialOptions={options} error={targetError} />
      <ReasonField label={labels.reasonLabel} hint={labels.reasonHint} maxLength={reasonMaxLength} rows={3} error={reasonError} />
      <div>
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {labels.submit}
        </button>
      </div>
      <FormOutcome pending={pending} pendingLabel={labels.pending} success={state?.ok ? state.message : undefined} error={formError} />
    </form>
  );
}
