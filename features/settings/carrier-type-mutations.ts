import "server-only";
import type { SessionUser } from "@/features/accounts/types";
import { recordAudit, valueChanges } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { assertCanManageSettings } from "./permissions";
import { CARRIER_NAME_FIELDS, CARRIER_TYPE_ERRORS_NAMESPACE, CarrierTypeNamesSchema, type CarrierTypeValue } from "./carrier-type-schemas";

/**
 * Saves the admins' names of the carrier types (every type × language in one form; empty = the
 * default name): permission → parse → one transaction (the changed rows, audit "carrierType.update"
 * with old and new values). Saving unchanged names writes nothing. The caller revalidates.
 */
export async function updateCarrierTypeNamesFor(user: SessionUser | null, input: unknown): Promise<{ changedFields: string[] }> {
  assertCanManageSettings(user);
  const data = parseInput(CarrierTypeNamesSchema, input, CARRIER_TYPE_ERRORS_NAMESPACE);
  return prisma.$transaction(async (tx) => {
    const rows = await tx.carrierTypeLabel.findMany({ select: { type: true, locale: true, name: true } });
    const stored = new Map(rows.map((row) => [`${row.type}.${row.locale}`, row.name]));
    const before = Object.fromEntries(CARRIER_NAME_FIELDS.map((field) => [field, stored.get(field) ?? null]));
    const after = Object.fromEntries(CARRIER_NAME_FIELDS.map((field) => [field, data[field] ?? null]));
    const changes = valueChanges(before, after);
    const fields = Object.keys(changes);
    if (fields.length === 0) return { changedFields: [] };
    for (const field of fields) {
      const [type, locale] = field.split(".") as [CarrierTypeValue, string];
      const name = after[field];
      if (name === null) await tx.carrierTypeLabel.delete({ where: { type_locale: { type, locale } } });
      else await tx.carrierTypeLabel.upsert({ where: { type_locale: { type, locale } }, update: { name }, create: { type, locale, name } });
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: "carrierType.update",
      entityType: "carrierType",
      entityId: "names",
      changedFields: fields,
      changes,
    });
    return { changedFields: fields };
  });
}
