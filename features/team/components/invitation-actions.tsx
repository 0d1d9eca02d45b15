"use client";

import { useTranslations } from "next-intl";
import { inviteMember, revokeInvitation } from "../actions";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { NoticeText } from "@/components/ui/notice";
import { useActionRunner } from "@/components/ui/use-action-runner";

type Invitation = { id: number; email: string; role: "ORG_ADMIN" | "ORG_MEMBER" };

/** Send again (a new link replaces the old one) or withdraw an open invitation. */
export function InvitationActions({ organizationId, invitation }: { organizationId: number; invitation: Invitation }) {
  const t = useTranslations("Team");
  const { pending, notice, run } = useActionRunner();
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          disabled={pending}
          aria-label={t("resendFor", { email: invitation.email })}
          onClick={() =>
            run(() => inviteMember(organizationId, { email: invitation.email, role: invitation.role }), {
              successText: (data) =>
                t(data.mailStatus === "SENT" ? "invited" : data.mailStatus === "STORED" ? "invitedStored" : "invitedFailed", {
                  email: invitation.email,
                }),
            })
          }
        >
          {t("resend")}
        </Button>
        <ConfirmButton
          confirmLabel={t("confirm")}
          cancelLabel={t("cancel")}
          label={t("revoke")}
          accessibleLabel={t("revokeFor", { email: invitation.email })}
          question={t("revokeFor", { email: invitation.email }) + "?"}
          disabled={pending}
          onConfirm={() => run(() => revokeInvitation(invitation.id), { successText: () => t("revoked") })}
        />
      </div>
      <NoticeText plain notice={notice} />
    </div>
  );
}
