"use client";

import { useActionState, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { resetPasswordAction } from "../actions";
import { resetPasswordFormAction } from "../form-actions";
import { initialResetPasswordFormState } from "../form-states";
import { ResetPasswordSchema, type ResetPasswordInput } from "../schemas";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/notice";
import { applyFieldErrors, NewPasswordFields, serverFieldErrors, useFieldMessage } from "./form-parts";

/**
 * Sets a new password with the token from the reset link (a hidden field: it is posted, never put
 * into another URL). Without JavaScript the form posts to resetPasswordFormAction; its answer comes
 * back as `noScript`.
 */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("Auth");
  const fieldMessage = useFieldMessage();
  const [noScript, formAction] = useActionState(resetPasswordFormAction, initialResetPasswordFormState);
  const noScriptResult = noScript.result;
  const [done, setDone] = useState(noScriptResult?.ok ?? false);
  const [serverErrors, setServerErrors] = useState(() => serverFieldErrors(noScriptResult));
  const [formError, setFormError] = useState<string | null>(
    noScriptResult && !noScriptResult.ok && !serverErrors.password && !serverErrors.passwordConfirm ? noScriptResult.message : null,
  );
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
    setServerErrors({});
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
    <form action={formAction} noValidate onSubmit={handleSubmit(onSubmit)} className="flex flex-col gap-4">
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
      <input type="hidden" defaultValue={token} {...register("token")} />
      <NewPasswordFields
        id="reset-password"
        label={t("newPasswordLabel")}
        confirmLabel={t("newPasswordConfirmLabel")}
        error={fieldMessage(errors.password?.message) ?? serverErrors.password}
        confirmError={fieldMessage(errors.passwordConfirm?.message) ?? serverErrors.passwordConfirm}
        registration={register("password")}
        confirmRegistration={register("passwordConfirm")}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("resetSubmitting") : t("resetSubmit")}
      </Button>
    </form>
  );
}
