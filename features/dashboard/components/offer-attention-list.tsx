import { getFormatter, getTranslations } from "next-intl/server";
import { OfferQuickActions, type QuickAction } from "@/features/freshness/components/offer-quick-actions";
import { Link } from "@/i18n/navigation";
import type { DashboardOffer } from "../queries";

type Props = {
  id: string;
  heading: string;
  intro: string;
  empty: string;
  offers: DashboardOffer[];
  /** Which date to show next to each offer. */
  date: "endsAt" | "confirmed" | "hidden" | "ended";
  /** One-click actions per offer (features/freshness). */
  actions?: QuickAction[];
};

/** A short list of offers that need a look (ending soon, not confirmed for months), each linking to its edit page. */
export async function OfferAttentionList({ id, heading, intro, empty, offers, date, actions = [] }: Props) {
  const t = await getTranslations("Dashboard.attention");
  const f = await getTranslations("Freshness.dashboard");
  const format = await getFormatter();
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 p-4">
      <h2 id={id} className="text-xl font-semibold">
        {heading}
      </h2>
      {offers.length === 0 ? (
        <p className="mt-3 text-slate-700">{empty}</p>
      ) : (
        <>
          <p className="mt-2 text-slate-700">{intro}</p>
          <ul className="mt-3 flex flex-col divide-y divide-slate-200">
            {offers.map((offer) => {
              const when =
                date === "endsAt" || date === "ended"
                  ? offer.endsAt
                  : date === "hidden"
                    ? offer.staleHiddenAt
                    : offer.lastConfirmedAt && offer.lastConfirmedAt > offer.updatedAt
                      ? offer.lastConfirmedAt
                      : offer.updatedAt;
              const formatted = when ? format.dateTime(when, { dateStyle: "medium" }) : "";
              const label =
                date === "hidden"
                  ? f("hiddenSince", { date: formatted })
                  : date === "ended"
                    ? f("endedAt", { date: formatted })
                    : t(date === "endsAt" ? "endsAt" : "lastConfirmed", { date: formatted });
              return (
                <li key={offer.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
                  <Link
                    href={{ pathname: "/account/offers/[id]", params: { id: String(offer.id) } }}
                    className="min-w-0 break-words font-medium text-brand-700 underline hover:text-brand-800"
                  >
                    {offer.title}
                  </Link>
                  {when ? <span className="text-sm text-slate-700">{label}</span> : null}
                  {actions.length > 0 ? (
                    <div className="basis-full">
                      <OfferQuickActions offerId={offer.id} title={offer.title} actions={actions} />
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
