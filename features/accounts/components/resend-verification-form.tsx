"use client";

import { useActionState, useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { resendVerificationAction } from "../actions";
import { resendVerificationFormAction } from "../form-actions";
import { initialResendVerificationFormState } from "../form-states";
import { EmailOnlySchema, type EmailOnlyInput } from "../schemas";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { StatusMessage } from "@/components/ui/notice";
import { serverFieldErrors, useAccountForm, useFieldMessage } from "./form-parts";

/**
 * Asks for a new verification link. The answer is the same whether or not the address has an
 * unconfirmed account. Without JavaScript the form posts to resendVerificationFormAction (the
 * address stays out of the URL); its answer comes back as `noScript`.
 */
export function ResendVerificationForm({ defaultEmail = "", idPrefix = "resend" }: { defaultEmail?: string; idPrefix?: string }) {
  const t = useTranslations("Register");
  const tAuth = useTranslations("Auth");
  const fieldMessage = useFieldMessage();
  const [noScript, formAction] = useActionState(resendVerificationFormAction, initialResendVerificationFormState);
  const noScriptResult = noScript.result;
  const noScriptEmailError = serverFieldErrors(noScriptResult).email;
  const [jsSubmitted, setJsSubmitted] = useState(false);
  const shownEmail = noScriptResult ? noScript.email : defaultEmail;
  const {
    form: {
      register,
      handleSubmit,
      formState: { errors, isSubmitting },
    },
    status,
    setStatus,
    failed,
  } = useAccountForm(
    { resolver: zodResolver(EmailOnlySchema), defaultValues: { email: shownEmail } satisfies EmailOnlyInput },
    ["email"],
    !noScriptResult
      ? null
      : noScriptResult.ok
        ? { kind: "success", text: tAuth("verificationResent") }
        : noScriptEmailError
          ? null
          : { kind: "error", text: noScriptResult.message },
  );

  async function onSubmit(values: EmailOnlyInput) {
    setJsSubmitted(true);
    setStatus(null);
    const result = await resendVerificationAction(values);
    if (result.ok) setStatus({ kind: "success", text: tAuth("verificationResent") });
    else failed(result);
  }

  return (
    <form
      action={formAction}
      noValidate
      onSubmit={handleSubmit(onSubmit)}
      aria-labelledby={`${idPrefix}-title`}
      className="flex flex-col gap-3 rounded border border-slate-300 p-4"
    >
      <h2 id={`${idPrefix}-title`} className="text-lg font-semibold">
        {t("resendTitle")}
      </h2>
      <StatusMessage id={`${idPrefix}-status`} status={status} />
      <Field
        id={`${idPrefix}-email`}
        type="email"
        label={t("resendEmailLabel")}
        autoComplete="email"
        defaultValue={shownEmail || undefined}
        error={fieldMessage(errors.email?.message) ?? (jsSubmitted ? undefined : noScriptEmailError)}
        registration={register("email")}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? tAuth("resendingVerification") : t("resendSubmit")}
      </Button>
    </form>
  );
}
