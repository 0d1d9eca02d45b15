"use client";

import { useRef } from "react";
import { useController, useFormContext } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import type { OfferFormState } from "@/features/offers/form-values";
import { SCHEDULE_LIMITS, type ScheduleInput } from "@/features/offers/schedule-schema";
import { addDays, todayLocal } from "@/lib/dates";
import { LiveAnnouncement, neighbourAfterRemoval, useListFocus } from "@/components/ui/list-focus";
import { FieldError, fieldId, inputClass, smallButtonClass, useFieldError } from "./fields";

// The "When" editor for every schedule kind. The schedule is one controlled value of the form (a
// discriminated union); switching the kind keeps what was entered for the other kinds, so trying
// a kind out loses nothing. Adding a row focuses its first field, removing one focuses a neighbour
// (components/ui/list-focus.tsx).

/** Focus after adding/removing rows of one list: `firstField(i)` is the id of row i's first field. */
function useRowFocus(listName: string, firstField: (index: number) => string) {
  const t = useTranslations("ListEditor");
  const { moveFocus, announcement } = useListFocus();
  const addButtonId = `${fieldId(listName)}-add`;
  return {
    addButtonId,
    announcement,
    added: (newCount: number) => moveFocus(fieldId(firstField(newCount - 1)), t("rowAdded", { number: newCount })),
    removed: (index: number, oldCount: number) => {
      const next = neighbourAfterRemoval(index, oldCount);
      moveFocus(next === null ? addButtonId : fieldId(firstField(next)), t("rowRemoved", { count: oldCount - 1 }));
    },
  };
}

type Kind = ScheduleInput["kind"];
type WeekdayWindow = { weekday: number; startTime: string; endTime: string };
type TimeWindow = { startTime: string; endTime: string };
type DatedEntry = { date: string; startTime?: string; endTime?: string };

const KINDS: Kind[] = ["WEEKLY", "DATES", "PERIOD", "PERMANENT"];
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

function initialFor(kind: Kind, exceptions: string[], today: string): ScheduleInput {
  switch (kind) {
    case "WEEKLY":
      return { kind, windows: [{ weekday: 1, startTime: "16:00", endTime: "17:00" }], intervalWeeks: 1, exceptions };
    case "PERMANENT":
      return { kind, windows: [], exceptions };
    case "PERIOD":
      return {
        kind,
        startDate: today,
        endDate: addDays(today, 4),
        weekdays: [],
        windows: [{ startTime: "09:00", endTime: "13:00" }],
        exceptions,
      };
    case "DATES":
      return { kind, dates: [{ date: addDays(today, 7), startTime: "18:00", endTime: "20:00" }], exceptions };
  }
}

function useWeekdayNames(): (weekday: number) => string {
  const locale = useLocale();
  const format = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  // 2024-01-01 was a Monday.
  return (weekday) => format.format(new Date(Date.UTC(2024, 0, weekday, 12)));
}

/** "4.12.2026" for button labels; the raw value while a date is incomplete. */
function useShortDate(): (date: string) => string {
  const locale = useLocale();
  const format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  return (date) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? format.format(new Date(`${date}T12:00:00Z`)) : date);
}

function TimeInput({ name, label, value, onChange }: { name: string; label: string; value: string; onChange: (v: string) => void }) {
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="time"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`${inputClass} w-32`}
      />
      <FieldError name={name} />
    </div>
  );
}

function DateInput({
  name,
  label,
  value,
  onChange,
  required,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  required?: boolean;
}) {
  const error = useFieldError(name);
  const id = fieldId(name);
  const t = useTranslations("FormCommon");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
        {required ? null : <span className="font-normal text-slate-700"> {t("optional")}</span>}
      </label>
      <input
        id={id}
        type="date"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`${inputClass} w-44`}
      />
      <FieldError name={name} />
    </div>
  );
}

