"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { offerListAction, type OfferListActionState } from "@/features/offer-management/actions";
import { smallButtonClass } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";

export type QuickAction = "confirm" | "extend" | "edit" | "duplicate";

/**
 * One-click actions next to an offer on the dashboard: "still current" and "copy as a new offer"
 * post the offer list's command (same permission check on the loaded record: another organisation's
 * offer is refused like a missing one); "extend"/"edit" open the edit form.
 */
export function OfferQuickActions({ offerId, title, actions }: { offerId: number; title: string; actions: QuickAction[] }) {
  const t = useTranslations("Freshness.dashboard");
  const list = useTranslations("OfferList");
  const [state, formAction, pending] = useActionState<OfferListActionState, FormData>(offerListAction, null);
  const copy = state?.ok && state.data.intent === "duplicate" ? state.data.offers[0] : null;
  const editHref = { pathname: "/account/offers/[id]" as const, params: { id: String(offerId) } };
  return (
    <div className="flex flex-col items-start gap-1">
      <form action={formAction} aria-busy={pending} className="flex flex-wrap gap-2">
        {actions.map((action) =>
          action === "confirm" || action === "duplicate" ? (
            <button
              key={action}
              type="submit"
              name="intent"
              value={`${action}:${offerId}`}
              disabled={pending}
              aria-label={`${t(action)}: ${title}`}
              className={`${smallButtonClass} min-h-11`}
            >
              {t(action)}
            </button>
          ) : (
            <Link
              key={action}
              href={editHref}
              aria-label={`${t(action)}: ${title}`}
              className={`${smallButtonClass} inline-flex min-h-11 items-center`}
            >
              {t(action)}
            </Link>
          ),
        )}
      </form>
      <div role="status" aria-live="polite" className="empty:hidden">
        {state ? (
          <p key={state.key} className={`text-sm ${state.ok ? "text-green-900" : "text-red-800"}`}>
            {state.message}
            {copy ? (
              <>
                {" "}
                <Link href={{ pathname: "/account/offers/[id]", params: { id: String(copy.id) } }} className="font-semibold underline">
                  {list("results.editCopy")}
                </Link>
              </>
            ) : null}
          </p>
        ) : null}
      </div>
    </div>
  );
}
