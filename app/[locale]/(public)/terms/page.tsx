import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getLegalText } from "@/features/settings/queries";
import { LegalPage } from "@/features/settings/components/legal-page";
import type { Locale } from "@/i18n/routing";
import { pageAlternates } from "@/features/seo/paths";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [text, t] = await Promise.all([getLegalText("TERMS", locale), getTranslations({ locale, namespace: "Legal" })]);
  return { title: text?.title ?? t("termsTitle"), alternates: pageAlternates("/terms", locale) };
}

export default async function TermsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const text = await getLegalText("TERMS", locale);
  return <LegalPage kind="TERMS" text={text} />;
}
