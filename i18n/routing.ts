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
  },
});

export type Pathname = keyof typeof routing.pathnames;
