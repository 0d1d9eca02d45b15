import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getSessionUser } from "@/features/accounts/session";
import { LogoutButton } from "@/features/accounts/components/logout-button";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Auth" });
  return { title: t("logoutTitle"), robots: { index: false } };
}

export default async function LogoutPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [user, t] = await Promise.all([getSessionUser(), getTranslations("Auth")]);

  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("logoutTitle")}</h1>
      {user ? (
        <>
          <p className="text-slate-700">{t("logoutIntro", { name: user.name })}</p>
          <LogoutButton redirectTo={getPathname({ locale, href: "/" })} />
        </>
      ) : (
        <>
          <p className="text-slate-700">{t("notLoggedIn")}</p>
          <p>
            <Link href="/login" className="text-brand-700 underline">
              {t("toLogin")}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
