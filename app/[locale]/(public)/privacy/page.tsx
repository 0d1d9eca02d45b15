import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getLegalText } from "@/features/settings/queries";
import { LegalPage } from "@/features/settings/components/legal-page";
import type { Locale } from "@/i18n/routing";
import { pageAlternates } from "@/features/seo/paths";
import { analyticsRetentionMonths } from "@/features/analytics/retention";
import { AnalyticsPrivacyNote } from "@/features/analytics/components/privacy-note";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [text, t] = await Promise.all([getLegalText("PRIVACY", locale), getTranslations({ locale, namespace: "Legal" })]);
  return { title: text?.title ?? t("privacyTitle"), alternates: pageAlternates("/privacy", locale) };
}

export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const text = await getLegalText("PRIVACY", locale);
  return (
    <>
      <LegalPage kind="PRIVACY" text={text} />
      <AnalyticsPrivacyNote retentionMonths={analyticsRetentionMonths()} />
    </>
  );
}
