import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentMembership } from "@/features/accounts/current-organization";
import { requireUser } from "@/features/accounts/session";
import { AccountOverview } from "@/features/accounts/components/account-overview";
import { LogoutButton } from "@/features/accounts/components/logout-button";
import { NoOrganization } from "@/features/dashboard/components/no-organization";
import { OrganizationDashboard } from "@/features/dashboard/components/organization-dashboard";
import { getOrganizationDashboard } from "@/features/dashboard/queries";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Dashboard" });
  return { title: t("title") };
}

export default async function AccountPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser({ callbackUrl: getPathname({ locale, href: "/account" }) });
  const membership = await getCurrentMembership(user);
  const [t, tAccount, dashboard] = await Promise.all([
    getTranslations("Dashboard"),
    getTranslations("Account"),
    membership ? getOrganizationDashboard(user, membership.organizationId) : null,
  ]);

  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      {dashboard ? <OrganizationDashboard user={user} data={dashboard} /> : <NoOrganization user={user} />}
      <div className="border-t border-slate-200 pt-6">
        <AccountOverview user={user} />
      </div>
      <section aria-labelledby="account-logout">
        <h2 id="account-logout" className="sr-only">
          {tAccount("logoutHeading")}
        </h2>
        <LogoutButton redirectTo={getPathname({ locale, href: "/" })} />
      </section>
    </div>
  );
}
