import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfferQueue } from "@/features/moderation/components/offer-queue";
import { listOfferQueue } from "@/features/moderation/offer-queries";
import { requireEditorPage } from "@/features/moderation/page-access";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { parsePageParam } from "@/lib/pagination";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ page?: string | string[]; revisionsPage?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Editorial" });
  return { title: `${t("offers.title")} – ${t("title")}` };
}

export default async function EditorialOffersPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const user = await requireEditorPage(getPathname({ locale, href: "/editorial/offers" }));
  const queue = await listOfferQueue(user, { pending: parsePageParam(query.page), revisions: parsePageParam(query.revisionsPage) });
  return <OfferQueue queue={queue} />;
}
