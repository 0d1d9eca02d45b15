import "server-only";
import type { SessionUser } from "@/features/accounts/types";
import { getSettings } from "@/features/settings/queries";
import { prisma } from "@/lib/db";
import { importLimits } from "./import-flow";
import { canImportPortalFile } from "./permissions";

// What the import pages show around the upload form.

export type ImportPageData = {
  limits: { megabytes: number; offers: number };
  requireApproval: boolean;
};

export async function loadImportPageData(): Promise<ImportPageData> {
  const settings = await getSettings();
  const limits = importLimits();
  return {
    limits: { megabytes: Math.round((limits.maxBytes / 1048576) * 10) / 10, offers: limits.maxOffers },
    requireApproval: settings.requireOfferApproval,
  };
}

/** The editors' organisation picker: every organisation that is not deleted, by name (an editor page, not a public one). */
export async function listImportOrganizations(user: SessionUser): Promise<{ id: number; name: string }[]> {
  if (!canImportPortalFile(user)) return [];
  return prisma.organization.findMany({ where: { deletedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
