import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/features/accounts/types";
import { localDateTimeToUtc } from "@/lib/dates";
import { prisma } from "@/lib/db";
import { pageInfo } from "@/lib/pagination";
import { assertCanModerate } from "./permissions";
import { AUDIT_ENTITY_TYPES, type AuditEntityType, type AuditFilters } from "./overview-schemas";
import { parseId } from "@/lib/ids";

// The editors' audit log: every AuditLog row, filtered in the database and paged there.

/**
 * Ids of users whose name or e-mail contains `text`. A plain substring test (instr), not LIKE: "%"
 * and "_" typed into the search are characters, not wildcards. Case-insensitive for ASCII.
 */
async function actorIds(text: string): Promise<number[]> {
  const rows = await prisma.$queryRaw<
    { id: number }[]
  >`SELECT id FROM "User" WHERE instr(lower(name), lower(${text})) > 0 OR instr(lower(email), lower(${text})) > 0`;
  return rows.map((row) => Number(row.id));
}

async function auditWhere(filters: AuditFilters): Promise<Prisma.AuditLogWhereInput> {
  const where: Prisma.AuditLogWhereInput = {};
  if (filters.entityType) where.entityType = filters.entityType;
  if (filters.entityId) where.entityId = filters.entityId;
  if (filters.action) where.action = filters.action;
  if (filters.actor) where.actorId = { in: await actorIds(filters.actor) };
  // Dates are Berlin calendar days, "to" inclusive.
  if (filters.from || filters.to) {
    where.createdAt = {
      ...(filters.from ? { gte: localDateTimeToUtc(filters.from, 0) } : {}),
      ...(filters.to ? { lt: localDateTimeToUtc(filters.to, 1440) } : {}),
    };
  }
  return where;
}

function fieldList(json: string | null): string[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

/** Longest value shown per side of a change (legal texts and intro texts can be long). */
export const AUDIT_VALUE_MAX_CHARS = 300;

export type AuditValueChange = { field: string; from: string | null; to: string | null };

function displayValue(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > AUDIT_VALUE_MAX_CHARS ? `${text.slice(0, AUDIT_VALUE_MAX_CHARS)}…` : text;
}

/** The stored {field: {from, to}} of a configuration change, as display strings; [] when absent or malformed. */
export function valueChangeList(json: string | null): AuditValueChange[] {
  if (!json) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return [];
  return Object.entries(parsed as Record<string, unknown>).flatMap(([field, change]) => {
    if (typeof change !== "object" || change === null || !("from" in change) || !("to" in change)) return [];
    return [{ field, from: displayValue(change.from), to: displayValue(change.to) }];
  });
}

function normalizedType(type: string): AuditEntityType | null {
  return (AUDIT_ENTITY_TYPES as readonly string[]).includes(type) ? (type as AuditEntityType) : null;
}

function numericIds(rows: { type: AuditEntityType | null; entityId: string }[], type: AuditEntityType): number[] {
  const ids = rows.filter((row) => row.type === type).map((row) => parseId(row.entityId));
  return [...new Set(ids.filter((id): id is number => id !== null))];
}

/** Names of the entities that still exist (deleted offers and providers get no link). */
async function entityNames(rows: { type: AuditEntityType | null; entityId: string }[]) {
  const [offers, organizations, users, categories, targetGroups, districts] = await Promise.all([
    prisma.offer.findMany({ where: { id: { in: numericIds(rows, "offer") }, deletedAt: null }, select: { id: true, title: true } }),
    prisma.organization.findMany({
      where: { id: { in: numericIds(rows, "organization") }, deletedAt: null },
      select: { id: true, name: true },
    }),
    prisma.user.findMany({ where: { id: { in: numericIds(rows, "user") } }, select: { id: true, name: true } }),
    prisma.category.findMany({ where: { id: { in: numericIds(rows, "category") } }, select: { id: true, name: true } }),
    prisma.targetGroup.findMany({ where: { id: { in: numericIds(rows, "targetGroup") } }, select: { id: true, name: true } }),
    prisma.district.findMany({ where: { id: { in: numericIds(rows, "district") } }, select: { id: true, name: true } }),
  ]);
  const byId = (list: { id: number; name: string }[]) => new Map(list.map((item) => [String(item.id), item.name]));
  return {
    offer: new Map(offers.map((o) => [String(o.id), o.title])),
    organization: byId(organizations),
    user: byId(users),
    category: byId(categories),
    targetGroup: byId(targetGroups),
    district: byId(districts),
  };
}

export async function listAuditLog(user: SessionUser | null, filters: AuditFilters, requestedPage: number) {
  assertCanModerate(user);
  const where = await auditWhere(filters);
  const [total, actions] = await Promise.all([
    prisma.auditLog.count({ where }),
    // The action filter offers what actually occurs (GROUP BY in SQL; `distinct` would read every row into JS).
    prisma.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
  ]);
  const page = pageInfo(requestedPage, total);
  const rows = await prisma.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: page.skip,
    take: page.pageSize,
    select: {
      id: true,
      action: true,
      entityType: true,
      entityId: true,
      changedFields: true,
      changes: true,
      reason: true,
      createdAt: true,
      actor: { select: { id: true, name: true, email: true } },
    },
  });
  const typed = rows.map((row) => ({ ...row, type: normalizedType(row.entityType) }));
  const names = await entityNames(typed);
  return {
    entries: typed.map((row) => {
      const known =
        row.type === "offer" || row.type === "organization" || row.type === "user" || row.type === "category" || row.type === "targetGroup"
          ? names[row.type].get(row.entityId)
          : undefined;
      return {
        id: row.id,
        action: row.action,
        entity: {
          type: row.type,
          rawType: row.entityType,
          id: row.entityId,
          name: known ?? null,
          exists: known !== undefined || row.type === "settings" || row.type === "carrierType",
        },
        changedFields: fieldList(row.changedFields),
        valueChanges: valueChangeList(row.changes),
        reason: row.reason,
        createdAt: row.createdAt,
        actor: row.actor,
      };
    }),
    actions: actions.map((row) => row.action),
    page,
  };
}

export type AuditLogPage = Awaited<ReturnType<typeof listAuditLog>>;
