import Database from "better-sqlite3";
import { localDateTimeToUtc, todayLocal } from "@/lib/dates";
import { createPrismaClient } from "@/lib/db";
import { rebuildSearchIndex } from "@/features/search/fts";
import { RECONSTRUCT_VISIBILITY_PERIODS_SQL } from "@/features/analytics/queries/visibility-history";
import { writeDemoOrganizationTranslations, writeDemoTranslations } from "./translations";
import { writeActivity, type ActivityInput, type OfferTrace } from "./activity";
import type { SeedOptions } from "./args";
import { DEMO_USERS } from "./data/demo-users";
import { FEATURED_OFFERS } from "./data/featured-offers";
import { occupiedTables, resetDatabase, tableCounts, withoutSecondaryIndexes } from "./database";
import { buildMembers, type MemberRecord } from "./members";
import { assembleOffer, type OfferContext } from "./offer-assembly";
import { inputFromFeatured, inputFromTemplate } from "./offer-input";
import { buildOrganizations, type OrgRecord } from "./organizations";
import { Random } from "./random";
import { seedReferenceData, type ReferenceIds } from "./reference";
import { SlugRegistry } from "./slugs";
import { SqliteWriter } from "./sqlite-writer";

export class SeedRefusedError extends Error {}

const VALIDATED_OFFERS = 10_000;

const BULK_TABLES = [
  "Offer",
  "OfferSlot",
  "OfferDate",
  "OfferException",
  "OfferCategory",
  "OfferTargetGroup",
  "OfferLanguage",
  "OfferAccessibilityFeature",
];

const REPORTED_TABLES = [
  "Organization",
  "User",
  "Membership",
  "Offer",
  "OfferSlot",
  "OfferDate",
  "OfferException",
  "OfferCategory",
  "OfferTargetGroup",
  "OfferLanguage",
  "OfferAccessibilityFeature",
  "Category",
  "TargetGroup",
  "District",
  "PostalCode",
  "AuditLog",
  "AnalyticsEvent",
];

/** Picks providers in proportion to their offer weight (binary search over cumulative weights). */
function weightedPicker(organizations: OrgRecord[]): (roll: number) => OrgRecord {
  const pool = organizations.filter((org) => org.offerWeight > 0);
  const cumulative: number[] = [];
  let total = 0;
  for (const org of pool) cumulative.push((total += org.offerWeight));
  return (roll) => {
    const target = roll * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] > target) high = mid;
      else low = mid + 1;
    }
    return pool[low];
  };
}

/** Providers, the demo accounts' memberships and the other members; returns ids and offer authors. */
function writeOrganizations(
  writer: SqliteWriter,
  organizations: OrgRecord[],
  members: MemberRecord[],
  ids: ReferenceIds,
  passwordHash: string,
) {
  const organizationIds = organizations.map((org) => writer.organizationRow(org));
  const bySlug = new Map(organizations.map((org) => [org.slug, org]));
  // Offers are written by their provider's members, admins first; disabled accounts write nothing.
  const authors = new Map<number, number[]>();
  const addAuthor = (index: number, userId: number, admin: boolean) => {
    const list = authors.get(index) ?? [];
    if (admin) list.unshift(userId);
    else list.push(userId);
    authors.set(index, list);
  };
  for (const user of DEMO_USERS) {
    const org = user.membership ? bySlug.get(user.membership.organization) : undefined;
    if (!org || !user.membership) continue;
    const userId = ids.demoUserIds.get(user.email)!;
    writer.membershipRow(userId, organizationIds[org.index], user.membership.role, org.createdAt);
    if (!user.disabled) addAuthor(org.index, userId, user.membership.role === "ORG_ADMIN");
  }
  for (const member of members) {
    const userId = writer.memberRow(member, organizationIds[member.organizationIndex], passwordHash);
    addAuthor(member.organizationIndex, userId, member.role === "ORG_ADMIN");
  }
  return { organizationIds, authors, bySlug };
}

