"use client";

import { useTranslations } from "next-intl";
import { revokeStaffInvitation } from "../actions";
import { NoticeText } from "@/components/ui/notice";
import { useActionRunner } from "@/components/ui/use-action-runner";

/** Withdraws one open team invitation (its link stops working). */
export function RevokeStaffInvitationButton({ invitationId, email }: { invitationId: number; email: string }) {
  const t = useTranslations("Users.invite");
  const { pending, notice, run } = useActionRunner();
  return (
    <div className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={pending}
        onClick={() => run(() => revokeStaffInvitation(invitationId))}
        className="rounded border border-slate-400 px-2 py-1 text-sm text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-700 disabled:opacity-60"
      >
        {t("revoke")}
        <span className="sr-only">: {email}</span>
      </button>
      <NoticeText plain notice={notice} />
    </div>
  );
}
