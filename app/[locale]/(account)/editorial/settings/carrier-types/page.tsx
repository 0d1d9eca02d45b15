import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CARRIER_TYPE_PARAMS } from "@/features/search/params/vocabulary";
import { adminCarrierTypes, carrierTypeLabels } from "@/features/settings/carrier-types";
import { CarrierTypeForm } from "@/features/settings/components/carrier-type-form";
import { ReadOnlyFieldset } from "@/features/settings/components/read-only-note";
import { requireSettingsPage } from "@/features/settings/page-access";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { SettingsHeader } from "@/features/settings/components/settings-header";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [t, te] = await Promise.all([
    getTranslations({ locale, namespace: "CarrierTypeSettings" }),
    getTranslations({ locale, namespace: "Editorial" }),
  ]);
  return { title: `${t("title")} – ${te("title")}` };
}

export default async function CarrierTypeSettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { readOnly } = await requireSettingsPage(getPathname({ locale, href: "/editorial/settings/carrier-types" }));
  const [t, carrierTypes, labels] = await Promise.all([
    getTranslations("CarrierTypeSettings"),
    adminCarrierTypes(),
    carrierTypeLabels(locale),
  ]);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <SettingsHeader title={t("title")} intro={t("intro")} />
      <ReadOnlyFieldset readOnly={readOnly}>
        <CarrierTypeForm carrierTypes={carrierTypes} labels={labels} params={CARRIER_TYPE_PARAMS} />
      </ReadOnlyFieldset>
    </div>
  );
}
