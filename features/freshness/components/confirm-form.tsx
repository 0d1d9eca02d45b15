"use client";

import { useActionState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/notice";
import { Link } from "@/i18n/navigation";
import { confirmFreshnessAction, type ConfirmState } from "../actions";

/**
 * The button of the one-click page. A plain POST without JavaScript (the server action); the GET
 * that showed the page changed nothing, so a mail scanner opening the link confirms nothing.
 */
export function ConfirmFreshnessForm({ token }: { token: string }) {
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
