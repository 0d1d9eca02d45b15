"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { TextField } from "@/features/accounts/components/form-parts";
import { useRouter } from "@/i18n/navigation";
import { inviteMember } from "../actions";
import { InviteSchema, ORG_ROLES, type InviteInput } from "../schemas";

/** Invite someone by e-mail as member or admin. */
export function InviteForm({ organizationId }: { organizationId: number }) {
  const t = useTranslations("Team");
  const router = useRouter();
  const [notice, setNotice] = useState<{ kind: "success" | "error"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<InviteInput>({ resolver: zodResolver(InviteSchema), defaultValues: { email: "", role: "ORG_MEMBER" } });

  const errorText = (message: string | undefined) => {
    if (!message) return undefined;
    const key = `errors.${message}`;
    return t.has(key as never) ? t(key as never) : message;
  };

  async function onSubmit(values: InviteInput) {
    setNotice(null);
    const result = await inviteMember(organizationId, values);
    if (result.ok) {
      const text = result.data.mailStatus === "SENT" ? "invited" : result.data.mailStatus === "STORED" ? "invitedStored" : "invitedFailed";
      setNotice({ kind: result.data.mailStatus === "FAILED" ? "error" : "success", text: t(text, { email: values.email.trim().toLowerCase() }) });
      reset({ email: "", role: values.role });
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors)) {
      if (field === "email" || field === "role") setError(field, { type: "server", message: messages[0] }, { shouldFocus: true });
    }
    setNotice({ kind: "error", text: result.message });
  }

  const emailError = errorText(errors.email?.message);
  const roleError = errorText(errors.role?.message);

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="flex flex-col gap-4">
      <p className="text-sm text-slate-700">{t("inviteIntro")}</p>
      <TextField id="invite-email" type="email" label={t("inviteEmail")} autoComplete="off" error={emailError} registration={register("email")} />
      <fieldset className="flex flex-col gap-1" aria-describedby={roleError ? "invite-role-error invite-role-help" : "invite-role-help"}>
        <legend className="font-medium">{t("inviteRole")}</legend>
        {ORG_ROLES.map((role) => (
          <label key={role} className="flex items-center gap-2">
            <input type="radio" value={role} className="size-4" {...register("role")} />
            {t(`role${role}`)}
          </label>
        ))}
        <p id="invite-role-help" className="text-sm text-slate-700">
          {t("roleHelp")}
        </p>
        {roleError ? (
          <p id="invite-role-error" className="text-sm text-red-800">
            {roleError}
          </p>
        ) : null}
      </fieldset>
      <div role="status" className="empty:hidden">
        {notice?.kind === "success" ? <p className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">{notice.text}</p> : null}
      </div>
      <div role="alert" className="empty:hidden">
        {notice?.kind === "error" ? <p className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">{notice.text}</p> : null}
      </div>
      <div>
        <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
          {isSubmitting ? t("inviting") : t("invite")}
        </button>
      </div>
    </form>
  );
}
