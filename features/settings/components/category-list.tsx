"use client";

import { useId, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CategoryIcon } from "@/components/ui/category-icons";
import { smallButtonClass } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { inputClass } from "@/components/ui/field";
import { NoticeText } from "@/components/ui/notice";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { Link } from "@/i18n/navigation";
import { deleteCategoryAction, mergeCategoryAction, moveCategoryAction } from "../category-actions";
import type { AdminCategory } from "../category-queries";
import { CategoryForm } from "./category-form";

function displayName(category: AdminCategory, locale: string): string {
  return category.names[locale as keyof AdminCategory["names"]] ?? category.names.de ?? category.slug;
}

/**
 * The category tree for admins: each category with its icon, usage (links to the public lists that
 * show the offers and providers), up/down buttons among its siblings, edit, delete (refused while in
 * use) and merge into another category.
 */
export function CategoryList({ categories }: { categories: AdminCategory[] }) {
  const locale = useLocale();
  const roots = categories.filter((c) => c.parentId === null).map((c) => ({ id: c.id, name: displayName(c, locale) }));
  return (
    <ul className="flex flex-col gap-2">
      {categories.map((category) => {
        const siblings = categories.filter((c) => c.parentId === category.parentId);
        const index = siblings.findIndex((c) => c.id === category.id);
        return (
          <CategoryRow
            key={category.id}
            category={category}
            name={displayName(category, locale)}
            first={index === 0}
            last={index === siblings.length - 1}
            roots={roots}
            mergeTargets={categories
              .filter((c) => c.id !== category.id && c.parentId !== category.id)
              .map((c) => ({ id: c.id, name: c.parentId === null ? displayName(c, locale) : `– ${displayName(c, locale)}` }))}
          />
        );
      })}
    </ul>
  );
}

function CategoryRow({
  category,
  name,
  first,
  last,
  roots,
  mergeTargets,
}: {
  category: AdminCategory;
  name: string;
  first: boolean;
  last: boolean;
  roots: { id: number; name: string }[];
  mergeTargets: { id: number; name: string }[];
}) {
  const t = useTranslations("Vocabulary");
  const id = useId();
  const { pending, notice, run } = useActionRunner();
  const [editing, setEditing] = useState(false);
  const [mergeTarget, setMergeTarget] = useState("");
  const { offers, providers, children } = category.usage;

  return (
    <li className={`flex flex-col gap-2 rounded border border-slate-300 p-3 ${category.parentId !== null ? "ms-6 sm:ms-10" : ""}`}>
      <div className="flex flex-wrap items-center gap-3">
        <span
          aria-hidden="true"
          className="flex size-9 shrink-0 items-center justify-center rounded-full border border-slate-300"
          style={category.color ? { borderColor: category.color, color: category.color } : undefined}
        >
          <CategoryIcon name={category.icon} className="size-5" fallback={name.charAt(0)} />
        </span>
        <div className="flex min-w-0 flex-1 flex-col">
          <span className="font-semibold">{name}</span>
          <span className="text-sm text-slate-700">
            <Link href={{ pathname: "/offers", query: { kategorie: category.slug } }} className="underline">
              {t("usageOffers", { count: offers })}
            </Link>
            {" · "}
            <Link href={{ pathname: "/providers", query: { kategorie: category.slug } }} className="underline">
              {t("usageProviders", { count: providers })}
            </Link>
            {category.parentId === null ? <> · {t("usageChildren", { count: children })}</> : null}
          </span>
        </div>
        <div className="flex flex-wrap gap-1">
          <button
            type="button"
            className={smallButtonClass}
            disabled={first || pending}
            onClick={() => run(() => moveCategoryAction(category.id, "up"))}
            aria-label={t("moveUp", { name })}
          >
            ↑
          </button>
          <button
            type="button"
            className={smallButtonClass}
            disabled={last || pending}
            onClick={() => run(() => moveCategoryAction(category.id, "down"))}
            aria-label={t("moveDown", { name })}
          >
            ↓
          </button>
          <button
            type="button"
            className={smallButtonClass}
            aria-expanded={editing}
            aria-controls={`${id}-edit`}
            onClick={() => setEditing((open) => !open)}
          >
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
            onConfirm={() => run(() => deleteCategoryAction(category.id))}
          />
        </div>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-merge`} className="text-sm font-medium">
            {t("mergeInto", { name })}
          </label>
          <select id={`${id}-merge`} value={mergeTarget} onChange={(e) => setMergeTarget(e.currentTarget.value)} className={inputClass}>
            <option value="">{t("mergeChoose")}</option>
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
          question={t("mergeQuestion", { name, offers, providers })}
          confirmLabel={t("mergeConfirm")}
          cancelLabel={t("cancel")}
          disabled={pending || mergeTarget === ""}
          onConfirm={() => run(() => mergeCategoryAction(category.id, mergeTarget))}
        />
      </div>
      <NoticeText notice={notice} />
      {editing ? (
        <div id={`${id}-edit`} className="rounded border border-slate-200 bg-slate-50 p-3">
          <CategoryForm category={category} roots={roots} onDone={() => setEditing(false)} />
        </div>
      ) : null}
    </li>
  );
}
