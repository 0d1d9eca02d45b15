"use client";

import { useTranslations } from "next-intl";
import { smallButtonClass } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";

/**
 * The admins' buttons of one settings list row (a category, target group or district): up/down in
 * the order, edit (opens the row's form, `editId`) and delete after a confirmation. Every button is
 * named after the row for screen readers. `namespace` holds the list's texts (moveUp, moveDown,
 * edit, delete, deleteNamed, deleteQuestion, deleteConfirm, cancel — each with `{name}` where named).
 */
export function RowActions({
  namespace,
  name,
  first,
  last,
  pending,
  editing,
  editId,
  onToggleEdit,
  onMove,
  onDelete,
}: {
  namespace: "TermSettings" | "DistrictSettings";
  name: string;
  first: boolean;
  last: boolean;
  pending: boolean;
  editing: boolean;
  editId: string;
  onToggleEdit: () => void;
  onMove: (direction: "up" | "down") => void;
  onDelete: () => void;
}) {
  const t = useTranslations(namespace) as unknown as (key: string, values?: Record<string, string>) => string;
  return (
    <div className="flex flex-wrap gap-1">
      <button
        type="button"
        className={smallButtonClass}
        disabled={first || pending}
        onClick={() => onMove("up")}
        aria-label={t("moveUp", { name })}
      >
        ↑
      </button>
      <button
        type="button"
        className={smallButtonClass}
        disabled={last || pending}
        onClick={() => onMove("down")}
        aria-label={t("moveDown", { name })}
      >
        ↓
      </button>
      <button type="button" className={smallButtonClass} aria-expanded={editing} aria-controls={editId} onClick={onToggleEdit}>
        {t("edit")}
        <span className="sr-only"> – {name}</span>
      </button>
      <ConfirmButton
        label={t("delete")}
        accessibleLabel={t("deleteNamed", { name })}
        question={t("deleteQuestion", { name })}
        confirmLabel={t("deleteConfirm")}
        cancelLabel={t("cancel")}
        disabled={pending}
        onConfirm={onDelete}
      />
    </div>
  );
}
