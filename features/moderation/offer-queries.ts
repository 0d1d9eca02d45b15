import { TRANSLATION_LOCALES } from "@/lib/content-translation";
import "server-only";
import type { SessionUser } from "@/features/accounts/types";
import { inputToFormValues, storedOfferFormValues } from "@/features/offers/form-values";
import { storedSnapshotSelect } from "@/features/offers/offer-snapshot";
import { ScheduleSchema, type Schedule } from "@/features/offers/schedule-schema";
import { OfferInputSchema } from "@/features/offers/schemas";
import { publishedOffersWhere } from "@/features/search/visibility";
import { changedFields } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { pageInfo } from "@/lib/pagination";
import { assertCanModerate } from "./permissions";
import { requireId } from "@/lib/ids";

// Reads of the editors' offer review. Each one checks the editor role itself (pages check it too).

export type OfferQueuePages = { pending?: number; revisions?: number };

/**
 * What waits for an editor: submitted offers and pending revisions, oldest first. Each list pages
 * on its own (`pages.pending`, `pages.revisions`; out-of-range pages are clamped).
 */
export async function listOfferQueue(user: SessionUser | null, pages: OfferQueuePages = {}) {
  assertCanModerate(user);
  const live = { deletedAt: null } as const;
  const pendingWhere = { ...live, status: "PENDING_REVIEW", organization: live } as const;
  const revisionWhere = { status: "PENDING", offer: { ...live, organization: live } } as const;
  const [pendingTotal, revisionTotal] = await Promise.all([
    prisma.offer.count({ where: pendingWhere }),
    prisma.offerRevision.count({ where: revisionWhere }),
  ]);
  const pendingPage = pageInfo(pages.pending ?? 1, pendingTotal);
  const revisionsPage = pageInfo(pages.revisions ?? 1, revisionTotal);
  const [pending, revisions] = await Promise.all([
    prisma.offer.findMany({
      where: pendingWhere,
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      skip: pendingPage.skip,
      take: pendingPage.pageSize,
      select: {
        id: true,
        title: true,
        updatedAt: true,
        updatedBy: { select: { name: true } },
        organization: { select: { id: true, name: true } },
      },
    }),
    prisma.offerRevision.findMany({
      where: revisionWhere,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: revisionsPage.skip,
      take: revisionsPage.pageSize,
      select: {
        id: true,
        createdAt: true,
        createdBy: { select: { name: true } },
        offer: { select: { id: true, title: true, organization: { select: { id: true, name: true } } } },
      },
    }),
  ]);
  return {
    pending: pending.map((o) => ({
      offerId: o.id,
      title: o.title,
      organization: o.organization,
      submittedBy: o.updatedBy?.name ?? null,
      submittedAt: o.updatedAt,
    })),
    revisions: revisions.map((r) => ({
      offerId: r.offer.id,
      title: r.offer.title,
      organization: r.offer.organization,
      submittedBy: r.createdBy?.name ?? null,
      submittedAt: r.createdAt,
    })),
    pendingPage,
    revisionsPage,
  };
}

export async function countPendingRevisions(user: SessionUser | null): Promise<number> {
  assertCanModerate(user);
  return prisma.offerRevision.count({ where: { status: "PENDING", offer: { deletedAt: null, organization: { deletedAt: null } } } });
}

export type DiffValue =
  | { kind: "text"; text: string }
  | { kind: "bool"; value: boolean }
  | { kind: "schedule"; schedule: Schedule }
  | { kind: "location"; type: "ADDRESS" | "ONLINE" | "NONE"; text: string }
  | { kind: "empty" };
export type DiffRow = { field: string; current: DiffValue; proposed: DiffValue };

