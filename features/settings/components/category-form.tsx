"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { CATEGORY_ICON_NAMES, CategoryIcon, categoryIcon } from "@/components/ui/category-icons";
import { inputClass } from "@/components/ui/field";
import { saveCategoryAction } from "../category-actions";
import type { AdminCategory } from "../category-queries";
import { TermFormFooter, TermNamesFieldset, useTermForm } from "./term-form-parts";

/**
 * Creates a category or edits one: parent (none = a root), a name per language (German required),
 * colour and icon. The icon choice is a radio group: arrow keys move through the icons.
 */
export function CategoryForm({
  category,
  roots,
  onDone,
}: {
  category: AdminCategory | null;
  roots: { id: number; name: string }[];
  onDone?: (message?: string) => void;
}) {
  const t = useTranslations("Vocabulary");
  const [icon, setIcon] = useState<string>(category?.icon && categoryIcon(category.icon) ? category.icon : "");
  const form = useTermForm(saveCategoryAction, { isNew: !category, onSaved: () => setIcon(""), onDone });
  const { id, formKey, formAction, aria, fieldError, submit } = form;

  const isRootWithChildren = category !== null && category.usage.children > 0;

  return (
    <form key={formKey} action={formAction} onSubmit={submit} noValidate className="flex flex-col gap-4">
      {category ? <input type="hidden" name="id" value={category.id} /> : null}
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-parent`} className="font-medium">
          {t("parent")}
        </label>
        <select
          id={`${id}-parent`}
          name="parentId"
          defaultValue={category?.parentId ?? ""}
          disabled={isRootWithChildren}
          className={inputClass}
          {...aria("parentId")}
        >
          <option value="">{t("noParent")}</option>
          {roots
            .filter((root) => root.id !== category?.id)
            .map((root) => (
              <option key={root.id} value={root.id}>
                {root.name}
              </option>
            ))}
        </select>
        {isRootWithChildren ? (
          <>
            <input type="hidden" name="parentId" value="" />
            <p className="text-sm text-slate-700">{t("parentLocked")}</p>
          </>
        ) : null}
        {fieldError("parentId")}
      </div>

      <TermNamesFieldset form={form} names={category?.names ?? {}} hint={t("namesHint")} />

      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-color`} className="font-medium">
          {t("color")}
        </label>
        <input
          id={`${id}-color`}
          name="color"
          type="color"
          defaultValue={category?.color ?? "#1e40af"}
          className="h-11 w-16 cursor-pointer rounded border border-slate-400 bg-white p-1"
          {...aria("color")}
        />
        {fieldError("color")}
      </div>

      <fieldset className="flex flex-col gap-2" {...aria("icon")}>
        <legend className="font-medium">{t("icon")}</legend>
        <div role="radiogroup" aria-label={t("icon")} className="flex flex-wrap gap-1">
          <label className="flex h-11 min-w-11 cursor-pointer items-center justify-center rounded border border-slate-300 px-2 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-600">
            <input type="radio" name="icon" value="" checked={icon === ""} onChange={() => setIcon("")} className="sr-only" />
            {t("noIcon")}
          </label>
          {CATEGORY_ICON_NAMES.map((name) => {
            return (
              <label
                key={name}
                title={name}
                className="flex size-11 cursor-pointer items-center justify-center rounded border border-slate-300 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-600"
              >
                <input type="radio" name="icon" value={name} checked={icon === name} onChange={() => setIcon(name)} className="sr-only" />
                <CategoryIcon name={name} className="size-6" />
                <span className="sr-only">{t("iconName", { name })}</span>
              </label>
            );
          })}
        </div>
        {fieldError("icon")}
      </fieldset>

      <TermFormFooter form={form} label={category ? t("save") : t("create")} />
    </form>
  );
}
