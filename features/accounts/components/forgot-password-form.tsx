"use client";

import { useActionState, useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { requestPasswordResetAction } from "../actions";
import { forgotPasswordFormAction } from "../form-actions";
import { initialForgotPasswordFormState } from "../form-states";
import { EmailOnlySchema, type EmailOnlyInput } from "../schemas";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { StatusMessage } from "@/components/ui/notice";
import { serverFieldErrors, useAccountForm, useFieldMessage } from "./form-parts";

/**
 * Requests a reset link; the confirmation reads the same whether or not the address has an account.
 * Without JavaScript the form posts to forgotPasswordFormAction; its answer comes back as `noScript`.
 */
export function ForgotPasswordForm() {
  const t = useTranslations("Auth");
  const fieldMessage = useFieldMessage();
  const [noScript, formAction] = useActionState(forgotPasswordFormAction, initialForgotPasswordFormState);
  const noScriptResult = noScript.result;
  const noScriptEmailError = serverFieldErrors(noScriptResult).email;
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
    {
      resolver: zodResolver(EmailOnlySchema),
      defaultValues: { email: noScriptResult?.ok ? "" : noScript.email } satisfies EmailOnlyInput,
    },
    ["email"],
    !noScriptResult
      ? null
      : noScriptResult.ok
        ? { kind: "success", text: t("forgotSent", { email: noScript.email.trim() }) }
        : noScriptEmailError
          ? null
          : { kind: "error", text: noScriptResult.message },
  );
  const [jsSubmitted, setJsSubmitted] = useState(false);

  async function onSubmit(values: EmailOnlyInput) {
    setJsSubmitted(true);
    setStatus(null);
    const result = await requestPasswordResetAction(values);
    if (result.ok) setStatus({ kind: "success", text: t("forgotSent", { email: values.email.trim() }) });
    else failed(result);
  }

  return (
    <form action={formAction} noValidate onSubmit={handleSubmit(onSubmit)} className="flex flex-col gap-4">
      <StatusMessage id="forgot-status" status={status} />
      <Field
        id="forgot-email"
        type="email"
        defaultValue={noScriptResult?.ok ? undefined : noScript.email || undefined}
        label={t("emailLabel")}
        autoComplete="email"
        error={fieldMessage(errors.email?.message) ?? (jsSubmitted ? undefined : noScriptEmailError)}
        registration={register("email")}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("forgotSubmitting") : t("forgotSubmit")}
      </Button>
    </form>
  );
}
