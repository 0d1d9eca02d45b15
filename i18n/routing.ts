import { defineRouting } from "next-intl/routing";

export const locales = ["de", "en"] as const;
export type Locale = (typeof locales)[number];

// German URLs are the default; every other locale gets its own localized pathnames.
export const routing = defineRouting({
  locales,
  defaultLocale: "de",
  localePrefix: "always",
  pathnames: {
    "/": "/",
    "/offers": { de: "/angebote", en: "/offers" },
    "/offers/[slug]": { de: "/angebote/[slug]", en: "/offers/[slug]" },
    "/providers": { de: "/anbieter", en: "/providers" },
    "/providers/[slug]": { de: "/anbieter/[slug]", en: "/providers/[slug]" },
    "/login": { de: "/anmelden", en: "/login" },
    "/logout": { de: "/abmelden", en: "/logout" },
    "/account": { de: "/konto", en: "/account" },
    "/imprint": { de: "/impressum", en: "/imprint" },
    "/privacy": { de: "/datenschutz", en: "/privacy" },
    "/terms": { de: "/nutzungsbedingungen", en: "/terms" },
    "/register": { de: "/registrieren", en: "/register" },
    "/verify-email": { de: "/e-mail-bestaetigen", en: "/verify-email" },
    "/forgot-password": { de: "/passwort-vergessen", en: "/forgot-password" },
    "/reset-password": { de: "/passwort-zuruecksetzen", en: "/reset-password" },
    "/invitation": { de: "/einladung", en: "/invitation" },
    "/account/join": { de: "/konto/beitreten", en: "/account/join" },
    "/account/terms": { de: "/konto/nutzungsbedingungen", en: "/account/terms" },
    "/account/settings": { de: "/konto/einstellungen", en: "/account/settings" },
    "/account/profile": { de: "/konto/profil", en: "/account/profile" },
    "/account/offers": { de: "/konto/angebote", en: "/account/offers" },
    "/account/offers/new": { de: "/konto/angebote/neu", en: "/account/offers/new" },
    "/account/offers/[id]": { de: "/konto/angebote/[id]", en: "/account/offers/[id]" },
    "/account/offers/[id]/preview": { de: "/konto/angebote/[id]/vorschau", en: "/account/offers/[id]/preview" },
    "/account/team": { de: "/konto/team", en: "/account/team" },
    "/account/outbox": { de: "/konto/postausgang", en: "/account/outbox" },
    "/editorial": { de: "/redaktion", en: "/editorial" },
    "/editorial/providers": { de: "/redaktion/anbieter", en: "/editorial/providers" },
    "/editorial/providers/[id]": { de: "/redaktion/anbieter/[id]", en: "/editorial/providers/[id]" },
    "/editorial/offers": { de: "/redaktion/angebote", en: "/editorial/offers" },
    "/editorial/offers/[id]": { de: "/redaktion/angebote/[id]", en: "/editorial/offers/[id]" },
    "/editorial/providers/new": { de: "/redaktion/anbieter/neu", en: "/editorial/providers/new" },
    "/editorial/providers/[id]/edit": { de: "/redaktion/anbieter/[id]/bearbeiten", en: "/editorial/providers/[id]/edit" },
    "/editorial/published": { de: "/redaktion/veroeffentlicht", en: "/editorial/published" },
    "/editorial/blocked": { de: "/redaktion/gesperrt", en: "/editorial/blocked" },
    "/editorial/trash": { de: "/redaktion/papierkorb", en: "/editorial/trash" },
    "/editorial/users": { de: "/redaktion/nutzer", en: "/editorial/users" },
    "/editorial/users/[id]": { de: "/redaktion/nutzer/[id]", en: "/editorial/users/[id]" },
    "/editorial/audit": { de: "/redaktion/protokoll", en: "/editorial/audit" },
    "/editorial/settings": { de: "/redaktion/einstellungen", en: "/editorial/settings" },
  },
});

export type Pathname = keyof typeof routing.pathnames;
