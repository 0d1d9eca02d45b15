import type { AbstractIntlMessages } from "next-intl";

/**
 * Message namespaces used by client components ("use client" files calling useTranslations). Only
 * these are serialized into a page for NextIntlClientProvider; server components read all messages
 * on the server.
 *
 * Public pages (everything outside app/[locale]/(account)) get only PUBLIC_CLIENT_NAMESPACES from the
 * root layout; the account area's layout provides all of them. lib/client-messages.test.ts fails if a
 * client file uses a namespace missing here, or if a client file reachable from a public page uses an
 * account namespace.
 */
export const PUBLIC_CLIENT_NAMESPACES = [
  "Auth",
  "Errors",
  "Map",
  "LazyMap",
  "OfferDetail",
  "Search",
  "Register",
  "Team",
  "Freshness",
] as const;

/** Namespaces only the account and editor pages' client components use. */
export const ACCOUNT_CLIENT_NAMESPACES = [
  "AccountSettings",
  "OfferForm",
  "ProfileForm",
  "Uploads",
  "OfferList",
  "Dashboard",
  "FormCommon",
  "Users",
  "ContentTranslations",
  "MachineTranslation",
  "OfferExchange",
  "ListEditor",
  "PortalLook",
  "Vocabulary",
  "LegalAdmin",
  "OfferLivePreview",
  "TermSettings",
  "TargetGroupSettings",
  "CarrierTypeSettings",
  "DistrictSettings",
  "MapSettings",
  "FormTabs",
  "IntroTexts",
] as const;

export const CLIENT_MESSAGE_NAMESPACES = [...PUBLIC_CLIENT_NAMESPACES, ...ACCOUNT_CLIENT_NAMESPACES] as const;

/** The given top-level namespaces of `messages` (missing ones are skipped). */
export function pickMessages(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const ns of namespaces) {
    if (ns in messages) picked[ns] = messages[ns];
  }
  return picked;
}
