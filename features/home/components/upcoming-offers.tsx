import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { OfferCard } from "@/features/search/components/offer-card";
import type { OfferCard as OfferCardData } from "@/features/search/offer-card";

/** "Aktuelle Angebote": the next dated offers, one per title (`upcomingDatedOffers`). */
export function UpcomingOffers({ offers }: { offers: OfferCardData[] }) {
  const t = useTranslations("Home");
  return (
    <section aria-labelledby="upcoming-offers">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="upcoming-offers" className="text-2xl font-semibold">
          {t("upcomingOffers")}
        </h2>
        <Link href="/offers" className="text-brand-700 underline">
          {t("allOffers")}
        </Link>
      </div>
      {offers.length === 0 ? (
        <p className="mt-4 text-slate-700">{t("noOffers")}</p>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {offers.map((offer) => (
            <li key={offer.id}>
              <OfferCard offer={offer} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
