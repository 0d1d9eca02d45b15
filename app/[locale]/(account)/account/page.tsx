import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/features/accounts/session";
import { AccountOverview } from "@/features/accounts/components/account-overview";
import { LogoutButton } from "@/features/accounts/components/logout-button";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("title") };
}

export default async function AccountPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser({ callbackUrl: getPathname({ locale, href: "/account" }) });
  const t = await getTranslations("Account");

  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <AccountOverview user={user} />
      <section aria-labelledby="account-logout">
        <h2 id="account-logout" className="sr-only">{t("logoutHeading")}</h2>
        <LogoutButton redirectTo={getPathname({ locale, href: "/" })} />
      </section>
    </div>
  );
}
