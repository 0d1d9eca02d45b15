import { defineRouting } from "next-intl/routing";

export const locales = ["de", "en", "tr", "ar", "uk", "ru"] as const;
export type Locale = (typeof locales)[number];

/**
 * German pages have German paths, English pages English ones; Turkish, Arabic, Ukrainian and
 * Russian pages use the English paths — Latin letters that anyone can type, read out and share.
 */
function paths(de: string, en: string): Record<Locale, string> {
  return { de, en, tr: en, ar: en, uk: en, ru: en };
}

// German URLs are the default; every other locale gets localized pathnames (see paths()).
export const routing = defineRouting({
  locales,
  defaultLocale: "de",
  localePrefix: "always",
  // No `Link` response header with every language version: pages name them in their <head>
  // (hreflang, features/seo/paths.ts), and six full URLs per response would make long addresses
  // exceed common header limits of clients and proxies.
  alternateLinks: false,
  pathnames: {
    "/": "/",
    "/offers": paths("/angebote", "/offers"),
    "/offers/[slug]": paths("/angebote/[slug]", "/offers/[slug]"),
    "/providers": paths("/anbieter", "/providers"),
    "/providers/[slug]": paths("/anbieter/[slug]", "/providers/[slug]"),
    "/login": paths("/anmelden", "/login"),
    "/logout": paths("/abmelden", "/logout"),
    "/account": paths("/konto", "/account"),
    "/imprint": paths("/impressum", "/imprint"),
    "/privacy": paths("/datenschutz", "/privacy"),
    "/terms": paths("/nutzungsbedingungen", "/terms"),
    "/register": paths("/registrieren", "/register"),
    "/verify-email": paths("/e-mail-bestaetigen", "/verify-email"),
    "/forgot-password": paths("/passwort-vergessen", "/forgot-password"),
    "/reset-password": paths("/passwort-zuruecksetzen", "/reset-password"),
    "/invitation": paths("/einladung", "/invitation"),
    "/confirm": paths("/bestaetigen", "/confirm"),
    "/account/join": paths("/konto/beitreten", "/account/join"),
    "/account/terms": paths("/konto/nutzungsbedingungen", "/account/terms"),
    "/account/settings": paths("/konto/einstellungen", "/account/settings"),
    "/account/profile": paths("/konto/profil", "/account/profile"),
    "/account/offers": paths("/konto/angebote", "/account/offers"),
    "/account/offers/new": paths("/konto/angebote/neu", "/account/offers/new"),
    "/account/offers/import": paths("/konto/angebote/import", "/account/offers/import"),
    "/account/offers/[id]": paths("/konto/angebote/[id]", "/account/offers/[id]"),
    "/account/offers/[id]/preview": paths("/konto/angebote/[id]/vorschau", "/account/offers/[id]/preview"),
    "/account/team": paths("/konto/team", "/account/team"),
    "/account/outbox": paths("/konto/postausgang", "/account/outbox"),
    "/account/start": paths("/konto/start", "/account/start"),
    "/account/statistics": paths("/konto/statistik", "/account/statistics"),
    "/analytics": paths("/auswertung", "/analytics"),
    "/editorial": paths("/redaktion", "/editorial"),
    "/editorial/providers": paths("/redaktion/anbieter", "/editorial/providers"),
    "/editorial/providers/[id]": paths("/redaktion/anbieter/[id]", "/editorial/providers/[id]"),
    "/editorial/offers": paths("/redaktion/angebote", "/editorial/offers"),
    "/editorial/offers/[id]": paths("/redaktion/angebote/[id]", "/editorial/offers/[id]"),
    "/editorial/providers/new": paths("/redaktion/anbieter/neu", "/editorial/providers/new"),
    "/editorial/providers/[id]/edit": paths("/redaktion/anbieter/[id]/bearbeiten", "/editorial/providers/[id]/edit"),
    "/editorial/published": paths("/redaktion/veroeffentlicht", "/editorial/published"),
    "/editorial/blocked": paths("/redaktion/gesperrt", "/editorial/blocked"),
    "/editorial/trash": paths("/redaktion/papierkorb", "/editorial/trash"),
    "/editorial/users": paths("/redaktion/nutzer", "/editorial/users"),
    "/editorial/users/[id]": paths("/redaktion/nutzer/[id]", "/editorial/users/[id]"),
    "/editorial/audit": paths("/redaktion/protokoll", "/editorial/audit"),
    "/editorial/settings": paths("/redaktion/einstellungen", "/editorial/settings"),
    "/editorial/import": paths("/redaktion/import", "/editorial/import"),
    "/editorial/settings/portal": paths("/redaktion/einstellungen/portal", "/editorial/settings/portal"),
    "/editorial/settings/categories": paths("/redaktion/einstellungen/kategorien", "/editorial/settings/categories"),
    "/editorial/settings/legal": paths("/redaktion/einstellungen/rechtliches", "/editorial/settings/legal"),
    "/editorial/settings/target-groups": paths("/redaktion/einstellungen/zielgruppen", "/editorial/settings/target-groups"),
    "/editorial/settings/carrier-types": paths("/redaktion/einstellungen/traegerarten", "/editorial/settings/carrier-types"),
    "/editorial/settings/districts": paths("/redaktion/einstellungen/stadtteile", "/editorial/settings/districts"),
    "/editorial/settings/map": paths("/redaktion/einstellungen/karte", "/editorial/settings/map"),
  },
});

export type Pathname = keyof typeof routing.pathnames;
