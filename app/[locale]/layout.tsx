import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { routing, type Locale } from "@/i18n/routing";
import { getSettings } from "@/features/settings/queries";
import { parseFooterLinks } from "@/features/settings/portal-schemas";
import { themeVariables } from "@/features/settings/theme";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { getSessionUser } from "@/features/accounts/session";
import { textDirection } from "@/lib/text-direction";
import { publicBaseUrl } from "@/lib/env";
import { PUBLIC_CLIENT_NAMESPACES, pickMessages } from "@/lib/client-messages";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const [settings, t] = await Promise.all([getSettings(), getTranslations({ locale: locale as Locale, namespace: "Layout" })]);
  return {
    // Canonical and hreflang links become absolute URLs of the public address, never of the request's host.
    metadataBase: new URL(publicBaseUrl()),
    title: { default: settings.portalName, template: `%s · ${settings.portalName}` },
    description: t("metaDescription", { municipality: settings.municipalityName }),
    // The admins' favicon (features/settings); without one, app/favicon.ico stays.
    ...(settings.faviconPath ? { icons: { icon: [{ url: settings.faviconPath, type: "image/webp" }] } } : {}),
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, messages, settings, user] = await Promise.all([
    getTranslations({ locale, namespace: "Layout" }),
    getMessages(),
    getSettings(),
    getSessionUser(),
  ]);

  return (
    // The portal's colours as the CSS variables of the Tailwind theme: a saved change shows on the next page.
    <html lang={locale} dir={textDirection(locale)} style={themeVariables(settings)}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased">
        {/* Parts that only work with scripts (the search map) keep their space from the first paint, and vanish without JS. */}
        <noscript>
          <style>{".needs-js{display:none!important}"}</style>
        </noscript>
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:shadow"
        >
          {t("skipToContent")}
        </a>
        {/* Only the namespaces public client components use: the rest would be serialized into every page.
            The account area's layout provides the others. */}
        <NextIntlClientProvider messages={pickMessages(messages, PUBLIC_CLIENT_NAMESPACES)}>
          <SiteHeader settings={settings} signedIn={user !== null} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none">
            {children}
          </main>
          <SiteFooter settings={{ ...settings, footerLinks: parseFooterLinks(settings.footerLinks) }} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
