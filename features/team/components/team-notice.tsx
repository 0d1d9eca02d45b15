"use client";

import type { TeamNotice } from "./use-team-action";

/** Outcome of a team action: success politely announced, errors as alerts. */
export function TeamNoticeText({ notice }: { notice: TeamNotice }) {
  return (
    <>
      <div role="status" className="empty:hidden">
        {notice?.kind === "success" ? <p className="text-sm text-green-900">{notice.text}</p> : null}
      </div>
      <div role="alert" className="empty:hidden">
        {notice?.kind === "error" ? <p className="text-sm text-red-800">{notice.text}</p> : null}
      </div>
    </>
  );
}
