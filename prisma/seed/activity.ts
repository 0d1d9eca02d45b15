import type Database from "better-sqlite3";
import { toSqlDateTime } from "@/lib/sql-dates";
import { formatLocalDate } from "@/lib/dates";
import { DAILY_FROM_EVENTS_SQL, normalizeTerm } from "@/features/analytics/events";
import type { OrgRecord } from "./organizations";
import type { Random } from "./random";

// Some history so the editor's audit trail and the planners' charts are not empty: audit entries
// for the first providers and offers, and anonymous analytics events (searches including
// zero-result ones, offer and provider views) over the last four months. Sizes do not grow with
// --offers: the charts need a plausible shape, not volume.

const DAY_MS = 86_400_000;

/** What the activity needs to know about an offer (kept small: there may be 10⁵ offers). */
export type OfferTrace = {
  id: number;
  organizationId: number;
  title: string;
  status: string;
  createdById: number;
  createdAt: Date;
  publishedAt: Date | null;
  updatedAt: Date;
  statusReason: string | null;
};

export type ActivityInput = {
  now: Date;
  rng: Random;
  organizations: OrgRecord[];
  organizationIds: number[];
  authors: Map<number, number[]>;
  editorId: number;
  adminId: number;
  disabledUserId: number;
  /** The first offers, for audit entries. */
  auditedOffers: OfferTrace[];
  /** Published, current offers: ids, provider ids and lower-case titles. */
  visible: { ids: number[]; organizationIds: number[]; titles: Map<string, number> };
  /** Published, current offers per subcategory id. */
  categoryCounts: Map<number, number>;
};

const SEARCH_TERMS: [string, number][] = [
  ["Hausaufgabenhilfe", 40],
  ["Deutschkurs", 35],
  ["Ferienbetreuung", 30],
  ["Schwimmkurs", 30],
  ["Fußball", 25],
  ["Krabbelgruppe", 25],
  ["Schuldnerberatung", 20],
  ["Kinderturnen", 15],
  ["Elterncafé", 15],
  ["Seniorentreff", 15],
  ["Tagespflege", 12],
  ["Bewerbungstraining", 12],
  ["Babymassage", 10],
  ["Sprachcafé", 10],
  ["Geburtsvorbereitung", 10],
  ["Kleiderkammer", 8],
  ["Erste Hilfe am Kind", 8],
  ["Pflegekurs", 8],
  ["Musikalische Früherziehung", 6],
  ["Trauercafé", 5],
  // Searches nobody serves yet: the planners' "gaps".
  ["Babysitter", 6],
  ["Schachclub", 6],
  ["Autismus Beratung", 5],
  ["Wohnungssuche Beratung", 5],
  ["Nachhilfe Latein", 4],
  ["Kinderbetreuung Sonntag", 4],
  ["ADHS Elterngruppe", 4],
  ["Gebärdensprachkurs", 3],
  ["Coding für Mädchen", 3],
  ["Tanzkurs Rollstuhl", 2],
];

function resultCount(term: string, titles: Map<string, number>): number {
  const tokens = term
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t.length > 2 && t !== "für");
  let count = 0;
  for (const [title, n] of titles) if (tokens.every((token) => title.includes(token))) count += n;
  return count;
}

function recentInstant(rng: Random, now: Date, days: number): Date {
  // More events recently; between 7 and 23 o'clock (UTC is close enough for a chart).
  const daysAgo = Math.floor(days * rng.float() ** 1.4);
  const midnight = Math.floor(now.getTime() / DAY_MS) * DAY_MS - daysAgo * DAY_MS;
  const instant = Math.min(now.getTime() - 60_000, midnight + rng.int(6, 21) * 3_600_000 + rng.int(0, 3599) * 1000);
  return new Date(instant);
}

