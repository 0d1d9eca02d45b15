"use client";

import { useState, useTransition } from "react";
import { useRouter } from "@/i18n/navigation";
import type { ActionResult } from "@/lib/errors";

export type TeamNotice = { kind: "success" | "error"; text: string } | null;

/**
 * Runs a team server action, shows its outcome and refreshes the server-rendered lists on success.
 * Failure texts come translated from the server.
 */
export function useTeamAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [notice, setNotice] = useState<TeamNotice>(null);

  function run<T>(action: () => Promise<ActionResult<T>>, successText: (data: T) => string, onSuccess?: () => void) {
    setNotice(null);
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setNotice({ kind: "success", text: successText(result.data) });
        onSuccess?.();
        router.refresh();
      } else {
        const fieldMessage = Object.values(result.fieldErrors).flat()[0];
        setNotice({ kind: "error", text: fieldMessage ?? result.message });
      }
    });
  }

  return { pending, notice, run, setNotice };
}
