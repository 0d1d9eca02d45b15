"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/errors";
import { restoreAction } from "../act-actions";

/**
 * The trash's one form: its rows (rendered on the server) hold buttons `restore=offer:<id>` or
 * `restore=organization:<id>`. The result stays visible above the lists after the row is gone.
 */
export function RestoreForm({ pendingLabel, children }: { pendingLabel: string; children: ReactNode }) {
  const [state, formAction, pending] = useActionState<ActionResult<{ status: string }> | null, FormData>(restoreAction, null);
  return (
    <form action={formAction} className="flex flex-col gap-6">
      <div role="status" aria-live="polite">
        {pending ? <p>{pendingLabel}</p> : null}
        {state?.ok && state.message ? <p className="rounded border border-green-600 bg-green-50 px-3 py-2 text-green-900">{state.message}</p> : null}
      </div>
      {state && !state.ok ? <p role="alert" className="rounded border border-red-600 bg-red-50 px-3 py-2 text-red-900">{state.message}</p> : null}
      <fieldset disabled={pending} className="flex min-w-0 flex-col gap-8">
        {children}
      </fieldset>
    </form>
  );
}
