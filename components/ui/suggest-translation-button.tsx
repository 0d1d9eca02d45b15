"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/errors";
import { smallButtonClass } from "./button";
import { NoticeText, type Notice } from "./notice";

/**
 * "Vorschlag übersetzen" (issue 14): asks the server for a machine translation of the form's German
 * texts and hands the answer to `onFill`; a failure shows its translated message and changes nothing.
 */
export function SuggestTranslationButton<T>({
  language,
  suggest,
  onFill,
  disabled = false,
}: {
  language: string;
  suggest: () => Promise<ActionResult<T>>;
  onFill: (data: T) => void;
  disabled?: boolean;
}) {
  const t = useTranslations("MachineTranslation");
  const [pending, startTransition] = useTransition();
  const [notice, setNotice] = useState<Notice>(null);

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={smallButtonClass}
          disabled={disabled || pending}
          aria-label={t("buttonLabel", { language })}
          onClick={() => {
            setNotice(null);
            startTransition(async () => {
              const result = await suggest();
              if (result.ok) {
                onFill(result.data);
                setNotice({ kind: "success", text: t("filled") });
              } else {
                setNotice({ kind: "error", text: Object.values(result.fieldErrors).flat()[0] ?? result.message });
              }
            });
          }}
        >
          {pending ? t("working") : t("button")}
        </button>
        <p className="text-sm text-slate-700">{t("privacy")}</p>
      </div>
      <NoticeText notice={notice} plain />
    </div>
  );
}