function WeekdayWindows({
  windows,
  onChange,
  emptyHint,
}: {
  windows: WeekdayWindow[];
  onChange: (w: WeekdayWindow[]) => void;
  emptyHint?: string;
}) {
  const t = useTranslations("OfferForm");
  const weekdayName = useWeekdayNames();
  const focus = useRowFocus("schedule.windows", (i) => `schedule.windows.${i}.weekday`);
  const update = (index: number, patch: Partial<WeekdayWindow>) => onChange(windows.map((w, i) => (i === index ? { ...w, ...patch } : w)));
  const add = () => {
    const last = windows.at(-1);
    onChange([...windows, last ? { ...last, weekday: (last.weekday % 7) + 1 } : { weekday: 1, startTime: "10:00", endTime: "12:00" }]);
    focus.added(windows.length + 1);
  };
  const remove = (index: number) => {
    onChange(windows.filter((_, i) => i !== index));
    focus.removed(index, windows.length);
  };
  return (
    <fieldset id={fieldId("schedule.windows")} className="flex flex-col gap-3">
      <legend className="mb-1 font-medium">{t("schedule.windowsLegend")}</legend>
      {windows.length === 0 && emptyHint ? <p className="text-sm text-slate-700">{emptyHint}</p> : null}
      <ul className="flex flex-col gap-3">
        {windows.map((w, index) => {
          const base = `schedule.windows.${index}`;
          return (
            <li key={index} className="flex flex-wrap items-end gap-3 rounded border border-slate-200 p-3">
              <div className="flex flex-col gap-1">
                <label htmlFor={fieldId(`${base}.weekday`)} className="text-sm font-medium">
                  {t("schedule.weekday")}
                </label>
                <select
                  id={fieldId(`${base}.weekday`)}
                  value={w.weekday}
                  onChange={(e) => update(index, { weekday: Number(e.target.value) })}
                  className={`${inputClass} w-44`}
                >
                  {WEEKDAYS.map((d) => (
                    <option key={d} value={d}>
                      {weekdayName(d)}
                    </option>
                  ))}
                </select>
              </div>
              <TimeInput
                name={`${base}.startTime`}
                label={t("schedule.from")}
                value={w.startTime}
                onChange={(v) => update(index, { startTime: v })}
              />
              <TimeInput
                name={`${base}.endTime`}
                label={t("schedule.until")}
                value={w.endTime}
                onChange={(v) => update(index, { endTime: v })}
              />
              <button type="button" className={smallButtonClass} onClick={() => remove(index)}>
                {t("schedule.removeWindow", { weekday: weekdayName(w.weekday), start: w.startTime })}
              </button>
            </li>
          );
        })}
      </ul>
      <FieldError name="schedule.windows" />
      {windows.length < SCHEDULE_LIMITS.windows ? (
        <button id={focus.addButtonId} type="button" className={`${smallButtonClass} self-start`} onClick={add}>
          {t("schedule.addWindow")}
        </button>
      ) : null}
      <LiveAnnouncement text={focus.announcement} />
    </fieldset>
  );
}

