import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MapSettingsForm } from "@/features/settings/components/map-settings-form";
import { ReadOnlyFieldset } from "@/features/settings/components/read-only-note";
import { requireSettingsPage } from "@/features/settings/page-access";
import { getMapSettingsForm, getSettings } from "@/features/settings/queries";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [t, te] = await Promise.all([
    getTranslations({ locale, namespace: "MapSettings" }),
    getTranslations({ locale, namespace: "Editorial" }),
  ]);
  return { title: `${t("title")} – ${te("title")}` };
}

export default async function MapSettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { readOnly } = await requireSettingsPage(getPathname({ locale, href: "/editorial/settings/map" }));
  const [t, form, settings] = await Promise.all([getTranslations("MapSettings"), getMapSettingsForm(), getSettings()]);
  return (
    <div className="flex max-w-3xl min-w-0 flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      <ReadOnlyFieldset readOnly={readOnly}>
        <MapSettingsForm
          values={form.values}
          defaults={form.defaults}
          tiles={{ tileUrl: settings.tileUrl, attribution: settings.tileAttribution }}
        />
      </ReadOnlyFieldset>
    </div>
  );
}
