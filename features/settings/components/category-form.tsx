"use client";

import { startTransition, useActionState, useId, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { CATEGORY_ICON_NAMES, CategoryIcon, categoryIcon } from "@/components/ui/category-icons";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useRouter } from "@/i18n/navigation";
import type { ActionResult } from "@/lib/errors";
import { saveCategoryAction } from "../category-actions";
import { CATEGORY_LOCALES, CATEGORY_NAME_MAX } from "../category-schemas";
import type { AdminCategory } from "../category-queries";

type State = ActionResult<{ id: number | null }> | null;

const LOCALE_NAMES: Record<(typeof CATEGORY_LOCALES)[number], string> = {
  de: "Deutsch",
  en: "English",
  tr: "Türkçe",
  ar: "العربية",
  uk: "Українська",
  ru: "Русский",
};

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
  onDone?: () => void;
}) {
  const t = useTranslations("Vocabulary");
  const router = useRouter();
  const id = useId();
  const [icon, setIcon] = useState<string>(category?.icon && categoryIcon(category.icon) ? category.icon : "");
  const [formKey, setFormKey] = useState(0);
  const [state, formAction, pending] = useActionState<State, FormData>(async (previous, data) => {
    const result = await saveCategoryAction(previous, data);
    if (result.ok) {
      router.refresh();
      if (!category) {
        // A new, empty form for the next category.
        setFormKey((k) => k + 1);
        setIcon("");
      }
      onDone?.();
    }
    return result;
  }, null);

  const errorOf = (field: string) => (state && !state.ok ? state.fieldErrors[field]?.[0] : undefined);
  const errorId = (field: string) => `${id}-${field.replace(".", "-")}-error`;
  const aria = (field: string) => ({
    "aria-invalid": errorOf(field) ? true : undefined,
    "aria-describedby": errorOf(field) ? errorId(field) : undefined,
  });
  const fieldError = (field: string) =>
    errorOf(field) ? (
      <p id={errorId(field)} className="text-sm font-medium text-red-800">
        {errorOf(field)}
      </p>
    ) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

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

      <fieldset className="flex flex-col gap-3">
        <legend className="font-medium">{t("names")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {CATEGORY_LOCALES.map((locale) => (
            <div key={locale} className="flex flex-col gap-1">
              <label htmlFor={`${id}-name-${locale}`} className="text-sm font-medium">
                {locale === "de" ? t("nameRequired", { language: LOCALE_NAMES[locale] }) : LOCALE_NAMES[locale]}
              </label>
              <input
                id={`${id}-name-${locale}`}
                name={`name.${locale}`}
                lang={locale}
                dir={locale === "ar" ? "rtl" : undefined}
                maxLength={CATEGORY_NAME_MAX}
                defaultValue={category?.names[locale] ?? ""}
                className={inputClass}
                {...aria(`names.${locale}`)}
              />
              {fieldError(`names.${locale}`)}
            </div>
          ))}
        </div>
        <p className="text-sm text-slate-700">{t("namesHint")}</p>
      </fieldset>

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

      <div className="flex flex-col gap-2">
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? t("saving") : category ? t("save") : t("create")}
        </button>
        <div role="status" aria-live="polite">
          {state?.ok && state.message ? (
            <p className="rounded border border-green-600 bg-green-50 px-3 py-2 text-green-900">{state.message}</p>
          ) : null}
        </div>
        <div role="alert">
          {state && !state.ok ? <p className="rounded border border-red-600 bg-red-50 px-3 py-2 text-red-900">{state.message}</p> : null}
        </div>
      </div>
    </form>
  );
}
