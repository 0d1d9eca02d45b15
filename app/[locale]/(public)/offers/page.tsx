import type { Metadata } from "next";
import { cache } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listPublishedOffers } from "@/features/offers/queries";
import { OfferList } from "@/features/offers/components/offer-list";
import { Pagination } from "@/components/ui/pagination";
import type { Locale } from "@/i18n/routing";
import { parsePageParam } from "@/lib/pagination";

// Metadata and page read the same page once per request.
const loadPage = cache((page: number) => listPublishedOffers(page));

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locale }, { page }] = await Promise.all([params, searchParams]);
  const [t, tp] = await Promise.all([getTranslations({ locale, namespace: "OfferList" }), getTranslations({ locale, namespace: "Pagination" })]);
  const result = await loadPage(parsePageParam(page));
  return { title: result.page > 1 ? tp("titleWithPage", { title: t("title"), page: result.page }) : t("title") };
}

export default async function OffersPage({ params, searchParams }: Props) {
  const [{ locale }, { page }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [result, t] = await Promise.all([loadPage(parsePageParam(page)), getTranslations("OfferList")]);

  return (
    <div>
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <OfferList offers={result.offers} total={result.total} />
      <Pagination pathname="/offers" page={result.page} pageCount={result.pageCount} />
    </div>
  );
}
