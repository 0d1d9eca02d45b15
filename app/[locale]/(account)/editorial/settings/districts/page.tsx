import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DistrictSettings } from "@/features/settings/components/district-settings";
import { adminDistricts } from "@/features/settings/district-queries";
import { requireSettingsPage } from "@/features/settings/page-access";
import { getSettings } from "@/features/settings/queries";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [t, te] = await Promise.all([
    getTranslations({ locale, namespace: "DistrictSettings" }),
    getTranslations({ locale, namespace: "Editorial" }),
  ]);
  return { title: `${t("title")} – ${te("title")}` };
}

export default async function DistrictSettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { readOnly } = await requireSettingsPage(getPathname({ locale, href: "/editorial/settings/districts" }));
  const [districts, settings] = await Promise.all([adminDistricts(), getSettings()]);
  const map = {
    tileUrl: settings.tileUrl,
    attribution: settings.tileAttribution,
    center: { lat: settings.mapCenterLat, lng: settings.mapCenterLng },
  };
  return <DistrictSettings districts={districts} map={map} readOnly={readOnly} />;
}
