import { useTranslations } from "next-intl";
import type { OfferCard as OfferCardData } from "../queries";
import { OfferCard } from "./offer-card";

/** The public offer list: total, cards (or the empty state). Paging links are rendered by the page. */
export function OfferList({ offers, total }: { offers: OfferCardData[]; total: number }) {
  const t = useTranslations("OfferList");
  return (
    <section aria-labelledby="offer-list-heading" className="mt-6">
      <h2 id="offer-list-heading" className="sr-only">{t("resultsLabel")}</h2>
      <p className="font-semibold text-slate-800">{t("count", { count: total })}</p>
      {offers.length === 0 ? (
        <p className="mt-4 rounded-lg bg-slate-50 p-4 text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {offers.map((offer) => (
            <li key={offer.id}><OfferCard offer={offer} /></li>
          ))}
        </ul>
      )}
    </section>
  );
}
