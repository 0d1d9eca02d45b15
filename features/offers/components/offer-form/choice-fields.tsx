"use client";

import { useMemo, useState, useSyncExternalStore } from "react";
import { useController, useFormContext } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import type { OfferFormState } from "@/features/offers/form-values";
import { ALL_LANGUAGE_CODES, COMMON_LANGUAGES } from "@/features/offers/languages";
import type { CategoryOption } from "@/features/settings/categories";
import { FieldError, fieldId, inputClass, smallButtonClass, useFieldError } from "./fields";

export type Option = { id: number; name: string };

function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? (list.includes(value) ? list : [...list, value]) : list.filter((v) => v !== value);
}

/** Categories as a two-level tree: one group per main category, its sub-categories inside. */
export function CategoriesField({ categories }: { categories: CategoryOption[] }) {
  const t = useTranslations("OfferForm");
  const { control } = useFormContext<OfferFormState>();
  const { field } = useController({ control, name: "categoryIds" });
  const selected = field.value ?? [];
  const error = useFieldError("categoryIds");
  const id = fieldId("categoryIds");
  const box = (optionId: number, label: string, strong = false) => (
    <div key={optionId} className="flex items-start gap-2">
      <input
        id={`${id}-${optionId}`}
        type="checkbox"
        className="mt-1 size-5 shrink-0"
        checked={selected.includes(optionId)}
        onChange={(e) => field.onChange(toggle(selected, optionId, e.target.checked))}
      />
      <label htmlFor={`${id}-${optionId}`} className={strong ? "font-medium" : undefined}>
        {label}
      </label>
    </div>
  );
  return (
    <fieldset
      id={id}
      className="flex flex-col gap-2"
      aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ")}
    >
      <legend className="mb-1 font-medium">{t("basics.categories")}</legend>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {t("basics.categoriesHint")}
      </p>
      <FieldError name="categoryIds" />
      <div className="grid gap-3 sm:grid-cols-2">
        {categories.map((root) => (
          <div key={root.id} className="flex flex-col gap-1 rounded border border-slate-200 p-3">
            {box(root.id, root.name, true)}
            {root.children.length > 0 ? (
              <div className="flex flex-col gap-1 ps-6">{root.children.map((child) => box(child.id, child.name))}</div>
            ) : null}
          </div>
        ))}
      </div>
    </fieldset>
  );
}

export function TargetGroupsField({ targetGroups }: { targetGroups: Option[] }) {
  const t = useTranslations("OfferForm");
  const { control } = useFormContext<OfferFormState>();
  const { field } = useController({ control, name: "targetGroupIds" });
  const selected = field.value ?? [];
  const id = fieldId("targetGroupIds");
  return (
    <fieldset id={id} className="flex flex-col gap-2">
      <legend className="mb-1 font-medium">{t("who.targetGroups")}</legend>
      <div className="flex flex-wrap gap-x-5 gap-y-2">
        {targetGroups.map((group) => (
          <div key={group.id} className="flex items-center gap-2">
            <input
              id={`${id}-${group.id}`}
              type="checkbox"
              className="size-5"
              checked={selected.includes(group.id)}
              onChange={(e) => field.onChange(toggle(selected, group.id, e.target.checked))}
            />
            <label htmlFor={`${id}-${group.id}`}>{group.name}</label>
          </div>
        ))}
      </div>
      <FieldError name="targetGroupIds" />
    </fieldset>
  );
}

const noSubscription = () => () => {};

/** Common languages as checkboxes (named in the reader's language), any other one from a list. */
export function LanguagesField() {
  const t = useTranslations("OfferForm");
  const locale = useLocale();
  const { control } = useFormContext<OfferFormState>();
  const { field } = useController({ control, name: "languages" });
  const selected = field.value ?? [];
  const [other, setOther] = useState("");
  const names = useMemo(() => new Intl.DisplayNames([locale], { type: "language" }), [locale]);
  // The long list is named by the browser only: server and browser ICU data name rare languages differently.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const name = (code: string) => names.of(code) ?? code;
  const shown = [...COMMON_LANGUAGES, ...selected.filter((code) => !(COMMON_LANGUAGES as readonly string[]).includes(code))];
  const others = useMemo(
    () =>
      ALL_LANGUAGE_CODES.filter((code) => !(COMMON_LANGUAGES as readonly string[]).includes(code))
        .map((code) => ({ code, name: names.of(code) ?? code }))
        .sort((a, b) => a.name.localeCompare(b.name, locale)),
    [names, locale],
  );
  const id = fieldId("languages");
  return (
    <fieldset id={id} className="flex flex-col gap-2">
      <legend className="mb-1 font-medium">{t("who.languages")}</legend>
      <div className="grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-3">
        {shown.map((code) => (
          <div key={code} className="flex items-center gap-2">
            <input
              id={`${id}-${code}`}
              type="checkbox"
              className="size-5"
              checked={selected.includes(code)}
              onChange={(e) => field.onChange(toggle(selected, code, e.target.checked))}
            />
            <label htmlFor={`${id}-${code}`} lang={code}>
              {name(code)}
            </label>
          </div>
        ))}
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-other`} className="text-sm font-medium">
            {t("who.otherLanguage")}
          </label>
          <select id={`${id}-other`} value={other} onChange={(e) => setOther(e.target.value)} className={`${inputClass} w-56`}>
            <option value="">{t("who.chooseLanguage")}</option>
            {(hydrated ? others : []).map((o) => (
              <option key={o.code} value={o.code}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className={smallButtonClass}
          disabled={!other}
          onClick={() => {
            field.onChange(toggle(selected, other, true));
            setOther("");
          }}
        >
          {t("who.addLanguage")}
        </button>
      </div>
      <FieldError name="languages" />
    </fieldset>
  );
}
