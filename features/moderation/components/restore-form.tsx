"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/errors";
import { restoreAction } from "../act-actions";
import { FormOutcome } from "./reason-field";

/**
 * The trash's one form: its rows (rendered on the server) hold buttons `restore=offer:<id>` or
 * `restore=organization:<id>`. The result stays visible above the lists after the row is gone.
 */
export function RestoreForm({ pendingLabel, children }: { pendingLabel: string; children: ReactNode }) {
  const [state, formAction, pending] = useActionState<ActionResult<{ status: string }> | null, FormData>(restoreAction, null);
  return (
    <form action={formAction} className="flex flex-col gap-6">
      <FormOutcome
        pending={pending}
        pendingLabel={pendingLabel}
        success={state?.ok ? state.message : undefined}
        error={state && !state.ok ? state.message : undefined}
      />
      <fieldset disabled={pending} className="flex min-w-0 flex-col gap-8">
        {children}
      </fieldset>
    </form>
  );
}
