"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";

export const smallButton = "rounded border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60";
export const dangerButton = "rounded border border-red-700 px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60";

/**
 * A button that asks before it acts: the question and "Yes"/"Cancel" replace it in place, so it
 * works on a phone without a modal; focus moves to the question's confirm button and back.
 */
export function ConfirmButton({
  label,
  accessibleLabel,
  question,
  onConfirm,
  disabled,
}: {
  label: string;
  accessibleLabel?: string;
  question: string;
  onConfirm: () => void;
  disabled?: boolean;
}) {
  const t = useTranslations("Team");
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={triggerRef} type="button" className={dangerButton} aria-label={accessibleLabel} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div role="group" aria-label={question} className="flex flex-col gap-2 rounded border border-red-300 bg-red-50 p-3">
      <p className="text-sm text-red-900">{question}</p>
      <div className="flex flex-wrap gap-2">
        <button
          ref={confirmRef}
          type="button"
          className="rounded bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800"
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {t("confirm")}
        </button>
        <button type="button" className={smallButton} onClick={() => setAsking(false)}>
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
