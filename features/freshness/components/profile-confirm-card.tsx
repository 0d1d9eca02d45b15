"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/errors";
import { smallButtonClass } from "@/components/ui/button";
import { confirmProfileAction } from "../actions";

/** "Still current" for the organisation profile, on the dashboard when it is due. */
export function ProfileConfirmCard({ organizationId, since }: { organizationId: number; since: string }) {
  const t = useTranslations("Freshness.dashboard");
  const [state, formAction, pending] = useActionState<ActionResult<{ id: number }> | null, FormData>(confirmProfileAction, null);
  return (
    <section aria-labelledby="dashboard-profile-confirm" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="dashboard-profile-confirm" className="text-xl font-semibold">
        {t("profileHeading")}
      </h2>
      <p className="mt-2 text-slate-800">{t("profileIntro", { date: since })}</p>
      {state?.ok ? null : (
        <form action={formAction} aria-busy={pending} className="mt-3">
          <input type="hidden" name="organizationId" value={organizationId} />
          <button type="submit" disabled={pending} className={`${smallButtonClass} min-h-11 bg-white`}>
            {t("confirm")}
          </button>
        </form>
      )}
      <div role="status" aria-live="polite" className="empty:hidden">
        {state ? <p className={`mt-2 text-sm ${state.ok ? "text-green-900" : "text-red-800"}`}>{state.message}</p> : null}
      </div>
    </section>
  );
}
