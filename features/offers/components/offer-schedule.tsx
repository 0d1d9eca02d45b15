import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { Occurrence } from "../schedule";
import type { Schedule } from "../schedule-schema";
import { describeSchedule, occurrenceTimeText } from "../schedule-text";

type Props = { schedule: Schedule; note: string | null; upcoming: Occurrence[]; expired: boolean; icsHref: string | null };

/** "Wann?": the schedule in plain language, the next dates and the calendar download. */
export function OfferSchedule({ schedule, note, upcoming, expired, icsHref }: Props) {
  const t = useTranslations("OfferDetail");
  const ts = useTranslations("Schedule");
  const locale = useLocale();
  const format = useFormatter();
  const translate = (key: Parameters<typeof ts>[0], values?: Record<string, string | number>) => ts(key, values);
  const lines = describeSchedule(schedule, { t: translate, locale });

  return (
    <section aria-labelledby="offer-when" className="space-y-3">
      <h2 id="offer-when" className="text-xl font-semibold text-brand-800">
        {t("when")}
      </h2>
      {lines.length === 1 ? (
        <p>{lines[0]}</p>
      ) : (
        <ul className="list-disc space-y-1 ps-5">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {note ? <p className="text-slate-700">{note}</p> : null}
      {!expired && schedule.kind !== "DATES" ? (
        <div>
          <h3 className="font-semibold">{t("nextDates")}</h3>
          {upcoming.length > 0 ? (
            <ul className="mt-1 space-y-1">
              {upcoming.map((o) => {
                const time = occurrenceTimeText(translate, o.startMinute, o.endMinute);
                return (
                  <li key={`${o.date}-${o.startMinute}`}>
                    <time dateTime={o.startsAt.toISOString()}>
                      {format.dateTime(new Date(`${o.date}T12:00:00Z`), {
                        weekday: "short",
                        day: "numeric",
                        month: "long",
                        year: "numeric",
                        timeZone: "UTC",
                      })}
                    </time>
                    {time ? `, ${time}` : null}
                  </li>
                );
              })}
            </ul>
          ) : (
            <p className="text-slate-700">{t("noUpcomingDates")}</p>
          )}
        </div>
      ) : null}
      {icsHref ? (
        <p>
          {/* A route handler, not a page: a plain link (downloads need no client routing). */}
          <a
            href={icsHref}
            download
            className="inline-flex min-h-11 items-center rounded border border-brand-700 px-3 font-semibold text-brand-700 hover:bg-brand-50"
          >
            {t("icsDownload")}
          </a>
        </p>
      ) : null}
    </section>
  );
}
