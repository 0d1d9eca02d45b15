"use client";

import { startTransition, useActionState, useId, type FormEvent } from "react";
import type { ActionResult } from "@/lib/errors";
import { FormStatus } from "@/components/ui/form-status";
import { updateSettingsAction } from "../actions";
import {
  EDITOR_NOTIFICATION_MODES,
  ENDING_DAYS_MAX,
  ENDING_DAYS_MIN,
  HIDE_DAYS_MAX,
  HIDE_DAYS_MIN,
  REMINDER_MONTHS_MAX,
  REMINDER_MONTHS_MIN,
  type PortalSettingsInput,
} from "../schemas";

type Mode = (typeof EDITOR_NOTIFICATION_MODES)[number];

/** Translated on the server (this component uses no message namespace of its own). */
export type SettingsFormLabels = {
  approvalSection: string;
  requireOfferApproval: string;
  approvalOn: string;
  approvalOff: string;
  approvalSwitchOff: string;
  notificationSection: string;
  notification: Record<Mode, { label: string; hint: string }>;
  remindersSection: string;
  offerReminderMonths: string;
  offerReminderHint: string;
  /** The freshness intervals (features/freshness): label and hint per field. */
  freshness: Record<"providerReminderMonths" | "offerEndingReminderDays" | "staleHideAfterDays", { label: string; hint: string }>;
  save: string;
  saving: string;
};

type State = ActionResult<{ changed: number }> | null;

const inputClass = "w-28 rounded border border-slate-400 px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700";

/**
 * The admins' settings form. A plain form post without JavaScript; with it, the result appears in
 * place and the typed values stay (the submit is dispatched by hand, so React does not reset the form).
 */
export function SettingsForm({ values, labels }: { values: PortalSettingsInput; labels: SettingsFormLabels }) {
  const [state, formAction, pending] = useActionState<State, FormData>(updateSettingsAction, null);
  const id = useId();
  const errorOf = (field: keyof PortalSettingsInput) => (state && !state.ok ? state.fieldErrors[field]?.[0] : undefined);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  const describedBy = (field: keyof PortalSettingsInput, ...ids: string[]) =>
    [...ids, errorOf(field) ? `${id}-${field}-error` : null].filter(Boolean).join(" ") || undefined;
  const fieldError = (field: keyof PortalSettingsInput) => {
    const message = errorOf(field);
    return message ? (
      <p id={`${id}-${field}-error`} className="text-sm font-medium text-red-800">
        {message}
      </p>
    ) : null;
  };

  return (
    <form action={formAction} onSubmit={submit} noValidate className="flex flex-col gap-8">
      <fieldset className="flex flex-col gap-3 rounded border border-slate-300 p-4">
        <legend className="px-1 text-xl font-semibold">{labels.approvalSection}</legend>
        <div className="flex items-start gap-3">
          <input
            id={`${id}-approval`}
            type="checkbox"
            name="requireOfferApproval"
            value="true"
            defaultChecked={values.requireOfferApproval}
            aria-describedby={describedBy("requireOfferApproval", `${id}-approval-on`, `${id}-approval-off`, `${id}-approval-switch`)}
            aria-invalid={errorOf("requireOfferApproval") ? true : undefined}
            className="mt-1 size-5 shrink-0"
          />
          <label htmlFor={`${id}-approval`} className="font-medium">
            {labels.requireOfferApproval}
          </label>
        </div>
        <ul className="flex list-disc flex-col gap-2 ps-6 text-slate-800">
          <li id={`${id}-approval-on`}>{labels.approvalOn}</li>
          <li id={`${id}-approval-off`}>{labels.approvalOff}</li>
        </ul>
        <p id={`${id}-approval-switch`} className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
          {labels.approvalSwitchOff}
        </p>
        {fieldError("requireOfferApproval")}
      </fieldset>

      <fieldset className="flex flex-col gap-3 rounded border border-slate-300 p-4" aria-describedby={describedBy("editorNotification")}>
        <legend className="px-1 text-xl font-semibold">{labels.notificationSection}</legend>
        {EDITOR_NOTIFICATION_MODES.map((mode) => (
          <div key={mode} className="flex items-start gap-3">
            <input
              id={`${id}-notification-${mode}`}
              type="radio"
              name="editorNotification"
              value={mode}
              defaultChecked={values.editorNotification === mode}
              aria-describedby={`${id}-notification-${mode}-hint`}
              className="mt-1 size-5 shrink-0"
            />
            <div className="flex flex-col">
              <label htmlFor={`${id}-notification-${mode}`} className="font-medium">
                {labels.notification[mode].label}
              </label>
              <p id={`${id}-notification-${mode}-hint`} className="text-sm text-slate-700">
                {labels.notification[mode].hint}
              </p>
            </div>
          </div>
        ))}
        {fieldError("editorNotification")}
      </fieldset>

      <fieldset className="flex flex-col gap-4 rounded border border-slate-300 p-4">
        <legend className="px-1 text-xl font-semibold">{labels.remindersSection}</legend>
        {(
          [
            ["offerReminderMonths", labels.offerReminderMonths, labels.offerReminderHint, REMINDER_MONTHS_MIN, REMINDER_MONTHS_MAX],
            [
              "providerReminderMonths",
              labels.freshness.providerReminderMonths.label,
              labels.freshness.providerReminderMonths.hint,
              REMINDER_MONTHS_MIN,
              REMINDER_MONTHS_MAX,
            ],
            [
              "offerEndingReminderDays",
              labels.freshness.offerEndingReminderDays.label,
              labels.freshness.offerEndingReminderDays.hint,
              ENDING_DAYS_MIN,
              ENDING_DAYS_MAX,
            ],
            [
              "staleHideAfterDays",
              labels.freshness.staleHideAfterDays.label,
              labels.freshness.staleHideAfterDays.hint,
              HIDE_DAYS_MIN,
              HIDE_DAYS_MAX,
            ],
          ] as const
        ).map(([field, label, hint, min, max]) => (
          <div key={field} className="flex flex-col gap-1">
            <label htmlFor={`${id}-${field}`} className="font-medium">
              {label}
            </label>
            <p id={`${id}-${field}-hint`} className="text-sm text-slate-700">
              {hint}
            </p>
            <input
              id={`${id}-${field}`}
              type="number"
              name={field}
              inputMode="numeric"
              min={min}
              max={max}
              step={1}
              defaultValue={values[field]}
              aria-describedby={describedBy(field, `${id}-${field}-hint`)}
              aria-invalid={errorOf(field) ? true : undefined}
              className={inputClass}
            />
            {fieldError(field)}
          </div>
        ))}
      </fieldset>

      <div className="flex flex-col gap-3">
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 self-start rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
        >
          {pending ? labels.saving : labels.save}
        </button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
