"use client";

import { useEffect, useRef, type ReactNode } from "react";

/** Moves keyboard and screen-reader focus to its content when it appears (e.g. a confirmation). */
export function FocusOnMount({ children, className, labelledBy }: { children: ReactNode; className?: string; labelledBy?: string }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section ref={ref} tabIndex={-1} aria-labelledby={labelledBy} className={className}>
      {children}
    </section>
  );
}
