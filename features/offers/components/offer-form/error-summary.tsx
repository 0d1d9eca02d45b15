"use client";

import { useEffect, useRef } from "react";
import { revealInTabs } from "@/components/ui/form-tabs";

export type SummaryItem = { id: string; label: string; message: string };

/**
 * The list of problems at the top of the form after a failed submit, each linking to its field.
 * It takes the focus, so screen-reader and keyboard users land on it.
 */
export function ErrorSummary({ items, message, title }: { items: SummaryItem[]; message: string | null; title: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const visible = items.length > 0 || Boolean(message);
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, items, message]);
  if (!visible) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="offer-error-summary-title"
      className="rounded border-2 border-red-700 bg-red-50 px-4 py-3 text-red-900"
    >
      <h2 id="offer-error-summary-title" className="font-semibold">
        {message ?? title}
      </h2>
      {items.length > 0 ? (
        <ul className="mt-2 list-disc ps-5">
          {items.map((item) => (
            <li key={`${item.id}-${item.message}`}>
              <a
                href={`#${item.id}`}
                className="underline"
                onClick={(event) => {
                  const target = document.getElementById(item.id);
                  if (!target) return;
                  event.preventDefault();
                  revealInTabs(target);
                  const focusable = target.matches("input, select, textarea, button")
                    ? target
                    : target.querySelector<HTMLElement>("input, select, textarea, button");
                  (focusable ?? target).focus();
                  target.scrollIntoView({ block: "center" });
                }}
              >
                {item.label ? `${item.label}: ` : null}
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
