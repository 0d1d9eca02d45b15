import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function SiteFooter({ settings }: { settings: { portalName: string; municipalityName: string } }) {
  const t = await getTranslations("Layout");
  return (
    <footer className="mt-12 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 text-sm text-slate-700 sm:flex-row sm:items-center sm:justify-between">
        <p>{t("footerOperator", { portal: settings.portalName, municipality: settings.municipalityName })}</p>
        <nav aria-label={t("legalNavigation")}>
          <ul className="flex flex-wrap gap-4">
            <li>
              <Link href="/imprint" className="underline hover:text-brand-700">
                {t("imprint")}
              </Link>
            </li>
            <li>
              <Link href="/privacy" className="underline hover:text-brand-700">
                {t("privacy")}
              </Link>
            </li>
            <li>
              <Link href="/terms" className="underline hover:text-brand-700">
                {t("terms")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