function TimeWindows({ windows, onChange }: { windows: TimeWindow[]; onChange: (w: TimeWindow[]) => void }) {
  const t = useTranslations("OfferForm");
  const focus = useRowFocus("schedule.windows", (i) => `schedule.windows.${i}.startTime`);
  const update = (index: number, patch: Partial<TimeWindow>) => onChange(windows.map((w, i) => (i === index ? { ...w, ...patch } : w)));
  const remove = (index: number) => {
    onChange(windows.filter((_, i) => i !== index));
    focus.removed(index, windows.length);
  };
  return (
    <fieldset id={fieldId("schedule.windows")} className="flex flex-col gap-3">
      <legend className="mb-1 font-medium">{t("schedule.timesLegend")}</legend>
      {windows.length === 0 ? <p className="text-sm text-slate-700">{t("schedule.allDayHint")}</p> : null}
      <ul className="flex flex-col gap-3">
        {windows.map((w, index) => (
          <li key={index} className="flex flex-wrap items-end gap-3 rounded border border-slate-200 p-3">
            <TimeInput
              name={`schedule.windows.${index}.startTime`}
              label={t("schedule.from")}
              value={w.startTime}
              onChange={(v) => update(index, { startTime: v })}
            />
            <TimeInput
              name={`schedule.windows.${index}.endTime`}
              label={t("schedule.until")}
              value={w.endTime}
              onChange={(v) => update(index, { endTime: v })}
            />
            <button type="button" className={smallButtonClass} onClick={() => remove(index)}>
              {t("schedule.removeTime", { start: w.startTime })}
            </button>
          </li>
        ))}
      </ul>
      <FieldError name="schedule.windows" />
      <button
        id={focus.addButtonId}
        type="button"
        className={`${smallButtonClass} self-start`}
        onClick={() => {
          onChange([...windows, { startTime: "14:00", endTime: "16:00" }]);
          focus.added(windows.length + 1);
        }}
      >
        {t("schedule.addTime")}
      </button>
      <LiveAnnouncement text={focus.announcement} />
    </fieldset>
  );
}

function DatesList({ dates, onChange, today }: { dates: DatedEntry[]; onChange: (d: DatedEntry[]) => void; today: string }) {
  const t = useTranslations("OfferForm");
  const shortDate = useShortDate();
  const update = (index: number, patch: Partial<DatedEntry>) =>
    onChange(
      dates.map((d, i) => {
        if (i !== index) return d;
        const next = { ...d, ...patch };
        // Empty time inputs mean "no time", which the schema expects as a missing field.
        if (!next.startTime) delete next.startTime;
        if (!next.endTime) delete next.endTime;
        return next;
      }),
    );
  const focus = useRowFocus("schedule.dates", (i) => `schedule.dates.${i}.date`);
  const add = () => {
    const last = dates.at(-1);
    onChange([
      ...dates,
      last ? { ...last, date: last.date ? addDays(last.date, 7) : today } : { date: today, startTime: "18:00", endTime: "20:00" },
    ]);
    focus.added(dates.length + 1);
  };
  const remove = (index: number) => {
    onChange(dates.filter((_, i) => i !== index));
    focus.removed(index, dates.length);
  };
  return (
    <fieldset id={fieldId("schedule.dates")} className="flex flex-col gap-3">
      <legend className="mb-1 font-medium">{t("schedule.datesLegend")}</legend>
      <ul className="flex flex-col gap-3">
        {dates.map((d, index) => {
          const base = `schedule.dates.${index}`;
          return (
            <li key={index} className="flex flex-wrap items-end gap-3 rounded border border-slate-200 p-3">
              <DateInput
                name={`${base}.date`}
                label={t("schedule.date")}
                value={d.date}
                onChange={(v) => update(index, { date: v })}
                required
              />
              <TimeInput
                name={`${base}.startTime`}
                label={t("schedule.fromOptional")}
                value={d.startTime ?? ""}
                onChange={(v) => update(index, { startTime: v })}
              />
              <TimeInput
                name={`${base}.endTime`}
                label={t("schedule.untilOptional")}
                value={d.endTime ?? ""}
                onChange={(v) => update(index, { endTime: v })}
              />
              <button type="button" className={smallButtonClass} onClick={() => remove(index)}>
                {t("schedule.removeDate", { date: shortDate(d.date) })}
              </button>
            </li>
          );
        })}
      </ul>
      <FieldError name="schedule.dates" />
      {dates.length < SCHEDULE_LIMITS.dates ? (
        <button id={focus.addButtonId} type="button" className={`${smallButtonClass} self-start`} onClick={add}>
          {t("schedule.addDate")}
        </button>
      ) : null}
      <LiveAnnouncement text={focus.announcement} />
    </fieldset>
  );
}

