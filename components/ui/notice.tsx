"use client";

import type { ReactNode } from "react";

// The outcome of an action or form, announced to screen readers: success politely (role=status),
// failure at once (role=alert). Both regions exist before any text arrives, so assistive technology
// is listening when it does.

export type Notice = { kind: "success" | "error"; text: string } | null;

const BOX = {
  success: "rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900",
  error: "rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800",
};
const PLAIN = { success: "text-sm text-green-900", error: "text-sm text-red-800" };

export function NoticeText({ notice, id, plain = false }: { notice: Notice; id?: string; plain?: boolean }) {
  const style = plain ? PLAIN : BOX;
  return (
    <>
      <div role="status" id={notice?.kind === "success" ? id : undefined} className="empty:hidden">
        {notice?.kind === "success" ? <p className={style.success}>{notice.text}</p> : null}
      </div>
      <div role="alert" id={notice?.kind === "error" ? id : undefined} className="empty:hidden">
        {notice?.kind === "error" ? <p className={style.error}>{notice.text}</p> : null}
      </div>
    </>
  );
}

/** A form-level message that appears after submitting (role=status for success, role=alert for failure). */
export function FormMessage({ id, kind, children }: { id: string; kind: "success" | "error"; children: ReactNode }) {
  return (
    <div id={id} role={kind === "error" ? "alert" : "status"}>
      <p className={BOX[kind]}>{children}</p>
    </div>
  );
}

/** The form's notice as a FormMessage, or nothing. */
export function StatusMessage({ id, status }: { id: string; status: Notice }) {
  return status ? (
    <FormMessage id={id} kind={status.kind}>
      {status.text}
    </FormMessage>
  ) : null;
}
