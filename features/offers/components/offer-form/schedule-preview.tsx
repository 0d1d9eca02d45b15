"use client";

import { useMemo } from "react";
import { useWatch } from "react-hook-form";
import { createTranslator, useLocale, useTranslations } from "next-intl";
import type { OfferFormState } from "@/features/offers/form-values";
import { upcomingOccurrences } from "@/features/offers/schedule";
import { ScheduleSchema } from "@/features/offers/schedule-schema";
import { describeSchedule, occurrenceTimeText, type ScheduleTranslate } from "@/features/offers/schedule-text";
import { TIME_ZONE } from "@/lib/dates";

export const PREVIEW_DATES = 5;

/**
 * The schedule in plain language and its next dates, as the public page will show them, updated
 * while the provider types. `scheduleMessages` is the "Schedule" namespace, passed by the page
 * (it is not one of the client namespaces; the public pages render it on the server).
 */
export function SchedulePreview({ scheduleMessages, now }: { scheduleMessages: Record<string, string>; now: Date }) {
  const t = useTranslations("OfferForm");
  const locale = useLocale();
  const schedule = useWatch<OfferFormState, "schedule">({ name: "schedule" });
  const translate = useMemo(
    () => createTranslator({ locale, messages: { Schedule: scheduleMessages }, namespace: "Schedule" }) as unknown as ScheduleTranslate,
    [locale, scheduleMessages],
  );
  const parsed = ScheduleSchema.safeParse(schedule);
  const dateFormat = new Intl.DateTimeFormat(locale, {
    weekday: "short",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: TIME_ZONE,
  });

  let body;
  if (!parsed.success) {
    body = <p className="text-slate-700">{t("preview.incomplete")}</p>;
  } else {
    const lines = describeSchedule(parsed.data, { t: translate, locale });
    const upcoming = upcomingOccurrences(parsed.data, now, PREVIEW_DATES);
    body = (
      <>
        <ul className="flex flex-col gap-1 font-medium">
          {lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
        <h4 className="mt-3 font-semibold">{t("preview.nextDates")}</h4>
        {upcoming.length === 0 ? (
          <p className="text-slate-700">{parsed.data.kind === "PERMANENT" ? t("preview.noDatesPermanent") : t("preview.noDates")}</p>
        ) : (
          <ol className="flex list-decimal flex-col gap-0.5 ps-6">
            {upcoming.map((o) => {
              const time = occurrenceTimeText(translate, o.startMinute, o.endMinute);
              return (
                <li key={o.startsAt.toISOString()}>
                  {dateFormat.format(o.startsAt)}
                  {time ? `, ${time}` : null}
                </li>
              );
            })}
          </ol>
        )}
      </>
    );
  }

  return (
    <section aria-labelledby="offer-schedule-preview-title" className="rounded-lg border border-brand-100 bg-brand-50 p-4">
      <h3 id="offer-schedule-preview-title" className="font-semibold text-brand-800">
        {t("preview.title")}
      </h3>
      <div aria-live="polite" className="mt-2 flex flex-col">
        {body}
      </div>
    </section>
  );
}