/** The offer for the editor's review page: data, status and the pending revision's changed fields. */
export async function getOfferForReview(user: SessionUser | null, rawOfferId: unknown) {
  assertCanModerate(user);
  const offerId = requireId(rawOfferId);
  const offer = await prisma.offer.findFirst({
    where: { id: offerId, deletedAt: null },
    select: {
      ...storedSnapshotSelect,
      statusReason: true,
      updatedAt: true,
      updatedBy: { select: { name: true } },
      organization: {
        select: {
          id: true,
          name: true,
          street: true,
          postalCode: true,
          city: true,
          lat: true,
          lng: true,
          contactSalutation: true,
          contactName: true,
          contactRole: true,
          contactPhone: true,
          contactEmail: true,
        },
      },
      revisions: {
        where: { status: "PENDING" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { id: true, data: true, createdAt: true, createdBy: { select: { name: true } } },
      },
    },
  });
  if (!offer) throw new NotFoundError();
  const [isPublic, names] = await Promise.all([
    prisma.offer.count({ where: { id: offer.id, ...publishedOffersWhere() } }).then((n) => n > 0),
    referenceNames(),
  ]);
  // Both sides go through the schema and back, so only real changes differ (not e.g. "" vs. null).
  const stored = storedOfferFormValues(offer, offer.organization);
  const normalized = OfferInputSchema.safeParse(stored);
  const current = normalized.success ? inputToFormValues(normalized.data) : stored;
  const revision = offer.revisions[0] ?? null;
  let diff: DiffRow[] | null = null;
  if (revision) {
    const parsed = OfferInputSchema.safeParse(safeJson(revision.data));
    // An unparsable revision shows no diff; the editor can still reject it with a reason.
    if (parsed.success) {
      const proposed = inputToFormValues(parsed.data);
      const now = comparable(current);
      const next = comparable(proposed);
      diff = changedFields(now, next).map((field) => ({
        field,
        current: display(field, now[field], names),
        proposed: display(field, next[field], names),
      }));
    } else diff = [];
  }
  return {
    id: offer.id,
    slug: offer.slug,
    title: offer.title,
    status: offer.status,
    statusReason: offer.statusReason,
    isPublic,
    organization: { id: offer.organization.id, name: offer.organization.name },
    updatedAt: offer.updatedAt,
    updatedBy: offer.updatedBy?.name ?? null,
    fields: (
      [
        "title",
        "summary",
        "description",
        "categoryIds",
        "targetGroupIds",
        "ageMin",
        "ageMax",
        "isFree",
        "costAmount",
        "languages",
        "schedule",
        "location",
      ] as const
    ).map((field) => ({
      field,
      value: display(field, (current as unknown as Record<string, unknown>)[field], names),
    })),
    revision: revision
      ? { id: revision.id, submittedAt: revision.createdAt, submittedBy: revision.createdBy?.name ?? null, diff: diff ?? [] }
      : null,
  };
}

async function referenceNames() {
  const [categories, groups] = await Promise.all([
    prisma.category.findMany({ select: { id: true, name: true } }),
    prisma.targetGroup.findMany({ select: { id: true, name: true } }),
  ]);
  return { categoryIds: new Map(categories.map((c) => [c.id, c.name])), targetGroupIds: new Map(groups.map((g) => [g.id, g.name])) };
}

/** "Same as organisation" only means something for an address; elsewhere it must not show as a change. */
function comparable(values: ReturnType<typeof inputToFormValues>): Record<string, unknown> {
  const location = values.location.type === "ADDRESS" ? values.location : { ...values.location, sameAsOrganization: false };
  const { translations, ...rest } = values;
  // One row per locale ("translation.en") instead of one list; a revision without translations
  // (stored before they existed) leaves them as they are, so it shows none.
  const perLocale = translations
    ? Object.fromEntries(
        TRANSLATION_LOCALES.map((locale) => {
          const t = translations.find((row) => row.locale === locale);
          const machine = t?.source === "MACHINE" ? (t.reviewed ? "[MACHINE, reviewed]" : "[MACHINE]") : null;
          return [`translation.${locale}`, t ? [t.title, t.summary, t.description, machine].filter(Boolean).join("\n\n") : null];
        }),
      )
    : {};
  return { ...rest, location, ...perLocale };
}

function locationText(value: Record<string, unknown>): string {
  const part = (key: string) => (typeof value[key] === "string" && value[key] !== "" ? (value[key] as string) : null);
  const place = [part("postalCode"), part("city")].filter(Boolean).join(" ");
  return [part("locationName"), part("street"), place || null, part("onlineUrl"), part("note")].filter(Boolean).join("\n");
}

function display(field: string, value: unknown, names: Awaited<ReturnType<typeof referenceNames>>): DiffValue {
  if (value === null || value === undefined || value === "") return { kind: "empty" };
  if (typeof value === "boolean") return { kind: "bool", value };
  if (Array.isArray(value)) {
    if (value.length === 0) return { kind: "empty" };
    const lookup = field === "categoryIds" || field === "targetGroupIds" ? names[field] : null;
    if (value.every((item) => typeof item !== "object"))
      return {
        kind: "text",
        text: value.map((item) => (lookup && typeof item === "number" ? (lookup.get(item) ?? String(item)) : String(item))).join(", "),
      };
  }
  if (field === "schedule") {
    const parsed = ScheduleSchema.safeParse(value);
    if (parsed.success) return { kind: "schedule", schedule: parsed.data };
  }
  if (field === "location" && typeof value === "object") {
    const location = value as Record<string, unknown>;
    const type = location.type === "ADDRESS" || location.type === "ONLINE" ? location.type : "NONE";
    return { kind: "location", type, text: locationText(location) };
  }
  if (typeof value === "object") return { kind: "text", text: JSON.stringify(value, null, 1) };
  return { kind: "text", text: String(value) };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