/** The demo organisations' hand-written offers first, then generated ones. */
function writeOffers(
  writer: SqliteWriter,
  ctx: OfferContext,
  {
    count,
    organizations,
    organizationIds,
    bySlug,
    categoryIds,
  }: {
    count: number;
    organizations: OrgRecord[];
    organizationIds: number[];
    bySlug: Map<string, OrgRecord>;
    categoryIds: Map<string, number>;
  },
) {
  const featured = FEATURED_OFFERS.filter((f) => bySlug.has(f.organization)).slice(0, count);
  const pickOrganization = weightedPicker(organizations);
  const cooperationNames = organizations.slice(0, 64).map((org) => org.name);
  const auditedOffers: OfferTrace[] = [];
  const visible: ActivityInput["visible"] = { ids: [], organizationIds: [], titles: new Map() };
  const categoryCounts = new Map<number, number>();
  const nowMs = ctx.now.getTime();
  for (let i = 0; i < count; i++) {
    const input =
      i < featured.length
        ? inputFromFeatured(featured[i], bySlug.get(featured[i].organization)!)
        : inputFromTemplate(pickOrganization(ctx.content.float()), ctx.content, cooperationNames);
    // Validating the first offers exercises every template and schedule style many times over;
    // validating all 10⁵ of a load-test seed would only add seconds.
    ctx.validateSchedules = i < VALIDATED_OFFERS;
    const offer = assembleOffer(input, ctx);
    const organizationId = organizationIds[offer.organizationIndex];
    const id = writer.offerRow(offer, organizationId);
    if (auditedOffers.length < 600) {
      const { title, status, createdById, createdAt, publishedAt, updatedAt, statusReason } = offer;
      auditedOffers.push({ id, organizationId, title, status, createdById, createdAt, publishedAt, updatedAt, statusReason });
    }
    const current = offer.derived.endsAt === null || offer.derived.endsAt.getTime() >= nowMs;
    if (offer.status === "PUBLISHED" && current && input.org.status === "APPROVED") {
      visible.ids.push(id);
      visible.organizationIds.push(organizationId);
      const title = offer.title.toLowerCase();
      visible.titles.set(title, (visible.titles.get(title) ?? 0) + 1);
      for (const slug of offer.categories) {
        const categoryId = categoryIds.get(slug)!;
        categoryCounts.set(categoryId, (categoryCounts.get(categoryId) ?? 0) + 1);
      }
    }
  }
  return { auditedOffers, visible, categoryCounts };
}

export async function runSeed(options: SeedOptions, { databaseUrl, passwordHash }: { databaseUrl: string; passwordHash: string }) {
  const file = databaseUrl.replace(/^file:/, "");
  const now = options.today ? localDateTimeToUtc(options.today, 12 * 60) : new Date();
  const today = options.today ?? todayLocal(now);

  const db = new Database(file, { timeout: 5000 });
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    const occupied = occupiedTables(db);
    if (occupied.length > 0 && !options.reset) {
      const summary = occupied.map((o) => `${o.rows} ${o.table}`).join(", ");
      throw new SeedRefusedError(
        `The database already contains data (${summary}). Run "npm run seed -- --reset" to replace everything with the demo data.`,
      );
    }
    if (options.reset) resetDatabase(db);

    const prisma = createPrismaClient(databaseUrl);
    let ids: ReferenceIds;
    try {
      ids = await seedReferenceData(prisma, { passwordHash, now });
    } finally {
      await prisma.$disconnect();
    }

    // Independent streams: a change in how schedules are drawn must not reshuffle titles or ids.
    const content = new Random(options.seed);
    const schedules = new Random(options.seed ^ 0x5eed);
    const uuids = new Random(options.seed ^ 0xa11d);
    const organizations = buildOrganizations(options.providers, content, uuids, now);
    const members = buildMembers(organizations, content, now);
    const editorId = ids.demoUserIds.get("redaktion@musterstadt.example")!;

    db.pragma("cache_size = -131072");
    const stats = db.transaction(() => {
      const writer = new SqliteWriter(db, ids);
      const { organizationIds, authors, bySlug } = writeOrganizations(writer, organizations, members, ids, passwordHash);
      const ctx: OfferContext = {
        now,
        today,
        content,
        schedules,
        uuids,
        slugs: new SlugRegistry(),
        authors,
        editorId,
        validateSchedules: true,
      };
      const written = withoutSecondaryIndexes(db, BULK_TABLES, () =>
        writeOffers(writer, ctx, { count: options.offers, organizations, organizationIds, bySlug, categoryIds: ids.categoryIds }),
      );
      const translations = writeDemoTranslations(db, now) + writeDemoOrganizationTranslations(db, now);
      const activity = writeActivity(db, {
        ...written,
        now,
        rng: content,
        organizations,
        organizationIds,
        authors,
        editorId,
        adminId: ids.demoUserIds.get("admin@musterstadt.example")!,
        disabledUserId: ids.demoUserIds.get("gesperrt@musterstadt.example")!,
      });
      // Visible offers got their period from the insert trigger (from publishedAt); offers written
      // archived, blocked or of a blocked provider get the reconstructed one the migration gives.
      for (const statement of RECONSTRUCT_VISIBILITY_PERIODS_SQL) db.prepare(statement).run();
      return { ...writer.counts, ...activity, offerTranslations: translations, visibleOffers: written.visible.ids.length };
    })();
    // The search index (features/search/fts.ts) is derived from the rows written above.
    await rebuildSearchIndex(db);
    db.pragma("optimize");
    return { stats, counts: tableCounts(db, REPORTED_TABLES), today };
  } finally {
    db.close();
  }
}
