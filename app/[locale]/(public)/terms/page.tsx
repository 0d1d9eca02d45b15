import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getLegalText, getLegalTextVersion, legalTextVersions } from "@/features/settings/queries";
import { parseId } from "@/lib/ids";
import { LegalPage } from "@/features/settings/components/legal-page";
import type { Locale } from "@/i18n/routing";
import { pageAlternates } from "@/features/seo/paths";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ version?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [text, t] = await Promise.all([getLegalText("TERMS", locale), getTranslations({ locale, namespace: "Legal" })]);
  return { title: text?.title ?? t("termsTitle"), alternates: pageAlternates("/terms", locale) };
}

export default async function TermsPage({ params, searchParams }: Props) {
  const [{ locale }, sp] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  // ?version=n shows an archived version of the terms (an unknown one: the current text).
  const requested = parseId(Array.isArray(sp.version) ? sp.version[0] : sp.version);
  const [current, archived, olderVersions] = await Promise.all([
    getLegalText("TERMS", locale),
    requested !== null ? getLegalTextVersion("TERMS", locale, requested) : null,
    legalTextVersions("TERMS", locale),
  ]);
  return <LegalPage kind="TERMS" text={archived ?? current} archived={archived !== null} olderVersions={olderVersions} />;
}
