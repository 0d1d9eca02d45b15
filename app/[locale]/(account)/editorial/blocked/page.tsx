import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BlockedLists } from "@/features/moderation/components/blocked-lists";
import { listBlocked } from "@/features/moderation/overview-queries";
import { requireEditorPage } from "@/features/moderation/page-access";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { parsePageParam } from "@/lib/pagination";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ offersPage?: string | string[]; providersPage?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [t, to] = await Promise.all([
    getTranslations({ locale, namespace: "Editorial" }),
    getTranslations({ locale, namespace: "EditorialOverview" }),
  ]);
  return { title: `${to("blocked.title")} – ${t("title")}` };
}

export default async function EditorialBlockedPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const user = await requireEditorPage(getPathname({ locale, href: "/editorial/blocked" }));
  const data = await listBlocked(user, { offers: parsePageParam(query.offersPage), providers: parsePageParam(query.providersPage) });
  return <BlockedLists data={data} />;
}
