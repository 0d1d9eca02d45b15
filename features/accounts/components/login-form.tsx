"use client";

import { useActionState, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { LOGIN_RATE_LIMITED_PREFIX, LOGIN_UNAVAILABLE, LOGIN_UNVERIFIED, LoginSchema, type LoginInput } from "../schemas";
import { loginFormAction } from "../form-actions";
import { initialLoginFormState, type LoginFormError } from "../form-states";
import { ResendVerificationForm } from "./resend-verification-form";
import { inputClass } from "@/components/ui/field";

export type { LoginFormError };
// The keys LoginSchema uses as messages (see schemas.ts).
const FIELD_MESSAGES = ["emailRequired", "emailInvalid", "passwordRequired"] as const;
type FieldMessage = (typeof FIELD_MESSAGES)[number];

function isFieldMessage(value: string | undefined): value is FieldMessage {
  return FIELD_MESSAGES.includes(value as FieldMessage);
}

/**
 * Credentials login. `redirectTo` is an already-checked relative path (see safeCallbackUrl); after
 * success the page is reloaded there so every server component sees the new session cookie.
 * Without JavaScript the form posts to loginFormAction, which sets the same session cookie and
 * redirects; its answer (error, address) comes back as `noScript` and is shown like our own.
 */
export function LoginForm({ redirectTo, initialError }: { redirectTo: string; initialError?: LoginFormError }) {
  const t = useTranslations("Auth");
  const [noScript, formAction] = useActionState(loginFormAction, initialLoginFormState);
  const [formError, setFormError] = useState<LoginFormError | null>(noScript.error ?? initialError ?? null);
  const [waitMinutes, setWaitMinutes] = useState(noScript.waitMinutes);
  const [unverifiedEmail, setUnverifiedEmail] = useState(noScript.error === "unverified" ? noScript.email : "");
  const [redirecting, setRedirecting] = useState(false);
  const {
    register,
    handleSubmit,
    resetField,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<LoginInput>({ resolver: zodResolver(LoginSchema), defaultValues: { email: noScript.email, password: "" } });

  async function onSubmit(values: LoginInput) {
    setFormError(null);
    let result: Awaited<ReturnType<typeof signIn>>;
    try {
      result = await signIn("credentials", { email: values.email, password: values.password, redirect: false });
    } catch {
      setFormError("unavailable");
      return;
    }
    if (result?.ok && !result.error) {
      setRedirecting(true);
      window.location.assign(redirectTo);
      return;
    }
    const error = result?.error;
    if (error === LOGIN_UNVERIFIED) {
      // Only someone who knew the password gets here (see credentials.ts).
      setUnverifiedEmail(values.email);
      setFormError("unverified");
    } else if (error?.startsWith(LOGIN_RATE_LIMITED_PREFIX)) {
      setWaitMinutes(Number(error.slice(LOGIN_RATE_LIMITED_PREFIX.length)) || 15);
      setFormError("rateLimited");
    } else setFormError(error === LOGIN_UNAVAILABLE || !error ? "unavailable" : "invalidCredentials");
    resetField("password");
    setFocus("password");
  }

  const fieldError = (message: string | undefined) => (isFieldMessage(message) ? t(message) : message);
  const describedBy = (field: "email" | "password") =>
    [errors[field] ? `login-${field}-error` : null, formError ? "login-form-error" : null].filter(Boolean).join(" ") || undefined;
  const busy = isSubmitting || redirecting;

  return (
    <>
      <form action={formAction} noValidate onSubmit={handleSubmit(onSubmit)} className="flex flex-col gap-4">
        <input type="hidden" name="callbackUrl" value={redirectTo} />
        <div id="login-form-error" role="alert" className="empty:hidden">
          {formError ? (
            <p className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
              {formError === "rateLimited" ? t("rateLimited", { minutes: waitMinutes }) : t(formError)}
            </p>
          ) : null}
        </div>

        <div className="flex flex-col gap-1">
          <label htmlFor="login-email" className="font-medium">
            {t("emailLabel")}
          </label>
          <input
            id="login-email"
            type="email"
            defaultValue={noScript.email}
            autoComplete="username"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            required
            aria-invalid={errors.email || formError === "invalidCredentials" ? true : undefined}
            aria-describedby={describedBy("email")}
            className={inputClass}
            {...register("email")}
          />
          {errors.email ? (
            <p id="login-email-error" className="text-sm text-red-800">
              {fieldError(errors.email.message)}
            </p>
          ) : null}
        </div>

        <div className="flex flex-col gap-1">
          <label htmlFor="login-password" className="font-medium">
            {t("passwordLabel")}
          </label>
          <input
            id="login-password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={errors.password || formError === "invalidCredentials" ? true : undefined}
            aria-describedby={describedBy("password")}
            className={inputClass}
            {...register("password")}
          />
          {errors.password ? (
            <p id="login-password-error" className="text-sm text-red-800">
              {fieldError(errors.password.message)}
            </p>
          ) : null}
        </div>

        <button
          type="submit"
          disabled={busy}
          className="self-start rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
        >
          {busy ? t("submitting") : t("submit")}
        </button>
      </form>
      {formError === "unverified" ? (
        <ResendVerificationForm key={unverifiedEmail} defaultEmail={unverifiedEmail} idPrefix="login-resend" />
      ) : null}
    </>
  );
}
