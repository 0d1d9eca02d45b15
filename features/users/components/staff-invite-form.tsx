"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { StatusMessage, TextField, buttonClass, type FormStatus } from "@/features/accounts/components/form-parts";
import { useRouter } from "@/i18n/navigation";
import { inviteStaff } from "../actions";
import { StaffInviteSchema, type StaffInviteInput, type StaffRole } from "../schemas";

/** Invite an editor, planner or admin by e-mail; `roles` are those the signed-in user may hand out. */
export function StaffInviteForm({ roles }: { roles: StaffRole[] }) {
  const t = useTranslations("Users");
  const router = useRouter();
  const [status, setStatus] = useState<FormStatus>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<StaffInviteInput>({ resolver: zodResolver(StaffInviteSchema), defaultValues: { email: "", role: roles.includes("PLANNER") ? "PLANNER" : roles[0] } });

  // Browser-side messages are short keys of Users.errors; server-side ones arrive translated.
  const errorText = (message: string | undefined) => {
    if (!message) return undefined;
    const key = `errors.${message}`;
    return t.has(key as never) ? t(key as never) : message;
  };

  async function onSubmit(values: StaffInviteInput) {
    setStatus(null);
    const result = await inviteStaff(values);
    if (result.ok) {
      setStatus({ kind: result.data.mailStatus === "FAILED" ? "error" : "success", text: result.message ?? "" });
      reset({ email: "", role: values.role });
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors)) {
      if (field === "email" || field === "role") setError(field, { type: "server", message: messages[0] }, { shouldFocus: true });
    }
    setStatus({ kind: "error", text: result.message });
  }

  const roleError = errorText(errors.role?.message);
  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="flex flex-col gap-4">
      <p className="text-sm text-slate-700">{t("invite.intro")}</p>
      <TextField id="staff-invite-email" type="email" label={t("invite.email")} autoComplete="off" maxLength={254} error={errorText(errors.email?.message)} registration={register("email")} />
      <div className="flex flex-col gap-1">
        <label htmlFor="staff-invite-role" className="font-medium">{t("invite.role")}</label>
        <select
          id="staff-invite-role"
          className="min-h-11 rounded border border-slate-400 px-3 md:self-start"
          aria-invalid={roleError ? true : undefined}
          aria-describedby={roleError ? "staff-invite-role-help staff-invite-role-error" : "staff-invite-role-help"}
          {...register("role")}
        >
          {roles.map((role) => (
            <option key={role} value={role}>{t(`roles.${role}`)}</option>
          ))}
        </select>
        <p id="staff-invite-role-help" className="text-sm text-slate-700">{t("invite.roleHelp")}</p>
        {roleError ? <p id="staff-invite-role-error" className="text-sm text-red-800">{roleError}</p> : null}
      </div>
      <StatusMessage id="staff-invite-status" status={status} />
      <button type="submit" disabled={isSubmitting} className={buttonClass}>
        {isSubmitting ? t("invite.submitting") : t("invite.submit")}
      </button>
    </form>
  );
}