function Exceptions({ exceptions, onChange, today }: { exceptions: string[]; onChange: (e: string[]) => void; today: string }) {
  const t = useTranslations("OfferForm");
  const shortDate = useShortDate();
  const focus = useRowFocus("schedule.exceptions", (i) => `schedule.exceptions.${i}`);
  const remove = (index: number) => {
    onChange(exceptions.filter((_, i) => i !== index));
    focus.removed(index, exceptions.length);
  };
  const add = () => {
    onChange([...exceptions, exceptions.at(-1) ? addDays(exceptions.at(-1) as string, 1) : today]);
    focus.added(exceptions.length + 1);
  };
  return (
    <fieldset id={fieldId("schedule.exceptions")} className="flex flex-col gap-3">
      <legend className="mb-1 font-medium">{t("schedule.exceptionsLegend")}</legend>
      <p className="text-sm text-slate-700">{t("schedule.exceptionsHint")}</p>
      <ul className="flex flex-col gap-2">
        {exceptions.map((date, index) => (
          <li key={index} className="flex flex-wrap items-end gap-3">
            <DateInput
              name={`schedule.exceptions.${index}`}
              label={t("schedule.exceptionDate")}
              value={date}
              onChange={(v) => onChange(exceptions.map((e, i) => (i === index ? v : e)))}
              required
            />
            <button type="button" className={smallButtonClass} onClick={() => remove(index)}>
              {t("schedule.removeException", { date: shortDate(date) })}
            </button>
          </li>
        ))}
      </ul>
      <FieldError name="schedule.exceptions" />
      {exceptions.length < SCHEDULE_LIMITS.exceptions ? (
        <button id={focus.addButtonId} type="button" className={`${smallButtonClass} self-start`} onClick={add}>
          {t("schedule.addException")}
        </button>
      ) : null}
      <LiveAnnouncement text={focus.announcement} />
    </fieldset>
  );
}

