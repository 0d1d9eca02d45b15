"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { resetPasswordAction } from "../actions";
import { ResetPasswordSchema, type ResetPasswordInput } from "../schemas";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/notice";
import { applyFieldErrors, NewPasswordFields, useFieldMessage } from "./form-parts";

/** Sets a new password with the token from the reset link. */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("Auth");
  const fieldMessage = useFieldMessage();
  const [done, setDone] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(ResetPasswordSchema),
    defaultValues: { token, password: "", passwordConfirm: "" } satisfies ResetPasswordInput,
  });

  async function onSubmit(values: ResetPasswordInput) {
    setFormError(null);
    const result = await resetPasswordAction(values);
    if (result.ok) setDone(true);
    else if (!applyFieldErrors(result, setError, ["password", "passwordConfirm"])) setFormError(result.message);
  }

  if (done) {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage id="reset-done" kind="success">
          {t("resetDone")}
        </FormMessage>
        <Link href="/login" className="self-start text-brand-700 underline">
          {t("toLogin")}
        </Link>
      </div>
    );
  }

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="flex flex-col gap-4">
      {formError ? (
        <div className="flex flex-col gap-2">
          <FormMessage id="reset-error" kind="error">
            {formError}
          </FormMessage>
          <Link href="/forgot-password" className="self-start text-brand-700 underline">
            {t("requestNewLink")}
          </Link>
        </div>
      ) : null}
      <input type="hidden" {...register("token")} />
      <NewPasswordFields
        id="reset-password"
        label={t("newPasswordLabel")}
        confirmLabel={t("newPasswordConfirmLabel")}
        error={fieldMessage(errors.password?.message)}
        confirmError={fieldMessage(errors.passwordConfirm?.message)}
        registration={register("password")}
        confirmRegistration={register("passwordConfirm")}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("resetSubmitting") : t("resetSubmit")}
      </Button>
    </form>
  );
}
