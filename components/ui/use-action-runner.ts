"use client";

import { useState, useTransition } from "react";
import { useRouter } from "@/i18n/navigation";
import type { ActionResult } from "@/lib/errors";
import type { Notice } from "./notice";

/**
 * Runs a server action from a button, keeps its outcome as a Notice and refreshes the
 * server-rendered page on success. Failure texts arrive translated from the server (the first
 * field error, else the message); the success text is the server's message unless `successText`
 * says otherwise.
 */
export function useActionRunner() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [notice, setNotice] = useState<Notice>(null);

  function run<T>(action: () => Promise<ActionResult<T>>, options: { successText?: (data: T) => string; onSuccess?: () => void } = {}) {
    setNotice(null);
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setNotice({ kind: "success", text: options.successText ? options.successText(result.data) : (result.message ?? "") });
        options.onSuccess?.();
        router.refresh();
      } else {
        const fieldMessage = Object.values(result.fieldErrors).flat()[0];
        setNotice({ kind: "error", text: fieldMessage ?? result.message });
      }
    });
  }

  return { pending, notice, run, setNotice };
}
