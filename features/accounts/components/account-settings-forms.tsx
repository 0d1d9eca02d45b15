"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { LOCALE_NAMES } from "@/i18n/locale-names";
import { locales } from "@/i18n/routing";
import { changeEmailAction, changePasswordAction, updateAccountProfileAction } from "../actions";
import {
  AccountProfileSchema,
  ChangeEmailSchema,
  ChangePasswordSchema,
  type AccountProfileInput,
  type ChangeEmailInput,
  type ChangePasswordInput,
} from "../schemas";
import { Button } from "@/components/ui/button";
import { inputClass, Field } from "@/components/ui/field";
import { StatusMessage } from "@/components/ui/notice";
import { useAccountForm, NewPasswordFields, useFieldMessage } from "./form-parts";

/** Name and preferred language. */
export function AccountProfileForm({ defaults }: { defaults: AccountProfileInput }) {
  const t = useTranslations("AccountSettings");
  const fieldMessage = useFieldMessage();
  const router = useRouter();
  const {
    form: {
      register,
      handleSubmit,
      formState: { errors, isSubmitting },
    },
    status,
    setStatus,
    failed,
  } = useAccountForm({ resolver: zodResolver(AccountProfileSchema), defaultValues: defaults }, ["name", "locale"]);

  async function onSubmit(values: AccountProfileInput) {
    setStatus(null);
    const result = await updateAccountProfileAction(values);
    if (result.ok) {
      setStatus({ kind: "success", text: t("profileSaved") });
      router.refresh();
    } else failed(result);
  }

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="flex flex-col gap-4">
      <StatusMessage id="profile-status" status={status} />
      <Field
        id="settings-name"
        label={t("nameLabel")}
        autoComplete="name"
        maxLength={100}
        error={fieldMessage(errors.name?.message)}
        registration={register("name")}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="settings-locale" className="font-medium">
          {t("localeLabel")}
        </label>
        <p id="settings-locale-hint" className="text-sm text-slate-600">
          {t("localeHint")}
        </p>
        <select
          id="settings-locale"
          className={inputClass}
          aria-describedby={errors.locale ? "settings-locale-hint settings-locale-error" : "settings-locale-hint"}
          aria-invalid={errors.locale ? true : undefined}
          {...register("locale")}
        >
          {locales.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
        {errors.locale ? (
          <p id="settings-locale-error" className="text-sm text-red-800">
            {fieldMessage(errors.locale.message)}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : t("saveProfile")}
      </Button>
    </form>
  );
}

/**
 * Changes the password. The server ends every session of the account; this browser then signs in
 * again with the new password, so only other devices are logged out.
 */
export function ChangePasswordForm({ email, loginPath }: { email: string; loginPath: string }) {
  const t = useTranslations("AccountSettings");
  const fieldMessage = useFieldMessage();
  const {
    form: {
      register,
      handleSubmit,
      reset,
      formState: { errors, isSubmitting },
    },
    status,
    setStatus,
    failed,
  } = useAccountForm(
    {
      resolver: zodResolver(ChangePasswordSchema),
      defaultValues: { currentPassword: "", newPassword: "", newPasswordConfirm: "" } satisfies ChangePasswordInput,
    },
    ["currentPassword", "newPassword", "newPasswordConfirm"],
  );

  async function onSubmit(values: ChangePasswordInput) {
    setStatus(null);
    const result = await changePasswordAction(values);
    if (!result.ok) {
      failed(result);
      return;
    }
    reset();
    const again = await signIn("credentials", { email, password: values.newPassword, redirect: false }).catch(() => null);
    if (again?.ok && !again.error) setStatus({ kind: "success", text: t("passwordChanged") });
    else {
      setStatus({ kind: "success", text: t("passwordChangedRelogin") });
      window.location.assign(loginPath);
    }
  }

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="flex flex-col gap-4">
      <p className="text-slate-700">{t("passwordIntro")}</p>
      <StatusMessage id="password-status" status={status} />
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <Field
        id="settings-current-password"
        type="password"
        label={t("currentPasswordLabel")}
        autoComplete="current-password"
        error={fieldMessage(errors.currentPassword?.message)}
        registration={register("currentPassword")}
      />
      <NewPasswordFields
        id="settings-new-password"
        label={t("newPasswordLabel")}
        confirmLabel={t("newPasswordConfirmLabel")}
        error={fieldMessage(errors.newPassword?.message)}
        confirmError={fieldMessage(errors.newPasswordConfirm?.message)}
        registration={register("newPassword")}
        confirmRegistration={register("newPasswordConfirm")}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : t("changePassword")}
      </Button>
    </form>
  );
}

/** Starts an e-mail change: a confirmation link goes to the new address. */
export function ChangeEmailForm({ email }: { email: string }) {
  const t = useTranslations("AccountSettings");
  const fieldMessage = useFieldMessage();
  const {
    form: {
      register,
      handleSubmit,
      reset,
      formState: { errors, isSubmitting },
    },
    status,
    setStatus,
    failed,
  } = useAccountForm(
    { resolver: zodResolver(ChangeEmailSchema), defaultValues: { newEmail: "", password: "" } satisfies ChangeEmailInput },
    ["newEmail", "password"],
  );

  async function onSubmit(values: ChangeEmailInput) {
    setStatus(null);
    const result = await changeEmailAction(values);
    if (result.ok) {
      reset();
      setStatus({ kind: "success", text: t("emailChangeSent", { email: result.data.newEmail }) });
    } else failed(result);
  }

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="flex flex-col gap-4">
      <p className="text-slate-700">{t("currentEmail", { email })}</p>
      <p className="text-slate-700">{t("emailIntro")}</p>
      <StatusMessage id="email-status" status={status} />
      <Field
        id="settings-new-email"
        type="email"
        label={t("newEmailLabel")}
        autoComplete="email"
        error={fieldMessage(errors.newEmail?.message)}
        registration={register("newEmail")}
      />
      <Field
        id="settings-email-password"
        type="password"
        label={t("passwordForEmailLabel")}
        autoComplete="current-password"
        error={fieldMessage(errors.password?.message)}
        registration={register("password")}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : t("changeEmail")}
      </Button>
    </form>
  );
}
