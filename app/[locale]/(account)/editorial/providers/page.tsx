import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProviderList } from "@/features/moderation/components/provider-list";
import { requireEditorPage } from "@/features/moderation/page-access";
import { listProvidersForEditors } from "@/features/moderation/queries";
import { ProviderListParamsSchema } from "@/features/moderation/schemas";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { parsePageParam } from "@/lib/pagination";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ status?: string | string[]; q?: string | string[]; page?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Editorial" });
  return { title: `${t("providers.title")} – ${t("title")}` };
}

export default async function EditorialProvidersPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const path = getPathname({ locale, href: "/editorial/providers" });
  const user = await requireEditorPage(path);
  const filters = ProviderListParamsSchema.parse({ status: query.status, q: query.q });
  const result = await listProvidersForEditors(user, filters, parsePageParam(query.page));
  return <ProviderList action={path} params={filters} result={result} />;
}
