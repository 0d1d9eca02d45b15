import type { ActionResult } from "@/lib/errors";

/**
 * The outcome of a form's last submit: the success message in a polite live region, a failure in
 * an alert. Both regions are always there, so screen readers announce what appears in them.
 */
export function FormStatus({ state }: { state: ActionResult<unknown> | null }) {
  return (
    <>
      <div role="status" aria-live="polite">
        {state?.ok && state.message ? (
          <p className="rounded border border-green-600 bg-green-50 px-3 py-2 text-green-900">{state.message}</p>
        ) : null}
      </div>
      <div role="alert">
        {state && !state.ok ? <p className="rounded border border-red-600 bg-red-50 px-3 py-2 text-red-900">{state.message}</p> : null}
      </div>
    </>
  );
}