export function writeActivity(db: Database.Database, input: ActivityInput): { auditLogs: number; analyticsEvents: number } {
  const { rng, now } = input;
  const audit = db.prepare(
    `INSERT INTO "AuditLog" ("actorId", "action", "entityType", "entityId", "changedFields", "reason", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const event = db.prepare(
    `INSERT INTO "AnalyticsEvent" ("type", "term", "resultCount", "filters", "offerId", "organizationId", "categoryId", "locale", "day", "createdAt", "zeroResult", "view")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEvent = (
    type: string,
    term: string | null,
    resultCount: number | null,
    offerId: number | null,
    organizationId: number | null,
    categoryId: number | null,
    locale: string,
    at: Date,
  ) =>
    event.run(
      type,
      term,
      resultCount,
      null,
      offerId,
      organizationId,
      categoryId,
      locale,
      formatLocalDate(at),
      toSqlDateTime(at),
      resultCount === 0 ? 1 : 0,
      // Every fifth search on the map, without drawing from rng (the rest of the seed stays as it was).
      type === "SEARCH" ? (analyticsEvents % 5 === 4 ? "map" : "list") : null,
    );
  let auditLogs = 0;
  const log = (
    actorId: number | null,
    action: string,
    entityType: string,
    entityId: number,
    at: Date,
    changedFields: string[] | null = null,
    reason: string | null = null,
  ) => {
    audit.run(
      actorId,
      action,
      entityType,
      String(entityId),
      changedFields ? JSON.stringify(changedFields) : null,
      reason,
      toSqlDateTime(at),
    );
    auditLogs++;
  };

  input.organizations.slice(0, 300).forEach((org, i) => {
    const id = input.organizationIds[i];
    const owner = input.authors.get(org.index)?.[0] ?? input.editorId;
    log(owner, "organization.create", "organization", id, org.createdAt);
    if (org.approvedAt) log(input.editorId, "organization.approve", "organization", id, org.approvedAt);
    if (org.status === "REJECTED") log(input.editorId, "organization.reject", "organization", id, org.updatedAt, null, org.statusReason);
    if (org.status === "BLOCKED")
      log(input.editorId, "organization.block", "organization", id, new Date(now.getTime() - 12 * DAY_MS), null, org.statusReason);
  });
  for (const offer of input.auditedOffers) {
    log(offer.createdById, "offer.create", "offer", offer.id, offer.createdAt);
    if (offer.publishedAt) log(offer.createdById, "offer.publish", "offer", offer.id, offer.publishedAt);
    if (offer.publishedAt && offer.updatedAt.getTime() - offer.publishedAt.getTime() > DAY_MS) {
      log(
        offer.createdById,
        "offer.update",
        "offer",
        offer.id,
        offer.updatedAt,
        rng.pick([["summary"], ["schedule"], ["description", "costNote"], ["contactName", "contactPhone"]]),
      );
    }
    if (offer.status === "REJECTED" || offer.status === "BLOCKED") {
      log(
        input.editorId,
        offer.status === "REJECTED" ? "offer.reject" : "offer.block",
        "offer",
        offer.id,
        offer.updatedAt,
        null,
        offer.statusReason,
      );
    }
  }
  log(
    input.adminId,
    "user.disable",
    "user",
    input.disabledUserId,
    new Date(now.getTime() - 30 * DAY_MS),
    ["disabledAt"],
    "Hat die Organisation verlassen.",
  );

  let analyticsEvents = 0;
  const categoryIds = [...input.categoryCounts.keys()];
  const terms = SEARCH_TERMS.map(([term, weight]) => [{ term, count: resultCount(term, input.visible.titles) }, weight] as const);
  for (let i = 0; i < 2400; i++) {
    const locale = rng.chance(0.85) ? "de" : "en";
    const at = recentInstant(rng, now, 120);
    if (rng.chance(0.25) && categoryIds.length > 0) {
      const categoryId = rng.pick(categoryIds);
      insertEvent("SEARCH", null, input.categoryCounts.get(categoryId) ?? 0, null, null, categoryId, locale, at);
    } else {
      const { term, count } = rng.weighted(terms);
      insertEvent("SEARCH", normalizeTerm(term), count, null, null, null, locale, at);
    }
    analyticsEvents++;
  }
  const { ids, organizationIds } = input.visible;
  for (let i = 0; ids.length > 0 && i < 3000; i++) {
    // A few offers are much more popular than the rest.
    const index = Math.floor(ids.length * rng.float() ** 2);
    insertEvent(
      "OFFER_VIEW",
      null,
      null,
      ids[index],
      organizationIds[index],
      null,
      rng.chance(0.85) ? "de" : "en",
      recentInstant(rng, now, 120),
    );
    analyticsEvents++;
  }
  const approved = input.organizations.flatMap((org, i) => (org.status === "APPROVED" ? [input.organizationIds[i]] : []));
  for (let i = 0; approved.length > 0 && i < 800; i++) {
    insertEvent(
      "PROVIDER_VIEW",
      null,
      null,
      null,
      approved[Math.floor(approved.length * rng.float() ** 2)],
      null,
      rng.chance(0.85) ? "de" : "en",
      recentInstant(rng, now, 120),
    );
    analyticsEvents++;
  }
  // Category searches name their filter like live ones do; then the daily counts the charts read.
  db.prepare(
    `UPDATE "AnalyticsEvent" SET "filters" = json_array('kategorie=' || (SELECT c."slug" FROM "Category" c WHERE c."id" = "categoryId"))
     WHERE "type" = 'SEARCH' AND "categoryId" IS NOT NULL`,
  ).run();
  for (const statement of DAILY_FROM_EVENTS_SQL) db.prepare(statement).run("0000-01-01", "9999-12-31");
  return { auditLogs, analyticsEvents };
}
