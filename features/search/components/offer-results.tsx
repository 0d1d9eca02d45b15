import { useFormatter, useTranslations } from "next-intl";
import { OfferCard } from "@/features/search/components/offer-card";
import type { OfferSearchHit } from "../offer-search";

/** One page of offer hits; the distance is shown when the search had a place. */
export function OfferResults({ offers }: { offers: OfferSearchHit[] }) {
  const t = useTranslations("Search");
  const format = useFormatter();
  return (
    <ul className="mt-4 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {offers.map((offer) => (
        <li key={offer.id} className="flex flex-col">
          <OfferCard offer={offer} />
          {offer.distanceKm !== null ? (
            <p className="mt-1 text-sm text-slate-700">
              {t("distance", { km: format.number(offer.distanceKm, { maximumFractionDigits: 1 }) })}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
