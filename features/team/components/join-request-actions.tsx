"use client";

import { useTranslations } from "next-intl";
import { decideJoinRequest } from "../actions";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { NoticeText } from "@/components/ui/notice";
import { useActionRunner } from "@/components/ui/use-action-runner";

/** Accept (→ member) or decline a request to join. */
export function JoinRequestActions({ joinRequestId, name }: { joinRequestId: number; name: string }) {
  const t = useTranslations("Team");
  const { pending, notice, run } = useActionRunner();
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          className="bg-brand-700 text-white hover:bg-brand-800"
          disabled={pending}
          aria-label={t("approveFor", { name })}
          onClick={() => run(() => decideJoinRequest(joinRequestId, "approve"), { successText: () => t("approved", { name }) })}
        >
          {t("approve")}
        </Button>
        <ConfirmButton
          confirmLabel={t("confirm")}
          cancelLabel={t("cancel")}
          label={t("decline")}
          accessibleLabel={t("declineFor", { name })}
          question={t("declineFor", { name }) + "?"}
          disabled={pending}
          onConfirm={() => run(() => decideJoinRequest(joinRequestId, "decline"), { successText: () => t("declined") })}
        />
      </div>
      <NoticeText plain notice={notice} />
    </div>
  );
}
