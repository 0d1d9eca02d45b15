"use client";

import { useId, useMemo, useRef } from "react";
import { useWatch } from "react-hook-form";
import { createTranslator, useLocale, useTranslations } from "next-intl";
import type { OfferFormState, OrganizationDefaults } from "@/features/offers/form-values";
import { ScheduleSchema } from "@/features/offers/schedule-schema";
import { describeSchedule, type ScheduleTranslate } from "@/features/offers/schedule-text";
import type { CategoryOption } from "@/features/settings/categories";
import { CONTENT_LOCALE } from "@/lib/content-translation";

type PreviewProps = {
  organization: OrganizationDefaults;
  categories: CategoryOption[];
  /** The "Schedule" namespace, passed by the page (see SchedulePreview). */
  scheduleMessages: Record<string, string>;
};

/**
 * The offer as residents will see it (title, summary, categories, place, times, costs), built from
 * the form's current values and updated while the provider types. Provider texts carry lang="de"
 * like the public page. Shown beside the form on wide screens and in a dialog from the save bar
 * on narrow ones.
 */
export function OfferLivePreview({ organization, categories, scheduleMessages }: PreviewProps) {
  const t = useTranslations("OfferLivePreview");
  const td = useTranslations("OfferDetail");
  const locale = useLocale();
  const headingId = useId();
  const values = useWatch<OfferFormState>() as OfferFormState;
  const translate = useMemo(
    () => createTranslator({ locale, messages: { Schedule: scheduleMessages }, namespace: "Schedule" }) as unknown as ScheduleTranslate,
    [locale, scheduleMessages],
  );
  const names = useMemo(() => categoryNames(categories), [categories]);

  const title = values.title?.trim() ?? "";
  const summary = values.summary?.trim() ?? "";
  const chosen = (values.categoryIds ?? []).map((id) => names.get(Number(id))).filter((name): name is string => Boolean(name));
  const schedule = ScheduleSchema.safeParse(values.schedule);
  const scheduleLines = schedule.success ? describeSchedule(schedule.data, { t: translate, locale }) : [];
  const place = placeOf(values.location, organization);
  const costAmount = values.costAmount?.toString().trim() ?? "";
  const costNote = values.costNote?.trim() ?? "";

  return (
    <section
      aria-labelledby={headingId}
      data-testid="offer-live-preview"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id={headingId} className="text-sm font-semibold uppercase tracking-wide text-slate-700">
        {t("heading")}
      </h2>
      <article className="flex flex-col gap-2 break-words">
        {chosen.length > 0 ? <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{chosen.join(" · ")}</p> : null}
        {title ? (
          <h3 lang={CONTENT_LOCALE} className="text-lg font-semibold leading-snug text-brand-800" data-testid="offer-live-preview-title">
            {title}
          </h3>
        ) : (
          <h3 className="text-lg font-semibold italic leading-snug text-slate-600" data-testid="offer-live-preview-title">
            {t("untitled")}
          </h3>
        )}
        <p className="text-sm text-slate-700">{td("by", { provider: organization.name })}</p>
        {summary ? (
          <p lang={CONTENT_LOCALE} className="text-sm text-slate-800">
            {summary}
          </p>
        ) : null}
        <dl className="mt-1 flex flex-col gap-2 text-sm">
          <div>
            <dt className="font-semibold">{td("when")}</dt>
            <dd>
              {scheduleLines.length > 0 ? (
                <ul>
                  {scheduleLines.map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
                </ul>
              ) : (
                <span className="text-slate-700">{t("scheduleIncomplete")}</span>
              )}
            </dd>
          </div>
          <div>
            <dt className="font-semibold">{td("where")}</dt>
            <dd>
              {place.kind === "online" ? td("online") : place.kind === "none" ? td("noFixedPlace") : null}
              {place.kind === "address" ? (
                place.lines.length > 0 ? (
                  <span lang={CONTENT_LOCALE}>{place.lines.join(", ")}</span>
                ) : (
                  <span className="text-slate-700">{t("placeMissing")}</span>
                )
              ) : null}
            </dd>
          </div>
          <div>
            <dt className="font-semibold">{td("costs")}</dt>
            <dd>
              {values.isFree ? td("free") : costAmount ? t("cost", { amount: costAmount }) : !costNote ? td("costUnknown") : null}
              {costNote ? (
                <span lang={CONTENT_LOCALE} className="block">
                  {costNote}
                </span>
              ) : null}
            </dd>
          </div>
        </dl>
      </article>
    </section>
  );
}

function categoryNames(categories: CategoryOption[]): Map<number, string> {
  const names = new Map<number, string>();
  for (const root of categories) {
    names.set(root.id, root.name);
    for (const child of root.children) names.set(child.id, child.name);
  }
  return names;
}

type Place = { kind: "online" } | { kind: "none" } | { kind: "address"; lines: string[] };

function placeOf(location: OfferFormState["location"] | undefined, organization: OrganizationDefaults): Place {
  if (location?.type === "ONLINE") return { kind: "online" };
  if (location?.type === "NONE") return { kind: "none" };
  const source =
    !location || location.sameAsOrganization
      ? { name: "", street: organization.street ?? "", postalCode: organization.postalCode ?? "", city: organization.city ?? "" }
      : {
          name: location.locationName ?? "",
          street: location.street ?? "",
          postalCode: location.postalCode ?? "",
          city: location.city ?? "",
        };
  const town = [source.postalCode.trim(), source.city.trim()].filter(Boolean).join(" ");
  return { kind: "address", lines: [source.name.trim(), source.street.trim(), town].filter(Boolean) };
}

/**
 * Below xl: a "Vorschau" button for the save bar opening the same preview in a modal dialog. The
 * native <dialog> moves focus into it, closes with Escape and gives focus back to the button.
 */
export function OfferPreviewDialog(props: PreviewProps) {
  const t = useTranslations("OfferLivePreview");
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
        className="rounded border border-slate-400 bg-white px-4 py-2.5 font-semibold text-brand-800 hover:bg-slate-50 xl:hidden"
      >
        {t("open")}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto max-h-[90dvh] w-[min(32rem,calc(100vw-1rem))] overflow-y-auto rounded-lg bg-slate-50 p-0 backdrop:bg-black/50"
      >
        <div className="flex items-center justify-between gap-3 border-b border-slate-200 bg-white px-4 py-3">
          <h2 id={titleId} className="font-semibold text-brand-800">
            {t("dialogTitle")}
          </h2>
          <button
            type="button"
            autoFocus
            onClick={() => dialog.current?.close()}
            className="rounded border border-slate-400 px-3 py-1.5 font-semibold text-brand-800 hover:bg-slate-100"
          >
            {t("close")}
          </button>
        </div>
        <div className="p-3">
          <OfferLivePreview {...props} />
        </div>
      </dialog>
    </>
  );
}
