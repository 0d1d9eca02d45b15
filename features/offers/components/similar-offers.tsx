import { useTranslations } from "next-intl";
import type { OfferCard as OfferCardData } from "@/features/search/offer-card";
import { OfferCard } from "@/features/search/components/offer-card";

export function SimilarOffers({ offers }: { offers: OfferCardData[] }) {
  const t = useTranslations("OfferDetail");
  if (offers.length === 0) return null;
  return (
    <section aria-labelledby="offer-similar" className="mt-12">
      <h2 id="offer-similar" className="text-2xl font-semibold text-brand-800">
        {t("similar")}
      </h2>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {offers.map((offer) => (
          <li key={offer.id}>
            <OfferCard offer={offer} />
          </li>
        ))}
      </ul>
    </section>
  );
}
