"use client";

import { useTranslations } from "next-intl";
import { inviteMember, revokeInvitation } from "../actions";
import { ConfirmButton, smallButton } from "./confirm-button";
import { TeamNoticeText } from "./team-notice";
import { useTeamAction } from "./use-team-action";

type Invitation = { id: number; email: string; role: "ORG_ADMIN" | "ORG_MEMBER" };

/** Send again (a new link replaces the old one) or withdraw an open invitation. */
export function InvitationActions({ organizationId, invitation }: { organizationId: number; invitation: Invitation }) {
  const t = useTranslations("Team");
  const { pending, notice, run } = useTeamAction();
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={smallButton}
          disabled={pending}
          aria-label={t("resendFor", { email: invitation.email })}
          onClick={() =>
            run(
              () => inviteMember(organizationId, { email: invitation.email, role: invitation.role }),
              (data) => t(data.mailStatus === "SENT" ? "invited" : data.mailStatus === "STORED" ? "invitedStored" : "invitedFailed", { email: invitation.email }),
            )
          }
        >
          {t("resend")}
        </button>
        <ConfirmButton
          label={t("revoke")}
          accessibleLabel={t("revokeFor", { email: invitation.email })}
          question={t("revokeFor", { email: invitation.email }) + "?"}
          disabled={pending}
          onConfirm={() => run(() => revokeInvitation(invitation.id), () => t("revoked"))}
        />
      </div>
      <TeamNoticeText notice={notice} />
    </div>
  );
}
