"use client";

import { useId, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { inputClass } from "@/components/ui/field";
import { NoticeText } from "@/components/ui/notice";
import { RowActions } from "./row-actions";
import { useActionRunner } from "@/components/ui/use-action-runner";
import type { ActionResult } from "@/lib/errors";

// One term (category, target group) in the admins' list: up/down among its siblings, edit (the
// term's own form below the row), delete (refused by the server while in use) and merge into another
// term. Read-only (editors) shows the row without any of these.

type Action = () => Promise<ActionResult<unknown>>;

export function TermRow({
  name,
  first,
  last,
  readOnly,
  className = "",
  summary,
  actions,
  mergeTargets,
  mergeLabels,
  editForm,
}: {
  name: string;
  first: boolean;
  last: boolean;
  readOnly: boolean;
  className?: string;
  /** The term's icon, name, details and usage links. */
  summary: ReactNode;
  actions: { move: (direction: "up" | "down") => Action; remove: Action; merge: (targetId: string) => Action };
  mergeTargets: { id: number; name: string }[];
  /** The vocabulary's own texts: "merge … into", "choose …" and the question naming what moves. */
  mergeLabels: { into: string; choose: string; question: string };
  /** The term's form; `close(message)` closes it and shows the save's message in the row. */
  editForm: (close: (message?: string) => void) => ReactNode;
}) {
  const t = useTranslations("TermSettings");
  const id = useId();
  const { pending, notice, run, setNotice } = useActionRunner();
  const [editing, setEditing] = useState(false);
  const [mergeTarget, setMergeTarget] = useState("");

  return (
    <li className={`flex flex-col gap-2 rounded border border-slate-300 p-3 ${className}`}>
      <div className="flex flex-wrap items-center gap-3">
        {summary}
        {readOnly ? null : (
          <RowActions
            namespace="TermSettings"
            name={name}
            first={first}
            last={last}
            pending={pending}
            editing={editing}
            editId={`${id}-edit`}
            onToggleEdit={() => setEditing((open) => !open)}
            onMove={(direction) => run(actions.move(direction))}
            onDelete={() => run(actions.remove)}
          />
        )}
      </div>
      {readOnly ? null : (
        <div className="flex flex-wrap items-end gap-2">
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-merge`} className="text-sm font-medium">
              {mergeLabels.into}
            </label>
            <select id={`${id}-merge`} value={mergeTarget} onChange={(e) => setMergeTarget(e.currentTarget.value)} className={inputClass}>
              <option value="">{mergeLabels.choose}</option>
              {mergeTargets.map((target) => (
                <option key={target.id} value={target.id}>
                  {target.name}
                </option>
              ))}
            </select>
          </div>
          <ConfirmButton
            label={t("merge")}
            accessibleLabel={t("mergeNamed", { name })}
            question={mergeLabels.question}
            confirmLabel={t("mergeConfirm")}
            cancelLabel={t("cancel")}
            disabled={pending || mergeTarget === ""}
            onConfirm={() => run(actions.merge(mergeTarget))}
          />
        </div>
      )}
      <NoticeText notice={notice} />
      {editing && !readOnly ? (
        <div id={`${id}-edit`} className="rounded border border-slate-200 bg-slate-50 p-3">
          {editForm((message) => {
            setEditing(false);
            if (message) setNotice({ kind: "success", text: message });
          })}
        </div>
      ) : null}
    </li>
  );
}
