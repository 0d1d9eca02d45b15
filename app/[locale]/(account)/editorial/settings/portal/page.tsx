import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PortalLookForm } from "@/features/settings/components/portal-look-form";
import { ReadOnlyFieldset } from "@/features/settings/components/read-only-note";
import { requireSettingsPage } from "@/features/settings/page-access";
import { getPortalLookForm } from "@/features/settings/queries";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { SettingsHeader } from "@/features/settings/components/settings-header";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [t, te] = await Promise.all([
    getTranslations({ locale, namespace: "PortalLook" }),
    getTranslations({ locale, namespace: "Editorial" }),
  ]);
  return { title: `${t("title")} – ${te("title")}` };
}

export default async function PortalLookPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { readOnly } = await requireSettingsPage(getPathname({ locale, href: "/editorial/settings/portal" }));
  const [t, values] = await Promise.all([getTranslations("PortalLook"), getPortalLookForm()]);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <SettingsHeader title={t("title")} intro={t("intro")} />
      <ReadOnlyFieldset readOnly={readOnly}>
        <PortalLookForm values={values} />
      </ReadOnlyFieldset>
    </div>
  );
}
