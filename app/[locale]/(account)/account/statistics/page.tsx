import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentMembership } from "@/features/accounts/current-organization";
import { requireUser } from "@/features/accounts/session";
import { providerStatisticsFor } from "@/features/analytics/dashboard";
import { AnalyticsBarChart } from "@/features/analytics/components/bar-chart";
import { DataTable } from "@/features/analytics/components/data-table";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Analytics" });
  return { title: t("provider.title") };
}

/** The current organisation's own numbers: views of its offers and contact clicks per month. */
export default async function ProviderStatisticsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser({ callbackUrl: getPathname({ locale, href: "/account/statistics" }) });
  const membership = await getCurrentMembership(user);
  if (!membership) notFound();
  const [t, months] = await Promise.all([getTranslations("Analytics"), providerStatisticsFor(user, membership.organizationId)]);
  const table = {
    title: t("provider.chartTitle"),
    columns: [t("columns.month"), t("columns.views"), t("columns.mail"), t("columns.phone"), t("columns.website"), t("columns.ics")],
    rows: months.map((m) => [m.month, m.views, m.mail, m.phone, m.website, m.ics]),
  };
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("provider.title")}</h1>
      <p className="text-slate-700">{t("provider.intro")}</p>
      {months.length === 0 ? (
        <p className="rounded-lg bg-slate-50 p-4 text-slate-700">{t("provider.none")}</p>
      ) : (
        <section aria-labelledby="provider-stats" className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4">
          <h2 id="provider-stats" className="text-lg font-semibold text-brand-800">
            {t("provider.chartTitle")}
          </h2>
          <AnalyticsBarChart
            data={[...months].reverse().map((m) => ({ label: m.month, value: m.views }))}
            valueLabel={t("columns.views")}
          />
          <DataTable table={table} emptyText={t("empty")} />
        </section>
      )}
    </div>
  );
}
