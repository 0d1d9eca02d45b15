import "server-only";
import type { SessionUser } from "@/features/accounts/types";
import { changedFields, recordAudit, valueChanges } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { MAP_ERRORS_NAMESPACE, MapSettingsSchema } from "./map-schemas";
import { assertCanManageSettings } from "./permissions";

const mapSelect = { mapCenterLat: true, mapCenterLng: true, mapZoom: true, tileUrl: true, tileAttribution: true } as const;

/**
 * Saves the default map view and the tile server (admins only): permission → parse → one transaction
 * (settings row, audit "settings.map" with old and new values). No tile URL = the server's default
 * tiles and attribution. The caller revalidates every page; the CSP follows through lib/map-tiles.ts.
 */
export async function updateMapSettingsFor(user: SessionUser | null, input: unknown): Promise<{ changedFields: string[] }> {
  assertCanManageSettings(user);
  const data = parseInput(MapSettingsSchema, input, MAP_ERRORS_NAMESPACE);
  const stored = { ...data, tileAttribution: data.tileUrl === null ? null : data.tileAttribution };
  return prisma.$transaction(async (tx) => {
    const before = await tx.settings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 }, select: mapSelect });
    const changed = changedFields(before, stored);
    if (changed.length === 0) return { changedFields: [] };
    await tx.settings.update({ where: { id: 1 }, data: stored });
    await recordAudit(tx, {
      actorId: user.id,
      action: "settings.map",
      entityType: "settings",
      entityId: 1,
      changedFields: changed,
      changes: valueChanges(before, stored, changed),
    });
    return { changedFields: changed };
  });
}
