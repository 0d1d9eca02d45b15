import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TargetGroupSettings } from "@/features/settings/components/target-group-settings";
import { requireSettingsPage } from "@/features/settings/page-access";
import { adminTargetGroups } from "@/features/settings/target-group-queries";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [t, te] = await Promise.all([
    getTranslations({ locale, namespace: "TargetGroupSettings" }),
    getTranslations({ locale, namespace: "Editorial" }),
  ]);
  return { title: `${t("title")} – ${te("title")}` };
}

export default async function TargetGroupSettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { readOnly } = await requireSettingsPage(getPathname({ locale, href: "/editorial/settings/target-groups" }));
  return <TargetGroupSettings targetGroups={await adminTargetGroups()} readOnly={readOnly} />;
}
