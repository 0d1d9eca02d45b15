import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EditorialDashboard } from "@/features/moderation/components/editorial-dashboard";
import { requireEditorPage } from "@/features/moderation/page-access";
import { getEditorialDashboard } from "@/features/moderation/queries";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Editorial" });
  return { title: t("title") };
}

export default async function EditorialPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireEditorPage(getPathname({ locale, href: "/editorial" }));
  return <EditorialDashboard data={await getEditorialDashboard(user)} />;
}
