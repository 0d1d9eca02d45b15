import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { hasRole } from "@/features/accounts/permissions";
import { listAuditLog } from "@/features/moderation/audit-queries";
import { AuditLog } from "@/features/moderation/components/audit-log";
import { parseAuditFilters } from "@/features/moderation/overview-schemas";
import { requireEditorPage } from "@/features/moderation/page-access";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { parsePageParam } from "@/lib/pagination";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [t, to] = await Promise.all([
    getTranslations({ locale, namespace: "Editorial" }),
    getTranslations({ locale, namespace: "EditorialOverview" }),
  ]);
  return { title: `${to("audit.title")} – ${t("title")}` };
}

export default async function EditorialAuditPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const path = getPathname({ locale, href: "/editorial/audit" });
  const user = await requireEditorPage(path);
  const { filters, ignored } = parseAuditFilters(query);
  const result = await listAuditLog(user, filters, parsePageParam(query.page));
  return <AuditLog action={path} filters={filters} ignored={ignored} result={result} isAdmin={hasRole(user, "ADMIN")} />;
}
