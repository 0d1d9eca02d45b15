"use client";

import { useState } from "react";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { endAllSessionsAction } from "../actions";
import { Button } from "@/components/ui/button";
import { StatusMessage, type Notice } from "@/components/ui/notice";

/** "Log out everywhere": ends every session of the account, then this browser's too. */
export function EndAllSessionsForm({ loginPath }: { loginPath: string }) {
  const t = useTranslations("AccountSettings");
  const [status, setStatus] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);

  async function endAll() {
    setBusy(true);
    setStatus(null);
    const result = await endAllSessionsAction().catch(() => null);
    if (!result?.ok) {
      setStatus({ kind: "error", text: result?.message ?? t("endAllSessionsFailed") });
      setBusy(false);
      return;
    }
    await signOut({ redirect: false }).catch(() => undefined);
    window.location.assign(loginPath);
  }

  return (
    <div className="flex flex-col items-start gap-4">
      <p className="text-slate-700">{t("endAllSessionsIntro")}</p>
      <StatusMessage id="end-all-sessions-status" status={status} />
      <Button onClick={endAll} disabled={busy}>
        {busy ? t("endingAllSessions") : t("endAllSessions")}
      </Button>
    </div>
  );
}
