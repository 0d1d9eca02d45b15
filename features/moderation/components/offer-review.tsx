import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { describeSchedule } from "@/features/offers/schedule-text";
import { Link } from "@/i18n/navigation";
import { decideRevisionAction, transitionOfferAction } from "../offer-actions";
import type { DiffValue, getOfferForReview } from "../offer-queries";
import { allowedOfferActions, type OfferDecisionNotice, type OfferModerationAction } from "../offer-transitions";
import { REASON_MAX_LENGTH } from "../schemas";
import { deleteOfferAsEditorAction } from "../act-actions";
import type { OrganizationOption } from "../reassign";
import { ReviewSection, TrashSection } from "./review-parts";
import { DecisionForm, type DecisionTone } from "./decision-form";
import { FullHistoryLink } from "./full-history-link";
import { organizationPickerLabels } from "./organization-picker-labels";
import { ReassignForm } from "./reassign-form";

type Review = Awaited<ReturnType<typeof getOfferForReview>>;

const TONE: Record<OfferModerationAction, DecisionTone> = { approve: "primary", unblock: "primary", reject: "secondary", block: "danger" };

/** An offer for the editors: status, data, the pending revision's diff and the decision forms. */
/** `notice`: the decision just made (the action redirects here with ?done=…), confirmed at the top. */
export async function OfferReview({
  data,
  organizationOptions,
  notice = null,
}: {
  data: Review;
  organizationOptions: OrganizationOption[];
  notice?: OfferDecisionNotice | null;
}) {
  const [t, ts, ta, tc, format, locale, pickerLabels] = await Promise.all([
    getTranslations("Editorial"),
    getTranslations("Schedule"),
    getTranslations("EditorialAct"),
    getTranslations("ContentTranslations"),
    getFormatter(),
    getLocale(),
    organizationPickerLabels(),
  ]);
  const translateSchedule = (key: Parameters<typeof ts>[0], values?: Record<string, string | number>) => ts(key, values);
  const fieldLabel = (field: string) => {
    if (field.startsWith("translation.")) {
      const code = field.slice("translation.".length);
      return tc("translationOf", { language: new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code });
    }
    const key = `offers.field.${field}`;
    return t.has(key as never) ? t(key as never) : t("offers.field.other", { field });
  };
  const show = (value: DiffValue): string => {
    if (value.kind === "empty") return t("offers.empty");
    if (value.kind === "bool") return t(value.value ? "offers.yes" : "offers.no");
    if (value.kind === "schedule") return describeSchedule(value.schedule, { t: translateSchedule, locale }).join("\n");
    if (value.kind === "location") return [t(`offers.locationType.${value.type}`), value.text].filter(Boolean).join("\n");
    return value.text;
  };
  const actions = allowedOfferActions(data.status);
  const formLabels = {
    reasonLabel: t("decision.reasonLabel"),
    reasonHint: t("offers.reasonHint", { max: REASON_MAX_LENGTH }),
    pending: t("decision.pending"),
  };

  return (
    <article className="flex max-w-4xl flex-col gap-8">
      <header className="flex flex-col gap-2">
        <Link href="/editorial/offers" className="self-start text-brand-700 underline">
          {t("offers.back")}
        </Link>
        <h1 className="text-3xl font-bold break-words text-brand-800">{data.title}</h1>
        {notice ? (
          <p role="status" className="rounded border border-green-600 bg-green-50 px-3 py-2 text-green-900">
            {t(`offers.done.${notice}`)}
          </p>
        ) : null}
        <p>
          {t("offers.organization")}:{" "}
          <Link
            href={{ pathname: "/editorial/providers/[id]", params: { id: String(data.organization.id) } }}
            className="text-brand-700 underline"
          >
            {data.organization.name}
          </Link>
        </p>
        <p className="font-medium">{t("offers.status", { status: t(`offerStatus.${data.status}`) })}</p>
        {data.statusReason ? <p className="break-words">{t("offers.reason", { reason: data.statusReason })}</p> : null}
        {data.isPublic ? (
          <p>
            <Link href={{ pathname: "/offers/[slug]", params: { slug: data.slug } }} className="text-brand-700 underline">
              {t("offers.publicPage")}
            </Link>
          </p>
        ) : null}
        <p>
          <Link
            href={{ pathname: "/account/offers/[id]", params: { id: String(data.id) } }}
            className="font-semibold text-brand-700 underline"
          >
            {ta("editOffer")}
          </Link>
        </p>
      </header>

      {data.revision ? (
        <ReviewSection id="revision" title={t("offers.sectionRevision")}>
          <p className="text-slate-700">{t("offers.revisionIntro")}</p>
          <p className="text-sm text-slate-700">
            {(() => {
              const date = format.dateTime(data.revision.submittedAt, { dateStyle: "medium", timeStyle: "short" });
              return data.revision.submittedBy
                ? t("offers.submitted", { name: data.revision.submittedBy, date })
                : t("offers.submittedUnknown", { date });
            })()}
          </p>
          {data.revision.diff.length === 0 ? (
            <p>{t("offers.noChanges")}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-start">
                <caption className="text-start font-medium">{t("offers.diffCaption")}</caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="p-2 text-start">
                      {t("offers.diffField")}
                    </th>
                    <th scope="col" className="p-2 text-start">
                      {t("offers.diffCurrent")}
                    </th>
                    <th scope="col" className="p-2 text-start">
                      {t("offers.diffProposed")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.revision.diff.map((row) => (
                    <tr key={row.field} className="border-b border-slate-200 align-top">
                      <th scope="row" className="p-2 text-start font-medium">
                        {fieldLabel(row.field)}
                      </th>
                      <td className="p-2 break-words whitespace-pre-wrap">{show(row.current)}</td>
                      <td className="p-2 break-words whitespace-pre-wrap">{show(row.proposed)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <DecisionForm
            action={decideRevisionAction}
            hidden={{ revisionId: String(data.revision.id) }}
            buttons={[
              { value: "approve", label: t("offers.approveRevision"), tone: "primary" },
              { value: "reject", label: t("offers.rejectRevision"), tone: "secondary" },
            ]}
            reasonMaxLength={REASON_MAX_LENGTH}
            labels={{ intro: t("offers.revisionDecisionIntro"), ...formLabels }}
          />
        </ReviewSection>
      ) : null}

      <ReviewSection id="data" title={t("offers.sectionData")}>
        <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[minmax(8rem,auto)_1fr]">
          {data.fields.map((row) => (
            <div key={row.field} className="contents">
              <dt className="font-medium">{fieldLabel(row.field)}</dt>
              <dd className="mb-2 break-words whitespace-pre-wrap sm:mb-0">{show(row.value)}</dd>
            </div>
          ))}
        </dl>
      </ReviewSection>

      <ReviewSection id="decision" title={t("offers.sectionDecision")}>
        {actions.length === 0 ? (
          <p>{t("decision.noActions")}</p>
        ) : (
          <DecisionForm
            action={transitionOfferAction}
            hidden={{ offerId: String(data.id) }}
            buttons={actions.map((action) => ({ value: action, label: t(`decision.${action}`), tone: TONE[action] }))}
            reasonMaxLength={REASON_MAX_LENGTH}
            labels={{ intro: t("offers.decisionIntro"), ...formLabels }}
          />
        )}
      </ReviewSection>

      <ReviewSection id="reassign" title={ta("reassign.heading")}>
        <p>{ta("reassign.current", { name: data.organization.name })}</p>
        <ReassignForm
          offerId={data.id}
          options={organizationOptions.filter((option) => option.id !== data.organization.id)}
          reasonMaxLength={REASON_MAX_LENGTH}
          labels={{
            ...pickerLabels,
            intro: ta("reassign.intro"),
            reasonLabel: ta("reassign.reasonLabel"),
            reasonHint: ta("reassign.reasonHint", { max: REASON_MAX_LENGTH }),
            submit: ta("reassign.submit"),
            pending: ta("reassign.pending"),
          }}
        />
      </ReviewSection>

      <TrashSection kind="offer" action={deleteOfferAsEditorAction} hidden={{ offerId: String(data.id) }} />

      <FullHistoryLink entityType="offer" entityId={data.id} />
    </article>
  );
}
