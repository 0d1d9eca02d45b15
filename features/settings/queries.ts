import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { resolveTileServer } from "@/lib/map-tiles";
import { parseFooterLinks, type PortalLookInput } from "./portal-schemas";

/** The settings row as stored (tile columns may be null = the environment's default). */
const getStoredSettings = cache(async () => {
  const existing = await prisma.settings.findUnique({ where: { id: 1 } });
  return existing ?? prisma.settings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 } });
});

/**
 * Portal settings (a single row, created with defaults on first read), with the tile server resolved
 * (the admins' choice, else MAP_TILE_URL / MAP_TILE_ATTRIBUTION). Cached per request.
 */
export const getSettings = cache(async () => {
  const row = await getStoredSettings();
  const tiles = resolveTileServer(row);
  return { ...row, tileUrl: tiles.url, tileAttribution: tiles.attribution };
});

/** The values of the admins' map form (same names as MapSettingsSchema; null = the server's default tiles). */
export async function getMapSettingsForm() {
  const row = await getStoredSettings();
  const defaults = resolveTileServer(null);
  return {
    values: {
      mapCenterLat: row.mapCenterLat,
      mapCenterLng: row.mapCenterLng,
      mapZoom: row.mapZoom,
      tileUrl: row.tileUrl,
      tileAttribution: row.tileUrl ? row.tileAttribution : null,
    },
    defaults: { tileUrl: defaults.url, tileAttribution: defaults.attribution },
  };
}

export const getLegalText = cache(async (kind: "IMPRINT" | "PRIVACY" | "TERMS", locale: string) => {
  const texts = await prisma.legalText.findMany({ where: { kind, locale: { in: [locale, "de"] } } });
  return texts.find((t) => t.locale === locale) ?? texts.find((t) => t.locale === "de") ?? null;
});

/** The values the admins' settings page edits (same field names as PortalSettingsSchema). */
export async function getPortalSettingsForm() {
  const {
    requireOfferApproval,
    editorNotification,
    offerReminderMonths,
    providerReminderMonths,
    offerEndingReminderDays,
    staleHideAfterDays,
  } = await getSettings();
  return {
    requireOfferApproval,
    editorNotification,
    offerReminderMonths,
    providerReminderMonths,
    offerEndingReminderDays,
    staleHideAfterDays,
  };
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
    introTextTr: s.introTextTr,
    introTextAr: s.introTextAr,
    introTextUk: s.introTextUk,
    introTextRu: s.introTextRu,
    contactAddress: s.contactAddress,
    contactEmail: s.contactEmail,
    contactPhone: s.contactPhone,
    footerLinks: parseFooterLinks(s.footerLinks),
  };
}

/** An archived version of a legal text (older terms stay readable), or null. */
export async function getLegalTextVersion(kind: "IMPRINT" | "PRIVACY" | "TERMS", locale: string, version: number) {
  const texts = await prisma.legalTextVersion.findMany({ where: { kind, version, locale: { in: [locale, "de"] } } });
  const text = texts.find((t) => t.locale === locale) ?? texts.find((t) => t.locale === "de");
  return text
    ? { kind: text.kind, locale: text.locale, version: text.version, title: text.title, body: text.body, updatedAt: text.publishedAt }
    : null;
}

/** The archived version numbers of a legal text (newest first), for the links to older versions. */
export async function legalTextVersions(kind: "IMPRINT" | "PRIVACY" | "TERMS", locale: string): Promise<number[]> {
  const rows = await prisma.legalTextVersion.findMany({
    where: { kind, locale: { in: [locale, "de"] } },
    select: { version: true },
    orderBy: { version: "desc" },
    take: 100,
  });
  return [...new Set(rows.map((r) => r.version))];
}

/** The three legal texts of one language for the admins' form (null = not written yet). */
export async function getLegalTextsForm(locale: string) {
  const rows = await prisma.legalText.findMany({ where: { locale }, select: { kind: true, title: true, body: true, version: true } });
  const of = (kind: "IMPRINT" | "PRIVACY" | "TERMS") => rows.find((r) => r.kind === kind) ?? null;
  return { IMPRINT: of("IMPRINT"), PRIVACY: of("PRIVACY"), TERMS: of("TERMS") };
}
