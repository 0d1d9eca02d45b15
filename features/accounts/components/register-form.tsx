"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { registerAction } from "../actions";
import { registerFormAction } from "../form-actions";
import { initialRegisterFormState } from "../form-states";
import { RegisterSchema, type RegisterInput } from "../schemas";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/notice";
import { applyFieldErrors, serverFieldErrors, useFieldMessage } from "./form-parts";
import { ResendVerificationForm } from "./resend-verification-form";

const FIELDS = ["mode", "organizationName", "name", "email", "password", "acceptTerms"] as const;

/**
 * Registration in two modes: a new organisation (the user becomes its admin) or joining an existing
 * one by its exact name. After sending, the same "check your mail" view appears whatever the server
 * knew about the address. Without JavaScript the form posts to registerFormAction (the same action);
 * its answer comes back as `noScript` (sent, or the errors and the fields to fill in again).
 */
export function RegisterForm({ outboxHint }: { outboxHint?: React.ReactNode }) {
  const t = useTranslations("Register");
  const fieldMessage = useFieldMessage();
  const [noScript, formAction] = useActionState(registerFormAction, initialRegisterFormState);
  const noScriptResult = noScript.result;
  const [sentTo, setSentTo] = useState<string | null>(noScriptResult?.ok ? noScriptResult.data.email : null);
  const [formError, setFormError] = useState<string | null>(
    noScriptResult && !noScriptResult.ok && Object.keys(noScriptResult.fieldErrors).length === 0 ? noScriptResult.message : null,
  );
  const [serverErrors, setServerErrors] = useState(() => serverFieldErrors(noScriptResult));
  const [showPassword, setShowPassword] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(RegisterSchema),
    defaultValues: {
      mode: noScript.values?.mode ?? "new",
      organizationName: noScript.values?.organizationName ?? "",
      name: noScript.values?.name ?? "",
      email: noScript.values?.email ?? "",
      password: "",
      acceptTerms: (noScript.values?.acceptTerms ?? false) as unknown as true,
    } satisfies RegisterInput,
  });
  const mode = useWatch({ control, name: "mode" });
  const sentHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (sentTo) sentHeading.current?.focus();
  }, [sentTo]);

  async function onSubmit(values: RegisterInput) {
    setFormError(null);
    setServerErrors({});
    const result = await registerAction(values);
    if (result.ok) {
      setSentTo(result.data.email);
      return;
    }
    if (!applyFieldErrors(result, setError, FIELDS)) setFormError(result.message);
  }

  if (sentTo) {
    return (
      <section aria-labelledby="register-check-mail" className="flex flex-col gap-4">
        <h2 id="register-check-mail" ref={sentHeading} tabIndex={-1} className="text-2xl font-semibold text-brand-800">
          {t("checkMailTitle")}
        </h2>
        <FormMessage id="register-sent" kind="success">
          {t("checkMailText", { email: sentTo })}
        </FormMessage>
        <p className="text-slate-700">{t("checkMailSpam")}</p>
        {outboxHint}
        <ResendVerificationForm defaultEmail={sentTo} />
      </section>
    );
  }

  const error = (field: (typeof FIELDS)[number]) => fieldMessage(errors[field]?.message) ?? serverErrors[field];

  return (
    <form
      action={formAction}
      noValidate
      onSubmit={handleSubmit(onSubmit, () => {
        setServerErrors({});
        setFormError(t("errorSummary"));
      })}
      className="flex flex-col gap-6"
    >
      {formError ? (
        <FormMessage id="register-form-error" kind="error">
          {formError}
        </FormMessage>
      ) : null}

      <fieldset className="flex flex-col gap-3" aria-describedby={error("mode") ? "register-mode-error" : undefined}>
        <legend className="mb-2 text-lg font-semibold">{t("modeLegend")}</legend>
        {(["new", "join"] as const).map((value) => (
          <div key={value} className="flex items-start gap-3 rounded border border-slate-300 p-3">
            <input
              id={`register-mode-${value}`}
              type="radio"
              value={value}
              defaultChecked={(noScript.values?.mode ?? "new") === value}
              className="mt-1 size-5"
              aria-describedby={`register-mode-${value}-hint`}
              {...register("mode")}
            />
            <div>
              <label htmlFor={`register-mode-${value}`} className="font-medium">
                {value === "new" ? t("modeNew") : t("modeJoin")}
              </label>
              <p id={`register-mode-${value}-hint`} className="text-sm text-slate-600">
                {value === "new" ? t("modeNewHint") : t("modeJoinHint")}
              </p>
            </div>
          </div>
        ))}
        {error("mode") ? (
          <p id="register-mode-error" className="text-sm text-red-800">
            {error("mode")}
          </p>
        ) : null}
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">{t("organizationLegend")}</legend>
        <Field
          id="register-organization"
          defaultValue={noScript.values?.organizationName}
          label={mode === "join" ? t("organizationNameJoin") : t("organizationNameNew")}
          hint={mode === "join" ? t("organizationNameJoinHint") : t("organizationNameNewHint")}
          autoComplete="organization"
          maxLength={150}
          error={error("organizationName")}
          registration={register("organizationName")}
        />
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">{t("personLegend")}</legend>
        <Field
          id="register-name"
          defaultValue={noScript.values?.name}
          label={t("nameLabel")}
          autoComplete="name"
          maxLength={100}
          error={error("name")}
          registration={register("name")}
        />
        <Field
          id="register-email"
          defaultValue={noScript.values?.email}
          type="email"
          label={t("emailLabel")}
          autoComplete="email"
          error={error("email")}
          registration={register("email")}
        />
        <Field
          id="register-password"
          type={showPassword ? "text" : "password"}
          label={t("passwordLabel")}
          hint={<PasswordHint />}
          autoComplete="new-password"
          error={error("password")}
          registration={register("password")}
        />
        <div className="flex items-center gap-2">
          <input
            id="register-show-password"
            type="checkbox"
            className="size-5"
            checked={showPassword}
            onChange={(e) => setShowPassword(e.target.checked)}
          />
          <label htmlFor="register-show-password">{t("showPassword")}</label>
        </div>
      </fieldset>

      <div className="flex flex-col gap-1">
        <div className="flex items-start gap-3">
          <input
            id="register-terms"
            type="checkbox"
            defaultChecked={noScript.values?.acceptTerms}
            className="mt-1 size-5"
            aria-invalid={error("acceptTerms") ? true : undefined}
            aria-describedby={error("acceptTerms") ? "register-terms-error" : undefined}
            {...register("acceptTerms")}
          />
          <label htmlFor="register-terms">{t("acceptTermsLabel")}</label>
        </div>
        <Link href="/terms" target="_blank" className="ms-8 text-brand-700 underline">
          {t("termsLink")}
        </Link>
        {error("acceptTerms") ? (
          <p id="register-terms-error" className="text-sm text-red-800">
            {error("acceptTerms")}
          </p>
        ) : null}
      </div>

      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}

function PasswordHint() {
  const t = useTranslations("Auth");
  return <>{t("passwordHint")}</>;
}
