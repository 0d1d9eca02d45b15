"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import type { GlobalRole } from "@/generated/prisma/enums";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { NoticeText } from "@/components/ui/notice";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { changeGlobalRole, disableUser, enableUser, sendPasswordReset } from "../actions";
import { GLOBAL_ROLES } from "../schemas";

/** Admins pick another global role for someone else. */
export function GlobalRoleForm({ userId, role }: { userId: number; role: GlobalRole }) {
  const t = useTranslations("Users");
  const id = useId();
  const [value, setValue] = useState<GlobalRole>(role);
  const { pending, notice, run } = useActionRunner();
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        run(() => changeGlobalRole(userId, { role: value }));
      }}
    >
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-role`} className="font-medium">
            {t("actions.roleLabel")}
          </label>
          <select
            id={`${id}-role`}
            value={value}
            onChange={(event) => setValue(event.target.value as GlobalRole)}
            className="min-h-11 rounded border border-slate-400 px-3"
          >
            {GLOBAL_ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`roles.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 self-start rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 disabled:opacity-60 sm:self-auto"
        >
          {pending ? t("actions.pending") : t("actions.roleSubmit")}
        </button>
      </div>
      <NoticeText notice={notice} />
    </form>
  );
}

/** Disable / re-enable (asks first before disabling). */
export function AccessToggle({ userId, name, disabled }: { userId: number; name: string; disabled: boolean }) {
  const t = useTranslations("Users");
  const tTeam = useTranslations("Team"); // confirm/cancel of the shared ConfirmButton
  const { pending, notice, run } = useActionRunner();
  return (
    <div className="flex flex-col gap-2">
      {disabled ? (
        <Button variant="secondary" className="min-h-11 self-start" disabled={pending} onClick={() => run(() => enableUser(userId))}>
          {t("actions.enable")}
        </Button>
      ) : (
        <div className="self-start">
          <ConfirmButton
            confirmLabel={tTeam("confirm")}
            cancelLabel={tTeam("cancel")}
            label={t("actions.disable")}
            question={t("actions.disableConfirm", { name })}
            disabled={pending}
            onConfirm={() => run(() => disableUser(userId))}
          />
        </div>
      )}
      <NoticeText notice={notice} />
    </div>
  );
}

/** Mails the person a link to set a new password themselves. */
export function PasswordResetButton({ userId }: { userId: number }) {
  const t = useTranslations("Users");
  const { pending, notice, run } = useActionRunner();
  return (
    <div className="flex flex-col gap-2">
      <p id={`reset-hint-${userId}`} className="text-sm text-slate-700">
        {t("actions.resetHint")}
      </p>
      <Button
        aria-describedby={`reset-hint-${userId}`}
        variant="secondary"
        className="min-h-11 self-start"
        disabled={pending}
        onClick={() => run(() => sendPasswordReset(userId))}
      >
        {pending ? t("actions.pending") : t("actions.reset")}
      </Button>
      <NoticeText notice={notice} />
    </div>
  );
}
