"use client";

import { useState, useTransition } from "react";
import { useRouter } from "@/i18n/navigation";
import type { ActionResult } from "@/lib/errors";

export type UserActionNotice = { kind: "success" | "error"; text: string } | null;

/**
 * Runs a user-management action, shows its translated outcome (the server sends the text either
 * way) and refreshes the server-rendered page on success.
 */
export function useUserAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [notice, setNotice] = useState<UserActionNotice>(null);

  function run<T>(action: () => Promise<ActionResult<T>>, onSuccess?: () => void) {
    setNotice(null);
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setNotice({ kind: "success", text: result.message ?? "" });
        onSuccess?.();
        router.refresh();
      } else {
        const fieldMessage = Object.values(result.fieldErrors).flat()[0];
        setNotice({ kind: "error", text: fieldMessage ?? result.message });
      }
    });
  }

  return { pending, notice, run };
}

/** The outcome under a control: role=status for success, role=alert for failure. */
export function noticeProps(notice: UserActionNotice) {
  if (!notice) return null;
  return notice.kind === "success"
    ? { role: "status" as const, className: "rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900" }
    : { role: "alert" as const, className: "rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800" };
}
