"use client";

import { useCallback, useEffect, useState } from "react";

// Keyboard and screen-reader care for editors with repeating rows (time windows, dates, exception
// days, opening hours): after a row is added, focus goes to its first field; after one is removed, to
// the first field of a neighbouring row (or the "add" button when none is left) — never to the body,
// and never to the next row's remove button, where a second Enter would delete another row. A polite
// live region says what happened.

/** `moveFocus(id, message)` after changing the rows; render `<LiveAnnouncement text={announcement} />` once. */
export function useListFocus(): { moveFocus: (targetId: string, message: string) => void; announcement: string } {
  const [target, setTarget] = useState<{ id: string; seq: number } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    // After the render that added or removed the row, so the target exists (and the old one is gone).
    if (target) document.getElementById(target.id)?.focus();
  }, [target]);
  const moveFocus = useCallback((id: string, message: string) => {
    setTarget((previous) => ({ id, seq: (previous?.seq ?? 0) + 1 }));
    setAnnouncement(message);
  }, []);
  return { moveFocus, announcement };
}

/** The always-present live region of a row editor (present before it speaks, so it is announced). */
export function LiveAnnouncement({ text }: { text: string }) {
  return (
    <p role="status" aria-live="polite" className="sr-only">
      {text}
    </p>
  );
}

/** Which row to focus after removing row `index` of `count`: the one that moves up into its place, else the one before; null when none is left. */
export function neighbourAfterRemoval(index: number, count: number): number | null {
  if (count <= 1) return null;
  return Math.min(index, count - 2);
}
