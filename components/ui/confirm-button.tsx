"use client";

import { useEffect, useRef, useState } from "react";
import { dangerButtonClass, smallButtonClass } from "./button";

/**
 * A button that asks before it acts: the question and confirm/cancel replace it in place, so it
 * works on a phone without a modal; focus moves to the question's confirm button and back.
 */
export function ConfirmButton({
  label,
  accessibleLabel,
  question,
  confirmLabel,
  cancelLabel,
  onConfirm,
  disabled,
}: {
  label: string;
  accessibleLabel?: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
}) {
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
      <button
        ref={triggerRef}
        type="button"
        className={dangerButtonClass}
        aria-label={accessibleLabel}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
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
          {confirmLabel}
        </button>
        <button type="button" className={smallButtonClass} onClick={() => setAsking(false)}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
