"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/errors";
import { smallButtonClass } from "@/components/ui/button";
import { updateReminderModeAction } from "../actions";
import { REMINDER_MODES } from "../schemas";

type Mode = (typeof REMINDER_MODES)[number];

/** The member's choice: freshness reminders at once or as a weekly summary (the hiding warning always comes at once). */
export function ReminderModeForm({ mode }: { mode: Mode }) {
  const t = useTranslations("Freshness.reminders");
  const [state, formAction, pending] = useActionState<ActionResult<{ reminderMode: string }> | null, FormData>(
    updateReminderModeAction,
    null,
  );
  return (
    <form action={formAction} aria-busy={pending} className="flex flex-col gap-3">
      <fieldset className="flex flex-col gap-2" aria-describedby="reminder-mode-note">
        <legend className="sr-only">{t("legend")}</legend>
        <p className="text-sm text-slate-700">{t("intro")}</p>
        {REMINDER_MODES.map((value) => (
          <label key={value} className="flex items-center gap-3">
            <input type="radio" name="reminderMode" value={value} defaultChecked={mode === value} className="size-5 shrink-0" />
            {t(value)}
          </label>
        ))}
        <p id="reminder-mode-note" className="text-sm text-slate-700">
          {t("note")}
        </p>
      </fieldset>
      <button type="submit" disabled={pending} className={`${smallButtonClass} min-h-11 self-start`}>
        {t("save")}
      </button>
      <div role="status" aria-live="polite" className="empty:hidden">
        {state ? <p className={`text-sm ${state.ok ? "text-green-900" : "text-red-800"}`}>{state.message}</p> : null}
      </div>
    </form>
  );
}
