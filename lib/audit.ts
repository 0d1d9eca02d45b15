import type { PrismaClient } from "@/generated/prisma/client";

// Every change to organisations, offers, users and memberships leaves one AuditLog row: who, when,
// what, and which fields (names only — values stay in the record itself, so the log holds no
// personal data beyond the actor).

type AuditClient = Pick<PrismaClient, "auditLog">;

export type AuditEntry = {
  actorId: number | null;
  /** "<entity>.<verb>", e.g. "offer.update", "organization.approve", "membership.remove". */
  action: string;
  entityType:
    | "offer"
    | "organization"
    | "user"
    | "membership"
    | "invitation"
    | "joinRequest"
    | "settings"
    | "category"
    | "targetGroup"
    | "carrierType"
    | "district";
  entityId: number | string;
  changedFields?: string[];
  /**
   * Old and new values ({field: {from, to}}) — only for portal configuration (settings, vocabularies),
   * never for records about people: their log keeps field names only.
   */
  changes?: Record<string, { from: unknown; to: unknown }>;
  reason?: string | null;
};

/** Writes the entry; call it inside the transaction that makes the change. */
export async function recordAudit(db: AuditClient, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      changedFields: entry.changedFields && entry.changedFields.length > 0 ? JSON.stringify([...entry.changedFields].sort()) : null,
      changes: entry.changes && Object.keys(entry.changes).length > 0 ? JSON.stringify(entry.changes) : null,
      reason: entry.reason ?? null,
    },
  });
}

function normalize(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined || value === "") return null;
  return value;
}

/**
 * Names of the fields whose values differ between `before` and `after` (only keys present in
 * `after` are compared; "" and undefined count as null; arrays and objects compare by JSON).
 */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter((key) => {
    const a = normalize(before?.[key]);
    const b = normalize(after[key]);
    if (typeof a === "object" || typeof b === "object") return JSON.stringify(a) !== JSON.stringify(b);
    return a !== b;
  });
}

/** The old and new value of each changed field, for configuration audits (see AuditEntry.changes). */
export function valueChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  fields: string[] = changedFields(before, after),
): Record<string, { from: unknown; to: unknown }> {
  return Object.fromEntries(fields.map((field) => [field, { from: normalize(before?.[field]), to: normalize(after[field]) }]));
}
