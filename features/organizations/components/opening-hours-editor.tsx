"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { useTranslations } from "next-intl";
import { timeToMinutes, minutesToTime, WEEKDAYS, type ProfileFormValues } from "../schemas";
import { buttonClass, FieldError, fieldId, inputClass, TextField, useErrorText } from "./profile-fields";

/** A suggestion for the next window of a day: after the last one, else a usual morning. */
function nextWindow(existing: { start: string; end: string }[]): { start: string; end: string } {
  const last = existing.at(-1);
  if (!last || !/^\d\d:\d\d$/.test(last.end)) return { start: "09:00", end: "12:00" };
  const start = Math.min(timeToMinutes(last.end) + 60, 22 * 60);
  return { start: minutesToTime(start), end: minutesToTime(Math.min(start + 180, 23 * 60 + 59)) };
}

/** Opening hours per weekday: any number of windows per day (or none = closed), plus a free note. */
export function OpeningHoursEditor() {
  const t = useTranslations("ProfileForm");
  const errorText = useErrorText();
  const {
    control,
    register,
    getValues,
    formState: { errors },
  } = useFormContext<ProfileFormValues>();
  const { fields, append, remove, replace } = useFieldArray({ control, name: "openingHours" });

  function copyMonday() {
    const current = getValues("openingHours");
    const monday = current.filter((w) => w.weekday === 1);
    const kept = current.filter((w) => w.weekday === 1 || w.weekday > 5);
    replace([...kept, ...[2, 3, 4, 5].flatMap((weekday) => monday.map((w) => ({ ...w, weekday })))]);
  }

  const hasMonday = fields.some((f) => f.weekday === 1);

  return (
    <div className="flex flex-col gap-3">
      <ul className="flex flex-col divide-y divide-slate-200">
        {WEEKDAYS.map((weekday) => {
          const day = t(`weekday${weekday}`);
          const windows = fields.map((field, index) => ({ field, index })).filter(({ field }) => field.weekday === weekday);
          return (
            <li key={weekday} className="py-3">
              <fieldset className="flex flex-col gap-2">
                <legend className="font-semibold">{day}</legend>
                {windows.length === 0 ? <p className="text-sm text-slate-700">{t("closed")}</p> : null}
                {windows.map(({ field, index }, position) => {
                  const startId = fieldId(`openingHours.${index}.start`);
                  const endId = fieldId(`openingHours.${index}.end`);
                  const windowErrors = errors.openingHours?.[index];
                  const startError = errorText(windowErrors?.start?.message ?? windowErrors?.weekday?.message);
                  const endError = errorText(windowErrors?.end?.message);
                  return (
                    <div
                      key={field.id}
                      role="group"
                      aria-label={t("windowLabel", { weekday: day, number: position + 1 })}
                      className="flex flex-wrap items-end gap-2"
                    >
                      <div className="flex flex-col gap-1">
                        <label htmlFor={startId} className="text-sm">
                          {t("from")}
                        </label>
                        <input
                          id={startId}
                          type="time"
                          step={300}
                          className={`${inputClass} w-32`}
                          aria-invalid={startError ? true : undefined}
                          aria-describedby={startError ? `${startId}-error` : undefined}
                          {...register(`openingHours.${index}.start`)}
                        />
                      </div>
                      <div className="flex flex-col gap-1">
                        <label htmlFor={endId} className="text-sm">
                          {t("until")}
                        </label>
                        <input
                          id={endId}
                          type="time"
                          step={300}
                          className={`${inputClass} w-32`}
                          aria-invalid={endError ? true : undefined}
                          aria-describedby={endError ? `${endId}-error` : undefined}
                          {...register(`openingHours.${index}.end`)}
                        />
                      </div>
                      <button
                        type="button"
                        className={buttonClass}
                        onClick={() => remove(index)}
                        aria-label={t("removeWindowFor", { weekday: day, number: position + 1 })}
                      >
                        {t("removeWindow")}
                      </button>
                      <div className="basis-full">
                        <FieldError id={`${startId}-error`} message={startError} />
                        <FieldError id={`${endId}-error`} message={endError} />
                      </div>
                    </div>
                  );
                })}
                <div>
                  <button
                    type="button"
                    className={buttonClass}
                    aria-label={t("addWindowFor", { weekday: day })}
                    onClick={() => append({ weekday, ...nextWindow(getValues("openingHours").filter((w) => w.weekday === weekday)) })}
                  >
                    + {t("addWindow")}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
      {hasMonday ? (
        <div>
          <button type="button" className={buttonClass} onClick={copyMonday}>
            {t("copyMonday")}
          </button>
        </div>
      ) : null}
      <FieldError id="profile-openingHours-error" message={errorText(errors.openingHours?.message ?? errors.openingHours?.root?.message)} />
      <TextField
        name="openingHoursNote"
        label={t("openingHoursNote")}
        hint={t("openingHoursNoteHint")}
        multiline
        rows={2}
        maxLength={500}
      />
    </div>
  );
}
