"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { useTranslations } from "next-intl";
import { LiveAnnouncement, useListFocus } from "@/components/ui/list-focus";
import { timeToMinutes, minutesToTime, WEEKDAYS, type ProfileFormValues } from "../schemas";
import { buttonClass, FieldError, fieldId, inputClass, TextField, useErrorText } from "./profile-fields";

/** A suggestion for the next window of a day: after the last one, else a usual morning. */
function nextWindow(existing: { start: string; end: string }[]): { start: string; end: string } {
  const last = existing.at(-1);
  if (!last || !/^\d\d:\d\d$/.test(last.end)) return { start: "09:00", end: "12:00" };
  const start = Math.min(timeToMinutes(last.end) + 60, 22 * 60);
  return { start: minutesToTime(start), end: minutesToTime(Math.min(start + 180, 23 * 60 + 59)) };
}

/**
 * Opening hours per weekday: any number of windows per day (or none = closed), plus a free note.
 * Adding a window focuses its first field; removing one focuses the day's next (else previous)
 * window, or the day's add button (components/ui/list-focus.tsx).
 */
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
  const tList = useTranslations("ListEditor");
  const { moveFocus, announcement } = useListFocus();
  const addButtonId = (weekday: number) => `profile-openingHours-add-${weekday}`;

  function addWindow(weekday: number) {
    const ofDay = getValues("openingHours").filter((w) => w.weekday === weekday);
    append({ weekday, ...nextWindow(ofDay) }, { shouldFocus: false });
    moveFocus(fieldId(`openingHours.${fields.length}.start`), tList("rowAdded", { number: ofDay.length + 1 }));
  }

  /** Removes the window at `index` (flat) that is `position` of the day's `dayIndexes`. */
  function removeWindow(index: number, position: number, dayIndexes: number[], weekday: number) {
    remove(index);
    // Indexes after the removed one move up by one.
    const next = dayIndexes[position + 1] !== undefined ? dayIndexes[position + 1] - 1 : dayIndexes[position - 1];
    moveFocus(
      next === undefined ? addButtonId(weekday) : fieldId(`openingHours.${next}.start`),
      tList("rowRemoved", { count: dayIndexes.length - 1 }),
    );
  }

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
          const dayIndexes = windows.map((w) => w.index);
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
                      <button type="button" className={buttonClass} onClick={() => removeWindow(index, position, dayIndexes, weekday)}>
                        {/* The visible text first, so the accessible name contains it (WCAG 2.5.3). */}
                        {t("removeWindow")}
                        <span className="sr-only"> ({t("windowLabel", { weekday: day, number: position + 1 })})</span>
                      </button>
                      <div className="basis-full">
                        <FieldError id={`${startId}-error`} message={startError} />
                        <FieldError id={`${endId}-error`} message={endError} />
                      </div>
                    </div>
                  );
                })}
                <div>
                  <button id={addButtonId(weekday)} type="button" className={buttonClass} onClick={() => addWindow(weekday)}>
                    <span aria-hidden="true">+ </span>
                    {t("addWindow")}
                    <span className="sr-only"> ({day})</span>
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
      <LiveAnnouncement text={announcement} />
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