export function ScheduleEditor({ now }: { now: Date }) {
  const t = useTranslations("OfferForm");
  const { control } = useFormContext<OfferFormState>();
  const { field } = useController({ control, name: "schedule" });
  const schedule = field.value;
  const today = todayLocal(now);
  const weekdayName = useWeekdayNames();
  const drafts = useRef<Partial<Record<Kind, ScheduleInput>>>({});
  const kindError = useFieldError("schedule");
  const set = (next: ScheduleInput) => field.onChange(next);
  const exceptions = schedule.exceptions ?? [];

  function switchKind(kind: Kind) {
    if (kind === schedule.kind) return;
    drafts.current[schedule.kind] = schedule;
    const kept = drafts.current[kind];
    set(kept ? { ...kept, exceptions } : initialFor(kind, exceptions, today));
  }

  return (
    <div className="flex flex-col gap-5">
      <fieldset id={fieldId("schedule.kind")} className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">{t("schedule.kindLegend")}</legend>
        {KINDS.map((kind) => (
          <div key={kind} className="flex items-start gap-2">
            <input
              id={`offer-schedule-kind-${kind}`}
              type="radio"
              name="schedule-kind"
              value={kind}
              checked={schedule.kind === kind}
              onChange={() => switchKind(kind)}
              className="mt-1 size-5 shrink-0"
              aria-describedby={`offer-schedule-kind-${kind}-hint`}
            />
            <label htmlFor={`offer-schedule-kind-${kind}`} className="flex flex-col">
              <span className="font-medium">{t(`schedule.kind${kind}`)}</span>
              <span id={`offer-schedule-kind-${kind}-hint`} className="text-sm text-slate-700">
                {t(`schedule.kind${kind}Hint`)}
              </span>
            </label>
          </div>
        ))}
        {kindError ? <p className="text-sm text-red-800">{kindError}</p> : null}
      </fieldset>

      {schedule.kind === "WEEKLY" ? (
        <>
          <WeekdayWindows windows={schedule.windows} onChange={(windows) => set({ ...schedule, windows })} />
          <div className="flex flex-col gap-1">
            <label htmlFor={fieldId("schedule.intervalWeeks")} className="font-medium">
              {t("schedule.interval")}
            </label>
            <select
              id={fieldId("schedule.intervalWeeks")}
              value={schedule.intervalWeeks ?? 1}
              onChange={(e) => set({ ...schedule, intervalWeeks: Number(e.target.value) })}
              className={`${inputClass} w-56`}
            >
              {Array.from({ length: SCHEDULE_LIMITS.intervalWeeks }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {t("schedule.everyNWeeks", { n })}
                </option>
              ))}
            </select>
            <FieldError name="schedule.intervalWeeks" />
          </div>
          <div className="flex flex-wrap gap-4">
            <DateInput
              name="schedule.startDate"
              label={t("schedule.startDate")}
              value={schedule.startDate ?? ""}
              onChange={(v) => set({ ...schedule, startDate: v || undefined })}
              required={(schedule.intervalWeeks ?? 1) > 1}
            />
            <DateInput
              name="schedule.endDate"
              label={t("schedule.endDate")}
              value={schedule.endDate ?? ""}
              onChange={(v) => set({ ...schedule, endDate: v || undefined })}
            />
          </div>
          <Exceptions exceptions={exceptions} onChange={(e) => set({ ...schedule, exceptions: e })} today={today} />
        </>
      ) : null}

      {schedule.kind === "PERMANENT" ? (
        <>
          <WeekdayWindows
            windows={schedule.windows ?? []}
            onChange={(windows) => set({ ...schedule, windows })}
            emptyHint={t("schedule.permanentEmptyHint")}
          />
          <Exceptions exceptions={exceptions} onChange={(e) => set({ ...schedule, exceptions: e })} today={today} />
        </>
      ) : null}

      {schedule.kind === "PERIOD" ? (
        <>
          <div className="flex flex-wrap gap-4">
            <DateInput
              name="schedule.startDate"
              label={t("schedule.periodStart")}
              value={schedule.startDate}
              onChange={(v) => set({ ...schedule, startDate: v })}
              required
            />
            <DateInput
              name="schedule.endDate"
              label={t("schedule.periodEnd")}
              value={schedule.endDate}
              onChange={(v) => set({ ...schedule, endDate: v })}
              required
            />
          </div>
          <fieldset id={fieldId("schedule.weekdays")} className="flex flex-col gap-2">
            <legend className="mb-1 font-medium">{t("schedule.weekdaysLegend")}</legend>
            <p className="text-sm text-slate-700">{t("schedule.weekdaysHint")}</p>
            <div className="flex flex-wrap gap-x-4 gap-y-2">
              {WEEKDAYS.map((d) => {
                const selected = schedule.weekdays ?? [];
                return (
                  <div key={d} className="flex items-center gap-2">
                    <input
                      id={`offer-schedule-weekday-${d}`}
                      type="checkbox"
                      className="size-5"
                      checked={selected.includes(d)}
                      onChange={(e) =>
                        set({ ...schedule, weekdays: e.target.checked ? [...selected, d].sort() : selected.filter((x) => x !== d) })
                      }
                    />
                    <label htmlFor={`offer-schedule-weekday-${d}`}>{weekdayName(d)}</label>
                  </div>
                );
              })}
            </div>
            <FieldError name="schedule.weekdays" />
          </fieldset>
          <TimeWindows windows={schedule.windows ?? []} onChange={(windows) => set({ ...schedule, windows })} />
          <Exceptions exceptions={exceptions} onChange={(e) => set({ ...schedule, exceptions: e })} today={today} />
        </>
      ) : null}

      {schedule.kind === "DATES" ? (
        <DatesList dates={schedule.dates} onChange={(dates) => set({ ...schedule, dates })} today={today} />
      ) : null}
    </div>
  );
}
