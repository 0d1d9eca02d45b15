import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { carrierTypeLabels } from "@/features/settings/carrier-types";
import { Link } from "@/i18n/navigation";
import { deleteOrganizationAction } from "../act-actions";
import { allowedOrganizationActions } from "../organization-transitions";
import type { ProviderForEditors } from "../queries";
import { REASON_MAX_LENGTH } from "../schemas";
import { auditActionLabel } from "./audit-action-label";
import { ReviewSection, TrashSection } from "./review-parts";
import { FullHistoryLink } from "./full-history-link";
import { OrganizationDecisionForm } from "./organization-decision-form";
import { OrganizationStatusBadge } from "./organization-status-badge";

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Label/value rows; empty values show a dash so the editor sees what is missing. */
function Facts({ rows, none }: { rows: [string, ReactNode][]; none: string }) {
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[minmax(8rem,auto)_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium">{label}</dt>
          <dd className="mb-2 break-words whitespace-pre-line sm:mb-0">
            {value === null || value === undefined || value === "" ? none : value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Everything an editor needs to decide on a provider: profile, people, offers, decision, history. */
export async function ProviderReview({ data }: { data: ProviderForEditors }) {
  const [t, ta, format, carrierLabels] = await Promise.all([
    getTranslations("Editorial"),
    getTranslations("EditorialAct"),
    getFormatter(),
    getLocale().then((locale) => carrierTypeLabels(locale)),
  ]);
  const { organization: org, history } = data;
  const when = (date: Date | null) =>
    date ? <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle: "medium", timeStyle: "short" })}</time> : null;
  const none = t("detail.none");
  const actions = allowedOrganizationActions(org.status);

  return (
    <article className="flex max-w-4xl flex-col gap-8">
      <header className="flex flex-col gap-2">
        <Link href="/editorial/providers" className="self-start text-brand-700 underline">
          {t("detail.back")}
        </Link>
        <h1 className="text-3xl font-bold break-words text-brand-800">{org.name}</h1>
        {org.subline ? <p className="text-lg text-slate-700">{org.subline}</p> : null}
        <p className="flex flex-wrap items-center gap-2">
          <span className="sr-only">{t("detail.currentStatus", { status: t(`status.${org.status}`) })}</span>
          <span aria-hidden="true">
            <OrganizationStatusBadge status={org.status} label={t(`status.${org.status}`)} />
          </span>
        </p>
        {org.statusReason ? <p className="break-words">{t("detail.reason", { reason: org.statusReason })}</p> : null}
        <nav aria-label={ta("actionsHeading")}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              {/* The decision comes after the content it is about; this jumps there. */}
              <a href="#decision" className="font-semibold text-brand-700 underline">
                {t("detail.sectionDecision")}
              </a>
            </li>
            <li>
              <Link
                href={{ pathname: "/editorial/providers/[id]/edit", params: { id: String(org.id) } }}
                className="font-semibold text-brand-700 underline"
              >
                {ta("editProvider")}
              </Link>
            </li>
            <li>
              <Link
                href={{ pathname: "/account/offers/new", query: { organizationId: String(org.id) } }}
                className="font-semibold text-brand-700 underline"
              >
                {ta("newOfferLink")}
              </Link>
            </li>
          </ul>
        </nav>
      </header>

      <ReviewSection id="profile" title={t("detail.sectionProfile")}>
        <Facts
          none={none}
          rows={[
            [t("detail.name"), org.name],
            [t("detail.slug"), org.slug],
            [t("detail.subline"), org.subline],
            [t("detail.summary"), org.summary],
            [t("detail.description"), org.description],
            [t("detail.carrierType"), carrierLabels[org.carrierType]],
            [t("detail.employeeCount"), org.employeeCount === null ? null : format.number(org.employeeCount)],
            [t("detail.volunteering"), org.volunteering ? t(`volunteeringValue.${org.volunteering}`) : null],
            [
              t("detail.logo"),
              org.logoPath ? (
                <ImageWithRights
                  path={org.logoPath}
                  copyright={org.logoCopyright}
                  label={t("detail.copyright", { copyright: org.logoCopyright ?? none })}
                />
              ) : null,
            ],
            [
              t("detail.image"),
              org.imagePath ? (
                <ImageWithRights
                  path={org.imagePath}
                  copyright={org.imageCopyright}
                  label={t("detail.copyright", { copyright: org.imageCopyright ?? none })}
                />
              ) : null,
            ],
            [t("detail.createdAt"), when(org.createdAt)],
            [t("detail.updatedAt"), when(org.updatedAt)],
            [t("detail.approvedAt"), when(org.approvedAt)],
            [t("detail.lastConfirmedAt"), when(org.lastConfirmedAt)],
          ]}
        />
      </ReviewSection>

      <ReviewSection id="contact" title={t("detail.sectionContact")}>
        <Facts
          none={none}
          rows={[
            [t("detail.email"), org.email],
            [t("detail.phone"), org.phone],
            [t("detail.phone2"), org.phone2],
            [t("detail.website"), org.website],
          ]}
        />
      </ReviewSection>

      <ReviewSection id="address" title={t("detail.sectionAddress")}>
        <Facts
          none={none}
          rows={[
            [t("detail.street"), org.street],
            [t("detail.postalCode"), org.postalCode],
            [t("detail.city"), org.city],
            [t("detail.district"), org.district?.name ?? null],
            [t("detail.coordinates"), org.lat !== null && org.lng !== null ? `${org.lat.toFixed(5)}, ${org.lng.toFixed(5)}` : null],
            [t("detail.geoSource"), t(`geoSourceValue.${org.geoSource}`)],
          ]}
        />
      </ReviewSection>

      <ReviewSection id="person" title={t("detail.sectionPerson")}>
        <Facts
          none={none}
          rows={[
            [t("detail.contactName"), [org.contactSalutation, org.contactName].filter(Boolean).join(" ")],
            [t("detail.contactRole"), org.contactRole],
            [t("detail.contactPhone"), org.contactPhone],
            [t("detail.contactEmail"), org.contactEmail],
          ]}
        />
      </ReviewSection>

      <ReviewSection id="hours" title={t("detail.sectionHours")}>
        {org.openingHours.length === 0 && !org.openingHoursNote ? <p>{t("detail.noEntries")}</p> : null}
        {org.openingHours.length > 0 ? (
          <ul>
            {org.openingHours.map((hour) => (
              <li key={hour.id}>
                {t(`weekday.${hour.weekday}` as "weekday.1")}:{" "}
                {t("detail.timeRange", { start: clock(hour.startMinute), end: clock(hour.endMinute) })}
              </li>
            ))}
          </ul>
        ) : null}
        {org.openingHoursNote ? (
          <p className="break-words whitespace-pre-line">
            {t("detail.openingHoursNote")}: {org.openingHoursNote}
          </p>
        ) : null}
      </ReviewSection>

      <ReviewSection id="facts" title={t("detail.sectionFacts")}>
        {org.facts.length === 0 ? (
          <p>{t("detail.noEntries")}</p>
        ) : (
          <Facts none={none} rows={org.facts.map((fact) => [fact.label, fact.value])} />
        )}
      </ReviewSection>

      <ReviewSection id="categories" title={t("detail.sectionCategories")}>
        {org.categories.length === 0 ? <p>{t("detail.noEntries")}</p> : <p>{org.categories.map((c) => c.category.name).join(", ")}</p>}
      </ReviewSection>

      <ReviewSection id="users" title={t("detail.sectionUsers")}>
        {org.memberships.length === 0 ? (
          <p>{t("detail.noEntries")}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-200 rounded border border-slate-200">
            {org.memberships.map(({ role, user }) => (
              <li key={user.id} className="flex flex-col gap-1 p-3">
                <p className="font-medium break-words">
                  {user.name} <span className="font-normal text-slate-700">· {t(`detail.role${role}`)}</span>
                  {user.disabledAt ? <span className="font-normal text-red-800"> · {t("detail.disabled")}</span> : null}
                </p>
                <p className="text-sm break-all text-slate-700">
                  {t("detail.userEmail")}: {user.email}
                </p>
                <p className="text-sm text-slate-700">
                  {t("detail.userVerified")}: {user.emailVerifiedAt ? t("detail.yes") : t("detail.no")}
                  {" · "}
                  {t("detail.userLastLogin")}: {user.lastLoginAt ? when(user.lastLoginAt) : t("detail.never")}
                </p>
              </li>
            ))}
          </ul>
        )}
      </ReviewSection>

      <ReviewSection id="offers" title={t("detail.sectionOffers")}>
        {org.offers.length === 0 ? (
          <p>{t("detail.noEntries")}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-200 rounded border border-slate-200">
            {org.offers.map((offer) => (
              <li key={offer.id} className="flex flex-col gap-1 p-3">
                <p className="font-medium break-words">
                  {offer.isPublic ? (
                    <Link href={{ pathname: "/offers/[slug]", params: { slug: offer.slug } }} className="text-brand-700 underline">
                      {offer.title}
                    </Link>
                  ) : (
                    offer.title
                  )}
                </p>
                <p className="text-sm text-slate-700">
                  {t(`offerStatus.${offer.status}`)}
                  {offer.isPublic ? ` · ${t("detail.offerPublic")}` : ""}
                  {" · "}
                  {t("detail.offerUpdated")}: {when(offer.updatedAt)}
                </p>
                {offer.statusReason ? (
                  <p className="text-sm break-words text-slate-700">{t("detail.reason", { reason: offer.statusReason })}</p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </ReviewSection>

      <ReviewSection id="decision" title={t("detail.sectionDecision")}>
        {actions.length === 0 ? (
          <p>{t("decision.noActions")}</p>
        ) : (
          <OrganizationDecisionForm
            organizationId={org.id}
            actions={actions}
            reasonMaxLength={REASON_MAX_LENGTH}
            labels={{
              intro: t("decision.intro"),
              reasonLabel: t("decision.reasonLabel"),
              reasonHint: t("decision.reasonHint", { max: REASON_MAX_LENGTH }),
              pending: t("decision.pending"),
              actions: Object.fromEntries(actions.map((action) => [action, t(`decision.${action}`)])),
            }}
          />
        )}
      </ReviewSection>

      <TrashSection kind="organization" action={deleteOrganizationAction} hidden={{ organizationId: String(org.id) }} />

      <ReviewSection id="history" title={t("detail.sectionHistory")}>
        {history.length === 0 ? (
          <p>{t("detail.noEntries")}</p>
        ) : (
          <ol className="flex flex-col divide-y divide-slate-200 rounded border border-slate-200">
            {history.map((entry) => (
              <li key={entry.id} className="flex flex-col gap-1 p-3">
                <p className="font-medium">{auditActionLabel(t, entry.action)}</p>
                <p className="text-sm text-slate-700">
                  {when(entry.createdAt)} · {entry.actor?.name ?? t("detail.unknownActor")}
                </p>
                {entry.reason ? <p className="break-words whitespace-pre-line">{t("detail.reason", { reason: entry.reason })}</p> : null}
                {entry.changedFields ? (
                  <p className="text-sm text-slate-700">
                    {t("detail.historyFields", { fields: parseFields(entry.changedFields).join(", ") })}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        <FullHistoryLink entityType="organization" entityId={org.id} />
      </ReviewSection>
    </article>
  );
}

function parseFields(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

function ImageWithRights({ path, label }: { path: string; copyright: string | null; label: string }) {
  return (
    <span className="flex flex-col gap-1">
      {/* eslint-disable-next-line @next/next/no-img-element -- uploads are already resized WebP files */}
      <img src={path} alt="" className="max-h-32 max-w-48 rounded border border-slate-200 object-contain" />
      <span className="text-sm text-slate-700">{label}</span>
    </span>
  );
}
