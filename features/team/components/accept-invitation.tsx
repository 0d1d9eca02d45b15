"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { acceptInvitation, acceptInvitationAndRegister } from "../actions";
import { AcceptWithNewAccountSchema, type AcceptWithNewAccountInput } from "../schemas";
import { inputClass } from "@/components/ui/field";

const submitClass = "self-start rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70";

/** The signed-in invitee accepts with one click; afterwards the account pages open. */
export function AcceptInvitationButton({ token, redirectTo }: { token: string; redirectTo: string }) {
  const t = useTranslations("Team");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function accept() {
    setBusy(true);
    setError(null);
    const result = await acceptInvitation(token);
    if (result.ok) {
      window.location.assign(redirectTo);
      return;
    }
    setError(result.message);
    setBusy(false);
  }
  return (
    <div className="flex flex-col gap-3">
      <div role="alert" className="empty:hidden">
        {error ? <p className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">{error}</p> : null}
      </div>
      <button type="button" onClick={accept} disabled={busy} className={submitClass}>
        {busy ? t("accept.accepting") : t("accept.acceptButton")}
      </button>
    </div>
  );
}

type FieldName = "name" | "password" | "passwordConfirm" | "acceptTerms";

/**
 * Creates the account for the invited address and joins; then signs in with the new password and
 * opens the account pages. The address is fixed (it is the invitation's) and shown read-only.
 */
export function AcceptWithNewAccountForm({
  token,
  email,
  termsHref,
  loginHref,
  redirectTo,
}: {
  token: string;
  email: string;
  termsHref: string;
  loginHref: string;
  redirectTo: string;
}) {
  const t = useTranslations("Team");
  const [formError, setFormError] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AcceptWithNewAccountInput>({
    resolver: zodResolver(AcceptWithNewAccountSchema),
    defaultValues: { token, name: "", password: "", passwordConfirm: "", acceptTerms: false as unknown as true },
  });

  const errorText = (message: string | undefined) => {
    if (!message) return undefined;
    const key = `errors.${message}`;
    return t.has(key as never) ? t(key as never) : message;
  };

  async function onSubmit(values: AcceptWithNewAccountInput) {
    setFormError(null);
    const result = await acceptInvitationAndRegister(values);
    if (!result.ok) {
      const entries = Object.entries(result.fieldErrors).filter(([field]) =>
        ["name", "password", "passwordConfirm", "acceptTerms"].includes(field),
      );
      entries.forEach(([field, messages], i) =>
        setError(field as FieldName, { type: "server", message: messages[0] }, { shouldFocus: i === 0 }),
      );
      setFormError(result.message);
      return;
    }
    setSigningIn(true);
    const login = await signIn("credentials", { email: result.data.email, password: values.password, redirect: false }).catch(() => null);
    // Even if the automatic sign-in fails, the account exists: the login page takes over.
    window.location.assign(login?.ok && !login.error ? redirectTo : loginHref);
  }

  const field = (name: FieldName) => {
    const error = errorText(errors[name]?.message);
    return {
      id: `accept-${name}`,
      error,
      props: { "aria-invalid": error ? true : undefined, "aria-describedby": error ? `accept-${name}-error` : undefined },
    };
  };
  const name = field("name");
  const password = field("password");
  const confirm = field("passwordConfirm");
  const terms = field("acceptTerms");
  const busy = isSubmitting || signingIn;

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="flex flex-col gap-4">
      <div role="alert" className="empty:hidden">
        {formError ? <p className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">{formError}</p> : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="accept-email" className="font-medium">
          {t("accept.email")}
        </label>
        <input id="accept-email" type="email" value={email} readOnly autoComplete="username" className={`${inputClass} bg-slate-100`} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={name.id} className="font-medium">
          {t("accept.name")}
        </label>
        <input id={name.id} type="text" autoComplete="name" maxLength={100} className={inputClass} {...name.props} {...register("name")} />
        {name.error ? (
          <p id={`${name.id}-error`} className="text-sm text-red-800">
            {name.error}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={password.id} className="font-medium">
          {t("accept.password")}
        </label>
        <input
          id={password.id}
          type="password"
          autoComplete="new-password"
          className={inputClass}
          {...password.props}
          aria-describedby={[`${password.id}-hint`, password.error ? `${password.id}-error` : null].filter(Boolean).join(" ")}
          {...register("password")}
        />
        <p id={`${password.id}-hint`} className="text-sm text-slate-700">
          {t("accept.passwordHint")}
        </p>
        {password.error ? (
          <p id={`${password.id}-error`} className="text-sm text-red-800">
            {password.error}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={confirm.id} className="font-medium">
          {t("accept.passwordConfirm")}
        </label>
        <input
          id={confirm.id}
          type="password"
          autoComplete="new-password"
          className={inputClass}
          {...confirm.props}
          {...register("passwordConfirm")}
        />
        {confirm.error ? (
          <p id={`${confirm.id}-error`} className="text-sm text-red-800">
            {confirm.error}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-1">
        <label className="flex items-start gap-2">
          <input id={terms.id} type="checkbox" className="mt-1 size-4" {...terms.props} {...register("acceptTerms")} />
          <span>{t("accept.acceptTerms")}</span>
        </label>
        <a href={termsHref} target="_blank" rel="noopener" className="ms-6 text-sm text-brand-700 underline">
          {t("accept.termsLink")}
        </a>
        {terms.error ? (
          <p id={`${terms.id}-error`} className="text-sm text-red-800">
            {terms.error}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={busy} className={submitClass}>
        {signingIn ? t("accept.signingIn") : isSubmitting ? t("accept.submitting") : t("accept.submit")}
      </button>
    </form>
  );
}
