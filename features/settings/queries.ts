import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { parseFooterLinks, type PortalLookInput } from "./portal-schemas";

/** Portal settings (a single row, created with defaults on first read). Cached per request. */
export const getSettings = cache(async () => {
  const existing = await prisma.settings.findUnique({ where: { id: 1 } });
  return existing ?? prisma.settings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 } });
});

export const getLegalText = cache(async (kind: "IMPRINT" | "PRIVACY" | "TERMS", locale: string) => {
  const texts = await prisma.legalText.findMany({ where: { kind, locale: { in: [locale, "de"] } } });
  return texts.find((t) => t.locale === locale) ?? texts.find((t) => t.locale === "de") ?? null;
});

/** The values the admins' settings page edits (same field names as PortalSettingsSchema). */
export async function getPortalSettingsForm() {
  const { requireOfferApproval, editorNotification, offerReminderMonths } = await getSettings();
  return { requireOfferApproval, editorNotification, offerReminderMonths };
}

/** The values of the admins' portal form (name, look, texts, contact), same names as PortalLookSchema. */
export async function getPortalLookForm(): Promise<PortalLookInput> {
  const s = await getSettings();
  return {
    portalName: s.portalName,
    municipalityName: s.municipalityName,
    logoPath: s.logoPath,
    faviconPath: s.faviconPath,
    primaryColor: s.primaryColor,
    accentColor: s.accentColor,
    introText: s.introText,
    introTextEn: s.introTextEn,
    contactAddress: s.contactAddress,
    contactEmail: s.contactEmail,
    contactPhone: s.contactPhone,
    footerLinks: parseFooterLinks(s.footerLinks),
  };
}
