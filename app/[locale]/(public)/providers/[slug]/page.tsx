import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { getPublicProvider } from "@/features/providers/detail-queries";
import { ProviderDetail } from "@/features/providers/components/provider-detail";
import { carrierTypeLabels } from "@/features/settings/carrier-types";
import { getSettings } from "@/features/settings/queries";
import { districtBoundaries } from "@/features/settings/district-queries";
import { pageAlternates } from "@/features/seo/paths";
import { translationFor } from "@/lib/content-translation";
import { providerViewToken } from "@/features/analytics/beacon";
import { AnalyticsBeacon } from "@/features/analytics/components/analytics-beacon";

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const data = await getPublicProvider(slug);
  if (!data) return {};
  const { provider } = data;
  // The visitor's translation where one exists (as the page shows it), else the German text.
  const translation = translationFor(provider.translations, locale);
  const description =
    (translation?.summary || provider.summary) ??
    (translation?.subline || provider.subline) ??
    (translation?.description || provider.description)?.slice(0, 200) ??
    undefined;
  return {
    title: provider.name,
    description,
    alternates: pageAlternates("/providers/[slug]", locale, { slug }),
    openGraph: { title: provider.name, description, type: "website" },
  };
}

export default async function ProviderPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const [data, settings, carrierLabels] = await Promise.all([getPublicProvider(slug), getSettings(), carrierTypeLabels(locale)]);
  if (!data) notFound();
  // The outline of the provider's district on its map (one row at most).
  const boundaries = data.provider.districtId !== null ? await districtBoundaries([data.provider.districtId], locale) : [];
  return (
    <>
      <ProviderDetail
        data={data}
        tileUrl={settings.tileUrl}
        attribution={settings.tileAttribution}
        carrierLabel={carrierLabels[data.provider.carrierType]}
        boundaries={boundaries}
      />
      <AnalyticsBeacon token={providerViewToken(data.provider.id, locale)} contacts />
    </>
  );
}
