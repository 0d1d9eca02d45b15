import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { PublishedOffers } from "../overview-queries";
import { PUBLISHED_PERIODS, PUBLISHED_VIEWS, type PublishedListParams } from "../overview-schemas";
import { auditActionLabel } from "./audit-action-label";
import { ListPaging } from "./list-paging";

type Props = {
  /** The localized path of this page (the filter form submits to it with GET). */
  action: string;
  params: PublishedListParams;
  result: PublishedOffers;
};

/** Published offers for the after-the-fact check: newest changes, unconfirmed ones or ending ones. */
export async function PublishedList({ action, params, result }: Props) {
  const [t, te, format] = await Promise.all([getTranslations("EditorialOverview"), getTranslations("Editorial"), getFormatter()]);
  const { offers, page } = result;
  const query: Record<string, string> = {
    ...(params.view !== "recent" ? { view: params.view } : {}),
    ...(params.days !== "all" ? { days: params.days } : {}),
  };
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="flex max-w-4xl flex-col gap-4">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("published.title")}</h1>
        <p className="text-slate-700">{t("published.intro")}</p>
      </header>

      <form
        method="get"
        action={action}
        aria-label={t("published.filterLabel")}
        className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="published-view" className="font-medium">
            {t("published.viewLabel")}
          </label>
          <select id="published-view" name="view" defaultValue={params.view} className="min-h-11 rounded border border-slate-400 px-3">
            {PUBLISHED_VIEWS.map((view) => (
              <option key={view} value={view}>
                {t(`published.view.${view}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="published-days" className="font-medium">
            {t("published.daysLabel")}
          </label>
          <select
            id="published-days"
            name="days"
            defaultValue={params.days}
            aria-describedby="published-days-hint"
            className="min-h-11 rounded border border-slate-400 px-3"
          >
            {PUBLISHED_PERIODS.map((days) => (
              <option key={days} value={days}>
                {days === "all" ? t("published.daysAll") : t("published.daysLast", { days })}
              </option>
            ))}
          </select>
          <p id="published-days-hint" className="text-sm text-slate-700">
            {t("published.daysHint")}
          </p>
        </div>
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
          {t("apply")}
        </button>
      </form>

      <p role="status" className="text-slate-700">
        {t("published.resultCount", { total: page.total })}
      </p>
      {offers.length === 0 ? (
        <p>{t("published.empty")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200 rounded border border-slate-200">
          {offers.map((offer) => {
            const what = offer.lastAction ? auditActionLabel(te, offer.lastAction) : t(`published.kind.${offer.kind}`);
            return (
              <li key={offer.id} className="flex flex-col gap-1 p-3">
                <Link
                  href={{ pathname: "/editorial/offers/[id]", params: { id: String(offer.id) } }}
                  className="font-medium break-words text-brand-700 underline"
                >
                  {offer.title}
                </Link>
                <p className="text-sm text-slate-700">
                  <Link
                    href={{ pathname: "/editorial/providers/[id]", params: { id: String(offer.organization.id) } }}
                    className="text-brand-700 underline"
                  >
                    {offer.organization.name}
                  </Link>
                </p>
                <p className="text-sm text-slate-700">
                  {offer.changedBy ? t("published.changedBy", { what, name: offer.changedBy }) : what}
                  {" · "}
                  <time dateTime={offer.changedAt.toISOString()}>{date(offer.changedAt)}</time>
                </p>
                {params.view === "stale" ? (
                  <p className="text-sm text-slate-700">
                    {offer.lastConfirmedAt
                      ? t("published.lastConfirmed", { date: date(offer.lastConfirmedAt) })
                      : t("published.neverConfirmed")}
                  </p>
                ) : null}
                {params.view === "expiring" && offer.endsAt ? (
                  <p className="text-sm text-slate-700">{t("published.endsAt", { date: date(offer.endsAt) })}</p>
                ) : null}
                <p className="flex flex-wrap gap-x-4 text-sm">
                  <Link
                    href={{ pathname: "/editorial/offers/[id]", params: { id: String(offer.id) } }}
                    className="inline-flex min-h-11 items-center text-brand-700 underline"
                  >
                    {t("published.check")}
                    <span className="sr-only">: {offer.title}</span>
                  </Link>
                  <Link
                    href={{ pathname: "/account/offers/[id]", params: { id: String(offer.id) } }}
                    className="inline-flex min-h-11 items-center text-brand-700 underline"
                  >
                    {t("published.edit")}
                    <span className="sr-only">: {offer.title}</span>
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <ListPaging pathname="/editorial/published" page={page} query={query} label={t("paging.labelFor", { list: t("published.title") })} />
    </div>
  );
}
