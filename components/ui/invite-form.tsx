"use client";

import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { useRouter } from "@/i18n/navigation";
import type { ActionResult } from "@/lib/errors";
import { Button } from "./button";
import { Field, inputClass } from "./field";
import { NoticeText, type Notice } from "./notice";

// Inviting someone by e-mail with a role: the team page (organisation roles, radio buttons) and the
// editors' user management (global roles, a select) differ only in texts, roles and the action.

export type InviteValues<Role extends string> = { email: string; role: Role };

export type InviteFormTexts<Role extends string> = {
  intro: string;
  email: string;
  role: string;
  roleHelp: string;
  roleName: (role: Role) => string;
  submit: string;
  submitting: string;
};

export function InviteForm<Role extends string, Data extends { mailStatus: string }>({
  idPrefix,
  resolver,
  roles,
  defaultRole,
  roleControl,
  texts,
  errorText,
  invite,
  successText,
  emailMaxLength,
}: {
  /** Prefix of the element ids ("invite" → invite-email, invite-role-help …). */
  idPrefix: string;
  resolver: Resolver<InviteValues<Role>>;
  roles: readonly Role[];
  defaultRole: Role;
  roleControl: "radio" | "select";
  texts: InviteFormTexts<Role>;
  /** Browser-side messages are short keys of the feature's errors; server-side ones arrive translated. */
  errorText: (message: string | undefined) => string | undefined;
  invite: (values: InviteValues<Role>) => Promise<ActionResult<Data>>;
  /** The success text; a mail that could not be sent is shown as an error. */
  successText: (result: { data: Data; message?: string }, values: InviteValues<Role>) => string;
  emailMaxLength?: number;
}) {
  const router = useRouter();
  const [notice, setNotice] = useState<Notice>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<InviteValues<Role>>({ resolver, defaultValues: { email: "", role: defaultRole } as never });

  async function onSubmit(values: InviteValues<Role>) {
    setNotice(null);
    const result = await invite(values);
    if (result.ok) {
      setNotice({ kind: result.data.mailStatus === "FAILED" ? "error" : "success", text: successText(result, values) });
      reset({ email: "", role: values.role } as never);
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors)) {
      if (field === "email" || field === "role") setError(field as never, { type: "server", message: messages[0] }, { shouldFocus: true });
    }
    setNotice({ kind: "error", text: result.message });
  }

  const id = (suffix: string) => `${idPrefix}-${suffix}`;
  const roleError = errorText((errors.role as { message?: string } | undefined)?.message);
  const roleDescription = roleError ? `${id("role-help")} ${id("role-error")}` : id("role-help");
  const roleHelp = (
    <p id={id("role-help")} className="text-sm text-slate-700">
      {texts.roleHelp}
    </p>
  );
  const roleErrorText = roleError ? (
    <p id={id("role-error")} className="text-sm text-red-800">
      {roleError}
    </p>
  ) : null;

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="flex flex-col gap-4">
      <p className="text-sm text-slate-700">{texts.intro}</p>
      <Field
        id={id("email")}
        type="email"
        label={texts.email}
        autoComplete="off"
        maxLength={emailMaxLength}
        error={errorText(errors.email?.message)}
        registration={register("email" as never)}
      />
      {roleControl === "radio" ? (
        <fieldset className="flex flex-col gap-1" aria-describedby={roleDescription}>
          <legend className="font-medium">{texts.role}</legend>
          {roles.map((role) => (
            <label key={role} className="flex items-center gap-2">
              <input type="radio" value={role} className="size-4" {...register("role" as never)} />
              {texts.roleName(role)}
            </label>
          ))}
          {roleHelp}
          {roleErrorText}
        </fieldset>
      ) : (
        <div className="flex flex-col gap-1">
          <label htmlFor={id("role")} className="font-medium">
            {texts.role}
          </label>
          <select
            id={id("role")}
            className={`${inputClass} min-h-11 md:w-auto md:self-start`}
            aria-invalid={roleError ? true : undefined}
            aria-describedby={roleDescription}
            {...register("role" as never)}
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {texts.roleName(role)}
              </option>
            ))}
          </select>
          {roleHelp}
          {roleErrorText}
        </div>
      )}
      <NoticeText id={id("status")} notice={notice} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? texts.submitting : texts.submit}
      </Button>
    </form>
  );
}
