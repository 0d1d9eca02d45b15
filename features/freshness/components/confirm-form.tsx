"use client";

import { useActionState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/notice";
import { Link } from "@/i18n/navigation";
import { confirmFreshnessAction, type ConfirmState } from "../actions";
import type { FreshnessTokenProblem } from "../tokens";

/**
 * The button of the one-click page. A plain POST without JavaScript (the server action); the GET
 * that showed the page changed nothing, so a mail scanner opening the link confirms nothing.
 * `problem` is why the link does not work (any more) when the page was opened; the action's own
 * result wins, so after a POST without JavaScript the page shows the success, not "already used".
 */
export function ConfirmFreshnessForm({ token, problem }: { token: string; problem: FreshnessTokenProblem | null }) {
  const t = useTranslations("Freshness.confirm");
  const format = useFormatter();
  const [state, formAction, pending] = useActionState<ConfirmState, FormData>(confirmFreshnessAction, null);

  if (state?.ok) {
    return (
      <FormMessage id="confirm-done" kind="success">
        {t("done", { name: state.data.name, date: format.dateTime(new Date(state.data.confirmedAt), { dateStyle: "long" }) })}
      </FormMessage>
    );
  }
  if (problem && !state) {
    return (
      <div className="flex flex-col gap-4">
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {t(`problem.${problem}`)}
        </p>
        <Link href="/login" className="self-start rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
          {t("login")}
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} className="flex flex-col gap-4" aria-busy={pending}>
      <input type="hidden" name="token" value={token} />
      {state && !state.ok ? (
        <div className="flex flex-col gap-2">
          <FormMessage id="confirm-error" kind="error">
            {state.message}
          </FormMessage>
          <Link href="/login" className="self-start text-brand-700 underline">
            {t("login")}
          </Link>
        </div>
      ) : (
        <Button type="submit" disabled={pending}>
          {pending ? t("pending") : t("button")}
        </Button>
      )}
    </form>
  );
}
