import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { getPublicOffer, similarOffers } from "@/features/offers/detail-queries";
import { OfferDetail } from "@/features/offers/components/offer-detail";
import { offerJsonLd, serializeJsonLd } from "@/features/offers/json-ld";
import { siteBaseUrl } from "@/features/seo/base-url";
import { getSettings } from "@/features/settings/queries";
import { pageAlternates } from "@/features/seo/paths";
import { translationFor } from "@/lib/content-translation";
import { offerViewToken } from "@/features/analytics/beacon";
import { AnalyticsBeacon } from "@/features/analytics/components/analytics-beacon";

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const data = await getPublicOffer(slug);
  if (!data) return {};
  const { offer, expired } = data;
  const translation = translationFor(offer.translations, locale);
  const title = translation?.title ?? offer.title;
  const description = translation?.summary ?? offer.summary ?? offer.description?.slice(0, 200) ?? undefined;
  return {
    title,
    description,
    // Expired offers stay reachable for people holding the link, but leave search engines.
    robots: expired ? { index: false, follow: true } : undefined,
    alternates: pageAlternates("/offers/[slug]", locale, { slug }),
    openGraph: { title, description, type: "website" },
  };
}

export default async function OfferPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const data = await getPublicOffer(slug);
  if (!data) notFound();
  const { offer, schedule, expired, upcoming } = data;
  const [settings, similar, baseUrl] = await Promise.all([
    getSettings(),
    similarOffers({
      id: offer.id,
      categoryIds: offer.categories.map((c) => c.category.id),
      targetGroupIds: offer.targetGroups.map((t) => t.targetGroup.id),
      ageMin: offer.ageMin,
      ageMax: offer.ageMax,
    }),
    siteBaseUrl(),
  ]);
  const url = baseUrl + getPathname({ locale, href: { pathname: "/offers/[slug]", params: { slug } } });
  const providerUrl = baseUrl + getPathname({ locale, href: { pathname: "/providers/[slug]", params: { slug: offer.organization.slug } } });
  const hasDates = schedule.kind !== "PERMANENT" || schedule.windows.length > 0;
  const icsHref = !expired && hasDates ? `/api/offers/${encodeURIComponent(offer.slug)}/ics?locale=${locale}` : null;
  // The page's language: the visitor's translation where one exists (as the page shows it).
  const translation = translationFor(offer.translations, locale);
  const jsonLd = offerJsonLd(
    {
      ...offer,
      title: translation?.title ?? offer.title,
      summary: translation?.summary ?? offer.summary,
      description: translation?.description ?? offer.description,
      url,
      languages: offer.languages.map((l) => l.code),
      provider: { name: offer.organization.name, url: providerUrl },
      images: offer.images.filter((i) => i.path.startsWith("/") && !i.path.startsWith("//")).map((i) => baseUrl + i.path),
    },
    upcoming,
  );

  return (
    <>
      <OfferDetail
        data={data}
        similar={similar}
        url={url}
        icsHref={icsHref}
        tileUrl={settings.tileUrl}
        attribution={settings.tileAttribution}
      />
      <AnalyticsBeacon token={offerViewToken({ id: offer.id, organizationId: offer.organization.id }, locale)} contacts />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
    </>
  );
}
