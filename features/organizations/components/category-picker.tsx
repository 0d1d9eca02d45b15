"use client";

import { useController, useFormContext } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { CategoryOption } from "@/features/settings/categories";
import type { ProfileFormValues } from "../schemas";
import { FieldError, useErrorText } from "./profile-fields";

/** The two-level category tree as nested checkboxes. */
export function CategoryPicker({ categories }: { categories: CategoryOption[] }) {
  const t = useTranslations("ProfileForm");
  const errorText = useErrorText();
  const { control } = useFormContext<ProfileFormValues>();
  const {
    field: { value, onChange },
    fieldState: { error },
  } = useController({ control, name: "categoryIds" });
  const selected = new Set(value);
  const message = errorText(error?.message ?? error?.root?.message);

  function toggle(id: number, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(id);
    else next.delete(id);
    onChange([...next]);
  }

  const checkbox = (id: number, name: string, strong: boolean) => (
    <label className={`flex items-start gap-2 py-1 ${strong ? "font-semibold" : ""}`}>
      <input type="checkbox" className="mt-1 size-4" checked={selected.has(id)} onChange={(e) => toggle(id, e.target.checked)} />
      <span>{name}</span>
    </label>
  );

  return (
    <fieldset aria-describedby={message ? "profile-categoryIds-error" : "profile-categoryIds-hint"} className="flex flex-col gap-2">
      <legend className="sr-only">{t("sectionCategories")}</legend>
      <p id="profile-categoryIds-hint" className="text-sm text-slate-700">
        {t("categoriesHint")}
      </p>
      <ul className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
        {categories.map((root) => (
          <li key={root.id}>
            {checkbox(root.id, root.name, true)}
            {root.children.length > 0 ? (
              <ul className="ms-6">
                {root.children.map((child) => (
                  <li key={child.id}>{checkbox(child.id, child.name, false)}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      <FieldError id="profile-categoryIds-error" message={message} />
    </fieldset>
  );
}
