import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfferQueue } from "@/features/moderation/components/offer-queue";
import { listOfferQueue } from "@/features/moderation/offer-queries";
import { requireEditorPage } from "@/features/moderation/page-access";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Editorial" });
  return { title: `${t("offers.title")} – ${t("title")}` };
}

export default async function EditorialOffersPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireEditorPage(getPathname({ locale, href: "/editorial/offers" }));
  return <OfferQueue queue={await listOfferQueue(user)} />;
}
