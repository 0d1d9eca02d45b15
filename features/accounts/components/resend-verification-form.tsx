"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { resendVerificationAction } from "../actions";
import { EmailOnlySchema, type EmailOnlyInput } from "../schemas";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { StatusMessage } from "@/components/ui/notice";
import { useAccountForm, useFieldMessage } from "./form-parts";

/** Asks for a new verification link. The answer is the same whether or not the address has an unconfirmed account. */
export function ResendVerificationForm({ defaultEmail = "", idPrefix = "resend" }: { defaultEmail?: string; idPrefix?: string }) {
  const t = useTranslations("Register");
  const tAuth = useTranslations("Auth");
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
  } = useAccountForm({ resolver: zodResolver(EmailOnlySchema), defaultValues: { email: defaultEmail } satisfies EmailOnlyInput }, [
    "email",
  ]);

  async function onSubmit(values: EmailOnlyInput) {
    setStatus(null);
    const result = await resendVerificationAction(values);
    if (result.ok) setStatus({ kind: "success", text: tAuth("verificationResent") });
    else failed(result);
  }

  return (
    <form
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
        error={fieldMessage(errors.email?.message)}
        registration={register("email")}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? tAuth("resendingVerification") : t("resendSubmit")}
      </Button>
    </form>
  );
}
