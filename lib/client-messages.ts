import type { AbstractIntlMessages } from "next-intl";

/**
 * Message namespaces used by client components ("use client" files calling useTranslations).
 * Only these are serialized into the page for NextIntlClientProvider; server components read all
 * messages on the server. lib/client-messages.test.ts fails if a client file uses a namespace
 * missing here.
 */
export const CLIENT_MESSAGE_NAMESPACES = [
  "Auth",
  "Errors",
  "Map",
  "OfferDetail",
  "Search",
  "Register",
  "AccountSettings",
  "OfferForm",
  "ProfileForm",
  "Team",
  "Uploads",
  "OfferList",
  "Dashboard",
  "FormCommon",
  "Users",
  "Freshness",
  "ContentTranslations",
  "MachineTranslation",
  "OfferExchange",
  "ListEditor",
  "LazyMap",
  "PortalLook",
  "Vocabulary",
  "LegalAdmin",
  "OfferLivePreview",
  "FormTabs",
  "IntroTexts",
] as const;

/** The given top-level namespaces of `messages` (missing ones are skipped). */
export function pickMessages(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const ns of namespaces) {
    if (ns in messages) picked[ns] = messages[ns];
  }
  return picked;
}
