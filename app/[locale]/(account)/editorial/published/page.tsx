import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PublishedList } from "@/features/moderation/components/published-list";
import { listPublishedOffers } from "@/features/moderation/overview-queries";
import { PublishedListParamsSchema } from "@/features/moderation/overview-schemas";
import { requireEditorPage } from "@/features/moderation/page-access";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { parsePageParam } from "@/lib/pagination";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ view?: string | string[]; days?: string | string[]; page?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [t, to] = await Promise.all([
    getTranslations({ locale, namespace: "Editorial" }),
    getTranslations({ locale, namespace: "EditorialOverview" }),
  ]);
  return { title: `${to("published.title")} – ${t("title")}` };
}

export default async function EditorialPublishedPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const path = getPathname({ locale, href: "/editorial/published" });
  const user = await requireEditorPage(path);
  const filters = PublishedListParamsSchema.parse({ view: query.view, days: query.days });
  const result = await listPublishedOffers(user, filters, parsePageParam(query.page));
  return <PublishedList action={path} params={filters} result={result} />;
}
