import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** What the footer shows of the portal settings (the layout reads and parses them: components/ imports no feature). */
export type SiteFooterSettings = {
  portalName: string;
  municipalityName: string;
  contactAddress: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  /** Checked when saved (http(s) or a path of the portal), so they can be rendered as plain links. */
  footerLinks: { label: string; url: string }[];
};

export async function SiteFooter({ settings }: { settings: SiteFooterSettings }) {
  const [t, tp] = await Promise.all([getTranslations("Layout"), getTranslations("PortalLook")]);
  const hasContact = settings.contactAddress || settings.contactEmail || settings.contactPhone;
  return (
    <footer className="mt-12 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-6 text-sm text-slate-700 sm:flex-row sm:flex-wrap sm:items-start sm:justify-between">
        <div className="flex flex-col gap-2">
          <p>{t("footerOperator", { portal: settings.portalName, municipality: settings.municipalityName })}</p>
          {hasContact ? (
            <address className="flex flex-col gap-1 not-italic" aria-label={tp("contact")}>
              {settings.contactAddress ? <span className="whitespace-pre-line">{settings.contactAddress}</span> : null}
              {settings.contactPhone ? (
                <a href={`tel:${settings.contactPhone.replace(/[^+0-9]/g, "")}`} className="text-accent-700 underline">
                  {tp("phone", { phone: settings.contactPhone })}
                </a>
              ) : null}
              {settings.contactEmail ? (
                <a href={`mailto:${settings.contactEmail}`} className="text-accent-700 underline">
                  {tp("email", { email: settings.contactEmail })}
                </a>
              ) : null}
            </address>
          ) : null}
        </div>
        {settings.footerLinks.length > 0 ? (
          <nav aria-label={tp("links")}>
            <ul className="flex flex-wrap gap-4">
              {settings.footerLinks.map((link) => (
                <li key={`${link.label}-${link.url}`}>
                  <a href={link.url} className="text-accent-700 underline hover:text-brand-700">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <nav aria-label={t("legalNavigation")}>
          <ul className="flex flex-wrap gap-4">
            <li>
              <Link href="/imprint" className="text-accent-700 underline hover:text-brand-700">
                {t("imprint")}
              </Link>
            </li>
            <li>
              <Link href="/privacy" className="text-accent-700 underline hover:text-brand-700">
                {t("privacy")}
              </Link>
            </li>
            <li>
              <Link href="/terms" className="text-accent-700 underline hover:text-brand-700">
                {t("terms")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
