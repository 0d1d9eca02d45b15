import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { EditorialDashboard as Data } from "../queries";
import { EXPIRING_DAYS, RECENT_DAYS } from "../overview-schemas";
import { auditActionLabel } from "./audit-action-label";

type CountCard = {
  label: string;
  count: number;
  href: {
    pathname: "/editorial/providers" | "/editorial/offers" | "/editorial/published" | "/editorial/blocked";
    query: Record<string, string>;
  } | null;
};

/** The editor's start page: what waits, what is blocked, and what changed last. */
export async function EditorialDashboard({ data }: { data: Data }) {
  const [t, to, ta, format] = await Promise.all([
    getTranslations("Editorial"),
    getTranslations("EditorialOverview"),
    getTranslations("EditorialAct"),
    getFormatter(),
  ]);
  const cards: CountCard[] = [
    { label: t("dashboard.pendingProviders"), count: data.pendingProviders, href: { pathname: "/editorial/providers", query: {} } },
    { label: t("dashboard.blockedProviders"), count: data.blockedProviders, href: { pathname: "/editorial/blocked", query: {} } },
    { label: t("dashboard.pendingOffers"), count: data.pendingOffers, href: { pathname: "/editorial/offers", query: {} } },
    { label: t("dashboard.pendingRevisions"), count: data.pendingRevisions, href: { pathname: "/editorial/offers", query: {} } },
    { label: t("dashboard.blockedOffers"), count: data.blockedOffers, href: { pathname: "/editorial/blocked", query: {} } },
    {
      label: to("dashboard.recentlyPublished", { days: RECENT_DAYS }),
      count: data.recentlyPublished,
      href: { pathname: "/editorial/published", query: { days: String(RECENT_DAYS) } },
    },
    {
      label: to("dashboard.stale", { months: data.reminderMonths }),
      count: data.stale,
      href: { pathname: "/editorial/published", query: { view: "stale" } },
    },
    {
      label: to("dashboard.expiring", { days: EXPIRING_DAYS }),
      count: data.expiring,
      href: { pathname: "/editorial/published", query: { view: "expiring" } },
    },
  ];

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>

      <ul className="grid gap-3 sm:grid-cols-2">
        {cards.map((card) => (
          <li key={card.label} className="flex flex-col gap-1 rounded border border-slate-200 p-4">
            <p className="text-3xl font-bold text-brand-800">{card.count}</p>
            <p className="font-medium">{card.label}</p>
            {card.href ? (
              <Link href={card.href} className="text-brand-700 underline">
                {t("dashboard.openList")}
                <span className="sr-only">: {card.label}</span>
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href={{ pathname: "/editorial/providers", query: { status: "ALL" } }} className="text-brand-700 underline">
            {t("dashboard.allProviders")}
          </Link>
        </li>
        <li>
          <Link href="/editorial/providers/new" className="text-brand-700 underline">
            {ta("newProvider")}
          </Link>
        </li>
        <li>
          <Link href="/account/offers/new" className="text-brand-700 underline">
            {ta("newOfferOnBehalf")}
          </Link>
        </li>
        <li>
          <Link href="/editorial/users" className="text-brand-700 underline">
            {t("dashboard.manageUsers")}
          </Link>
        </li>
      </ul>

      <section aria-labelledby="recent-changes" className="flex flex-col gap-2">
        <h2 id="recent-changes" className="text-xl font-semibold">
          {t("dashboard.recentChanges")}
        </h2>
        <p>
          <Link href={{ pathname: "/editorial/audit", query: { entityType: "offer" } }} className="text-brand-700 underline">
            {to("dashboard.allChanges")}
          </Link>
        </p>
        {data.recentChanges.length === 0 ? (
          <p>{t("dashboard.noRecentChanges")}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-200 rounded border border-slate-200">
            {data.recentChanges.map((change) => {
              const action = auditActionLabel(t, change.action);
              return (
                <li key={change.id} className="flex flex-col gap-1 p-3">
                  <p className="font-medium break-words">
                    {change.offer ? (
                      change.offer.isPublic ? (
                        <Link
                          href={{ pathname: "/offers/[slug]", params: { slug: change.offer.slug } }}
                          className="text-brand-700 underline"
                        >
                          {change.offer.title}
                        </Link>
                      ) : (
                        <>
                          {change.offer.title} <span className="text-sm font-normal text-slate-700">({t("dashboard.notPublic")})</span>
                        </>
                      )
                    ) : (
                      t("dashboard.deletedOffer")
                    )}
                  </p>
                  {change.offer ? (
                    <p className="text-sm text-slate-700">
                      <Link
                        href={{ pathname: "/editorial/providers/[id]", params: { id: String(change.offer.organization.id) } }}
                        className="text-brand-700 underline"
                      >
                        {change.offer.organization.name}
                      </Link>
                      {" · "}
                      {t(`offerStatus.${change.offer.status}`)}
                    </p>
                  ) : null}
                  <p className="text-sm text-slate-700">
                    {change.actorName
                      ? t("dashboard.changedBy", { action, actor: change.actorName })
                      : t("dashboard.changedByUnknown", { action })}
                    {" · "}
                    <time dateTime={change.createdAt.toISOString()}>
                      {format.dateTime(change.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                    </time>
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
