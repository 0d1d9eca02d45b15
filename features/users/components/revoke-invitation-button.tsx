"use client";

import { useTranslations } from "next-intl";
import { revokeStaffInvitation } from "../actions";
import { noticeProps, useUserAction } from "./use-user-action";

/** Withdraws one open team invitation (its link stops working). */
export function RevokeStaffInvitationButton({ invitationId, email }: { invitationId: number; email: string }) {
  const t = useTranslations("Users.invite");
  const { pending, notice, run } = useUserAction();
  const props = noticeProps(notice);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={pending}
        onClick={() => run(() => revokeStaffInvitation(invitationId))}
        className="rounded border border-slate-400 px-2 py-1 text-sm text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-700 disabled:opacity-60"
      >
        {t("revoke")}
        <span className="sr-only">: {email}</span>
      </button>
      {props ? <span {...props}>{notice?.text}</span> : null}
    </span>
  );
}
