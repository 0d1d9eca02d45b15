import { getTranslations, setRequestLocale } from "next-intl/server";
import { getSettings } from "@/features/settings/queries";
import { newestPublishedOffers } from "@/features/offers/queries";
import { OfferCard } from "@/features/offers/components/offer-card";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [settings, offers, t] = await Promise.all([getSettings(), newestPublishedOffers(8), getTranslations("Home")]);
  const intro = (locale === "en" ? settings.introTextEn : settings.introText) ?? t("defaultIntro");

  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="home-title" className="rounded-xl bg-brand-50 px-6 py-8">
        <h1 id="home-title" className="text-3xl font-bold text-brand-800">
          {t("title", { portal: settings.portalName, municipality: settings.municipalityName })}
        </h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-800">{intro}</p>
      </section>
      <section aria-labelledby="newest-offers">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="newest-offers" className="text-2xl font-semibold">{t("newestOffers")}</h2>
          <Link href="/offers" className="text-brand-700 underline">{t("allOffers")}</Link>
        </div>
        {offers.length === 0 ? (
          <p className="mt-4 text-slate-700">{t("noOffers")}</p>
        ) : (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {offers.map((offer) => (
              <li key={offer.id}><OfferCard offer={offer} /></li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
