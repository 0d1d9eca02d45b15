"use client";

import { useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/field";
import { saveTargetGroupAction } from "../target-group-actions";
import type { AdminTargetGroup } from "../target-group-queries";
import { AGE_MAX, AGE_MIN } from "../target-group-schemas";
import { TermFormFooter, TermNamesFieldset, useTermForm } from "./term-form-parts";

/** Creates a target group or edits one: a name per language (German required) and an optional age range. */
export function TargetGroupForm({ targetGroup, onDone }: { targetGroup: AdminTargetGroup | null; onDone?: (message?: string) => void }) {
  const t = useTranslations("TargetGroupSettings");
  const form = useTermForm(saveTargetGroupAction, { isNew: !targetGroup, onDone });
  const { id, formKey, formAction, aria, fieldError, submit } = form;
  return (
    <form key={formKey} action={formAction} onSubmit={submit} noValidate className="flex flex-col gap-4">
      {targetGroup ? <input type="hidden" name="id" value={targetGroup.id} /> : null}
      <TermNamesFieldset form={form} names={targetGroup?.names ?? {}} hint={t("namesHint")} />
      <fieldset className="flex flex-col gap-2" aria-describedby={`${id}-age-hint`}>
        <legend className="font-medium">{t("ageRange")}</legend>
        <div className="flex flex-wrap gap-3">
          {(["ageMin", "ageMax"] as const).map((field) => (
            <div key={field} className="flex flex-col gap-1">
              <label htmlFor={`${id}-${field}`} className="text-sm font-medium">
                {t(field)}
              </label>
              <input
                id={`${id}-${field}`}
                name={field}
                type="number"
                inputMode="numeric"
                min={AGE_MIN}
                max={AGE_MAX}
                step={1}
                defaultValue={targetGroup?.[field] ?? ""}
                className={`${inputClass} w-28`}
                {...aria(field)}
              />
              {fieldError(field)}
            </div>
          ))}
        </div>
        <p id={`${id}-age-hint`} className="text-sm text-slate-700">
          {t("ageHint", { min: AGE_MIN, max: AGE_MAX })}
        </p>
      </fieldset>
      <TermFormFooter form={form} label={targetGroup ? t("save") : t("create")} />
    </form>
  );
}
