"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { offerListAction, type OfferListActionState } from "../actions";
import { DELETE_PARAM, OFFER_LIST_ACTION_FORM_ID } from "./form-ids";

/**
 * The one form every list action submits (row buttons and checkboxes sit in the rows and join it
 * through `form="…"`, since forms cannot nest). Without JavaScript it posts like any form; with it,
 * the result appears in the status region without a page load.
 */
export function OfferListActionForm({ selectable }: { selectable: boolean }) {
  const t = useTranslations("OfferList");
  const [state, formAction, pending] = useActionState<OfferListActionState, FormData>(offerListAction, null);
  const statusRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!state) return;
    // After a deletion the confirmation's URL parameter points at a gone offer: drop it.
    if (state.ok && state.data.intent === "delete") {
      const url = new URL(window.location.href);
      if (url.searchParams.has(DELETE_PARAM)) {
        url.searchParams.delete(DELETE_PARAM);
        window.history.replaceState(null, "", url);
      }
    }
    statusRef.current?.focus();
  }, [state]);

  const copy = state?.ok && state.data.intent === "duplicate" ? state.data.offers[0] : null;

  return (
    <div className="flex flex-col gap-3">
      <div
        ref={statusRef}
        tabIndex={-1}
        role="status"
        aria-live="polite"
        className={
          state
            ? `rounded-lg border-s-4 p-4 ${state.ok ? "border-green-700 bg-green-50 text-green-950" : "border-red-700 bg-red-50 text-red-950"}`
            : ""
        }
      >
        {state ? (
          <p key={state.key}>
            {state.message}
            {copy ? (
              <>
                {" "}
                <Link href={{ pathname: "/account/offers/[id]", params: { id: String(copy.id) } }} className="font-semibold underline">
                  {t("results.editCopy")}
                </Link>
              </>
            ) : null}
          </p>
        ) : null}
      </div>
      <form id={OFFER_LIST_ACTION_FORM_ID} action={formAction} aria-busy={pending} aria-label={t("selection.label")}>
        {selectable ? (
          <div className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-300 bg-slate-50 p-3">
            <p id="offer-list-selection-hint" className="min-w-0 flex-1 basis-60 text-sm text-slate-700">
              {t("selection.hint")}
            </p>
            <button
              type="submit"
              name="intent"
              value="confirm-selected"
              disabled={pending}
              aria-describedby="offer-list-selection-hint"
              className="min-h-11 rounded border border-brand-700 bg-white px-3 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60"
            >
              {t("selection.confirm")}
            </button>
          </div>
        ) : null}
      </form>
    </div>
  );
}
