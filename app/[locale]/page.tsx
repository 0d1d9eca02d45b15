import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { pageAlternates } from "@/features/seo/paths";
import { routing, type Locale } from "@/i18n/routing";
import { getSettings } from "@/features/settings/queries";
import { introTextFor } from "@/features/settings/portal-schemas";
import { OriginalLanguageNote } from "@/components/ui/original-language";
import { offerFacets } from "@/features/search/facets";
import { categoryCounts } from "@/features/search/offer-search";
import { recentlyApprovedProviders, upcomingDatedOffers } from "@/features/home/queries";
import { HomeSearchBox } from "@/features/home/components/home-search-box";
import { CategoryTiles } from "@/features/home/components/category-tiles";
import { UpcomingOffers } from "@/features/home/components/upcoming-offers";
import { ProviderTeasers } from "@/features/home/components/provider-teasers";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? { alternates: pageAlternates("/", locale) } : {};
}

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  // Stray file requests (e.g. /apple-touch-icon.png) arrive here as a "locale": answer 404 before any work.
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [settings, facets, counts, upcoming, providers, t] = await Promise.all([
    getSettings(),
    offerFacets(locale),
    categoryCounts(),
    upcomingDatedOffers(8),
    recentlyApprovedProviders(4),
    getTranslations("Home"),
  ]);
  // The admins' intro in the visitor's language; else their German text, marked German with a note; else the translated default.
  const intro = introTextFor(settings, locale);

  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="home-title" className="rounded-xl bg-brand-50 px-4 py-8 sm:px-6">
        <h1 id="home-title" className="text-3xl font-bold text-brand-800">
          {t("title", { portal: settings.portalName, municipality: settings.municipalityName })}
        </h1>
        {intro ? (
          <>
            <p lang={intro.lang} className="mt-3 max-w-3xl text-lg whitespace-pre-line text-slate-800">
              {intro.text}
            </p>
            {intro.fallback ? <OriginalLanguageNote /> : null}
          </>
        ) : (
          <p className="mt-3 max-w-3xl text-lg text-slate-800">{t("defaultIntro")}</p>
        )}
        <HomeSearchBox
          action={getPathname({ locale, href: "/offers" })}
          categories={facets.categories}
          districts={facets.districts}
          postalCodes={facets.postalCodes}
        />
      </section>
      <CategoryTiles categories={facets.categories} counts={new Map(counts.map((c) => [c.slug, c.count]))} />
      <UpcomingOffers offers={upcoming} />
      <ProviderTeasers providers={providers} />
    </div>
  );
}
