"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { resendVerificationAction } from "../actions";
import { EmailOnlySchema, type EmailOnlyInput } from "../schemas";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { StatusMessage, type Notice } from "@/components/ui/notice";
import { applyFieldErrors, useFieldMessage } from "./form-parts";

/** Asks for a new verification link. The answer is the same whether or not the address has an unconfirmed account. */
export function ResendVerificationForm({ defaultEmail = "", idPrefix = "resend" }: { defaultEmail?: string; idPrefix?: string }) {
  const t = useTranslations("Register");
  const tAuth = useTranslations("Auth");
  const fieldMessage = useFieldMessage();
  const [status, setStatus] = useState<Notice>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(EmailOnlySchema), defaultValues: { email: defaultEmail } satisfies EmailOnlyInput });

  async function onSubmit(values: EmailOnlyInput) {
    setStatus(null);
    const result = await resendVerificationAction(values);
    if (result.ok) setStatus({ kind: "success", text: tAuth("verificationResent") });
    else if (!applyFieldErrors(result, setError, ["email"])) setStatus({ kind: "error", text: result.message });
  }

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} aria-labelledby={`${idPrefix}-title`} className="flex flex-col gap-3 rounded border border-slate-300 p-4">
      <h2 id={`${idPrefix}-title`} className="text-lg font-semibold">{t("resendTitle")}</h2>
      <StatusMessage id={`${idPrefix}-status`} status={status} />
      <Field id={`${idPrefix}-email`} type="email" label={t("resendEmailLabel")} autoComplete="email" error={fieldMessage(errors.email?.message)} registration={register("email")} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? tAuth("resendingVerification") : t("resendSubmit")}
      </Button>
    </form>
  );
}
