"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { requestPasswordResetAction } from "../actions";
import { EmailOnlySchema, type EmailOnlyInput } from "../schemas";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { StatusMessage } from "@/components/ui/notice";
import { useAccountForm, useFieldMessage } from "./form-parts";

/** Requests a reset link; the confirmation reads the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations("Auth");
  const fieldMessage = useFieldMessage();
  const {
    form: {
      register,
      handleSubmit,
      formState: { errors, isSubmitting },
    },
    status,
    setStatus,
    failed,
  } = useAccountForm({ resolver: zodResolver(EmailOnlySchema), defaultValues: { email: "" } satisfies EmailOnlyInput }, ["email"]);

  async function onSubmit(values: EmailOnlyInput) {
    setStatus(null);
    const result = await requestPasswordResetAction(values);
    if (result.ok) setStatus({ kind: "success", text: t("forgotSent", { email: values.email.trim() }) });
    else failed(result);
  }

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="flex flex-col gap-4">
      <StatusMessage id="forgot-status" status={status} />
      <Field
        id="forgot-email"
        type="email"
        label={t("emailLabel")}
        autoComplete="email"
        error={fieldMessage(errors.email?.message)}
        registration={register("email")}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("forgotSubmitting") : t("forgotSubmit")}
      </Button>
    </form>
  );
}
