"use client";

import { useTranslations } from "next-intl";
import { decideJoinRequest } from "../actions";
import { ConfirmButton, smallButton } from "./confirm-button";
import { TeamNoticeText } from "./team-notice";
import { useTeamAction } from "./use-team-action";

/** Accept (→ member) or decline a request to join. */
export function JoinRequestActions({ joinRequestId, name }: { joinRequestId: number; name: string }) {
  const t = useTranslations("Team");
  const { pending, notice, run } = useTeamAction();
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={`${smallButton} bg-brand-700 text-white hover:bg-brand-800`}
          disabled={pending}
          aria-label={t("approveFor", { name })}
          onClick={() => run(() => decideJoinRequest(joinRequestId, "approve"), () => t("approved", { name }))}
        >
          {t("approve")}
        </button>
        <ConfirmButton
          label={t("decline")}
          accessibleLabel={t("declineFor", { name })}
          question={t("declineFor", { name }) + "?"}
          disabled={pending}
          onConfirm={() => run(() => decideJoinRequest(joinRequestId, "decline"), () => t("declined"))}
        />
      </div>
      <TeamNoticeText notice={notice} />
    </div>
  );
}
