import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { LocaleSwitcher } from "./locale-switcher";

/** What the header shows of the portal settings (the layout reads them: components/ imports no feature). */
export type SiteHeaderSettings = { portalName: string; municipalityName: string; logoPath: string | null };

export async function SiteHeader({ settings, signedIn }: { settings: SiteHeaderSettings; signedIn: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("Layout"), getLocale()]);
  const navLink = "rounded px-2 py-1 text-slate-800 hover:bg-slate-100 hover:text-brand-700 underline-offset-4";

  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold text-brand-700">
          {settings.logoPath ? (
            // eslint-disable-next-line @next/next/no-img-element -- uploaded logo of any size, served by us
            <img src={settings.logoPath} alt="" className="h-8 w-auto" />
          ) : null}
          <span>{settings.portalName}</span>
          <span className="sr-only">{t("homeLinkSuffix", { municipality: settings.municipalityName })}</span>
        </Link>
        <nav aria-label={t("mainNavigation")}>
          <ul className="flex flex-wrap items-center gap-1 text-sm sm:text-base">
            <li>
              <Link href="/offers" className={navLink}>
                {t("navOffers")}
              </Link>
            </li>
            <li>
              <Link href="/providers" className={navLink}>
                {t("navProviders")}
              </Link>
            </li>
            {signedIn ? (
              <>
                <li>
                  <Link href="/account" className={navLink}>
                    {t("navAccount")}
                  </Link>
                </li>
                {/* The logout page signs out with one button, also without JavaScript-driven menus. */}
                <li>
                  <Link href="/logout" className={navLink}>
                    {t("navLogout")}
                  </Link>
                </li>
              </>
            ) : (
              <li>
                <Link href="/login" className={navLink}>
                  {t("navLogin")}
                </Link>
              </li>
            )}
            <li>
              <LocaleSwitcher currentLocale={locale} label={t("chooseLanguage")} />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
