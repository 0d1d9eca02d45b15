import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { adminCategoryTree } from "@/features/settings/category-queries";
import { CategorySettings } from "@/features/settings/components/category-settings";
import { requireSettingsPage } from "@/features/settings/page-access";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [t, te] = await Promise.all([
    getTranslations({ locale, namespace: "Vocabulary" }),
    getTranslations({ locale, namespace: "Editorial" }),
  ]);
  return { title: `${t("title")} – ${te("title")}` };
}

export default async function CategorySettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { readOnly } = await requireSettingsPage(getPathname({ locale, href: "/editorial/settings/categories" }));
  return <CategorySettings categories={await adminCategoryTree()} readOnly={readOnly} />;
}
