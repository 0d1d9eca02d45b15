"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { useTranslations } from "next-intl";
import { MAX_FACTS, type ProfileFormValues } from "../schemas";
import { buttonClass, FieldError, TextField, useErrorText } from "./profile-fields";

/** Facts and figures as label/value pairs: add, remove, move up and down (the order is kept). */
export function FactsEditor() {
  const t = useTranslations("ProfileForm");
  const errorText = useErrorText();
  const {
    control,
    formState: { errors },
  } = useFormContext<ProfileFormValues>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "facts" });

  return (
    <div className="flex flex-col gap-3">
      {fields.length === 0 ? <p className="text-sm text-slate-700">{t("noFacts")}</p> : null}
      <ol className="flex flex-col gap-3">
        {fields.map((field, index) => (
          <li key={field.id}>
            <fieldset className="flex flex-col gap-2 rounded border border-slate-200 p-3">
              <legend className="px-1 text-sm font-semibold">{t("factNumber", { number: index + 1 })}</legend>
              <div className="grid gap-2 sm:grid-cols-2">
                <TextField name={`facts.${index}.label`} label={t("factLabel")} maxLength={80} />
                <TextField name={`facts.${index}.value`} label={t("factValue")} maxLength={200} />
              </div>
              <div className="flex flex-wrap gap-2">
                <button
                  type="button"
                  className={buttonClass}
                  disabled={index === 0}
                  onClick={() => move(index, index - 1)}
                  aria-label={t("moveUp", { number: index + 1 })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className={buttonClass}
                  disabled={index === fields.length - 1}
                  onClick={() => move(index, index + 1)}
                  aria-label={t("moveDown", { number: index + 1 })}
                >
                  ↓
                </button>
                <button type="button" className={buttonClass} onClick={() => remove(index)}>
                  {t("removeFact", { number: index + 1 })}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <FieldError id="profile-facts-error" message={errorText(errors.facts?.message ?? errors.facts?.root?.message)} />
      {fields.length < MAX_FACTS ? (
        <div>
          <button type="button" className={buttonClass} onClick={() => append({ label: "", value: "" })}>
            + {t("addFact")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
