import type Database from "better-sqlite3";
import { storedLinkWords } from "@/features/search/link-bits";
import { toSqlDateTime, toSqlDateTimeOrNull } from "@/lib/sql-dates";
import type { MemberRecord } from "./members";
import type { OfferRecord } from "./offer-assembly";
import type { OrgRecord } from "./organizations";
import type { ReferenceIds } from "./reference";

// Bulk rows go through prepared better-sqlite3 statements (one transaction, run by the caller):
// Prisma would need minutes for 10⁵ offers. Values must look exactly like Prisma's own: DateTimes
// via toSqlDateTime, booleans as 0/1, enums as their names, and every NOT NULL column without a
// database default (uuid, updatedAt) filled explicitly.

type Row = (string | number | null)[];

function inserter(db: Database.Database, table: string, columns: string[]): (values: Row) => number {
  const statement = db.prepare(
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
  );
  return (values) => Number(statement.run(values).lastInsertRowid);
}

const bool = (value: boolean) => (value ? 1 : 0);

export class SqliteWriter {
  private readonly organization;
  private readonly openingHour;
  private readonly fact;
  private readonly organizationCategory;
  private readonly user;
  private readonly membership;
  private readonly offer;
  private readonly slot;
  private readonly date;
  private readonly exception;
  private readonly offerCategory;
  private readonly offerTargetGroup;
  private readonly offerLanguage;
  private readonly offerFeature;
  readonly counts = { organizations: 0, users: 0, memberships: 0, offers: 0, slots: 0, dates: 0, exceptions: 0 };

  constructor(
    db: Database.Database,
    private readonly ids: ReferenceIds,
  ) {
    this.organization = inserter(db, "Organization", [
      "uuid",
      "slug",
      "name",
      "subline",
      "summary",
      "description",
      "carrierType",
      "employeeCount",
      "volunteering",
      "email",
      "phone",
      "phone2",
      "website",
      "street",
      "postalCode",
      "city",
      "districtId",
      "lat",
      "lng",
      "geoSource",
      "openingHoursNote",
      "contactSalutation",
      "contactName",
      "contactRole",
      "contactPhone",
      "contactEmail",
      "status",
      "statusReason",
      "approvedAt",
      "lastConfirmedAt",
      "createdAt",
      "updatedAt",
    ]);
    this.openingHour = inserter(db, "OpeningHour", ["organizationId", "weekday", "startMinute", "endMinute"]);
    this.fact = inserter(db, "OrganizationFact", ["organizationId", "label", "value", "position"]);
    this.organizationCategory = inserter(db, "OrganizationCategory", ["organizationId", "categoryId"]);
    this.user = inserter(db, "User", [
      "email",
      "name",
      "passwordHash",
      "emailVerifiedAt",
      "role",
      "termsAcceptedVersion",
      "termsAcceptedAt",
      "lastLoginAt",
      "locale",
      "createdAt",
      "updatedAt",
    ]);
    this.membership = inserter(db, "Membership", ["userId", "organizationId", "role", "createdAt"]);
    this.offer = inserter(db, "Offer", [
      "uuid",
      "slug",
      "organizationId",
      "title",
      "summary",
      "description",
      "locationType",
      "locationName",
      "street",
      "postalCode",
      "city",
      "districtId",
      "lat",
      "lng",
      "geoSource",
      "locationNote",
      "onlineUrl",
      "scheduleKind",
      "scheduleStartDate",
      "scheduleEndDate",
      "intervalWeeks",
      "scheduleNote",
      "isFree",
      "costAmountCents",
      "costNote",
      "access",
      "wheelchair",
      "accessibilityNote",
      "ageMin",
      "ageMax",
      "registrationRequired",
      "registrationNote",
      "maxParticipants",
      "courseNumber",
      "conditions",
      "speaker",
      "format",
      "cooperationPartner",
      "volunteeringPossible",
      "contactSalutation",
      "contactName",
      "contactRole",
      "contactPhone",
      "contactEmail",
      "status",
      "statusReason",
      "createdById",
      "updatedById",
      "publishedAt",
      "lastConfirmedAt",
      "createdAt",
      "updatedAt",
      "nextOccurrenceAt",
      "nextListedAt",
      "endsAt",
      "searchMode",
      "searchMask",
      "searchFrom",
      "searchUntil",
      "searchExceptionsFrom",
      "searchExceptionsUntil",
      "searchExceptionCount",
      "searchCategories",
      "searchTargetGroups",
      "searchCategories2",
      "searchTargetGroups2",
    ]);
    this.slot = inserter(db, "OfferSlot", ["offerId", "weekday", "startMinute", "endMinute", "validFrom", "validUntil"]);
    this.date = inserter(db, "OfferDate", ["offerId", "date", "startMinute", "endMinute", "startsAt", "endsAt"]);
    this.exception = inserter(db, "OfferException", ["offerId", "date"]);
    this.offerCategory = inserter(db, "OfferCategory", ["offerId", "categoryId"]);
    this.offerTargetGroup = inserter(db, "OfferTargetGroup", ["offerId", "targetGroupId"]);
    this.offerLanguage = inserter(db, "OfferLanguage", ["offerId", "code"]);
    this.offerFeature = inserter(db, "OfferAccessibilityFeature", ["offerId", "feature"]);
    // The terms' bit slots (given by the insert triggers of migration 0012) for the offers' link words.
    const slots = (table: string) =>
      new Map(
        (db.prepare(`SELECT "id", "searchBit" FROM "${table}"`).all() as { id: number; searchBit: number | null }[]).map((r) => [
          r.id,
          r.searchBit,
        ]),
      );
    this.categorySlots = slots("Category");
    this.targetGroupSlots = slots("TargetGroup");
  }

  private readonly categorySlots: Map<number, number | null>;

  /** [searchCategories, searchTargetGroups, searchCategories2, searchTargetGroups2] of an offer. */
  private linkWords(categoryIds: number[], targetGroupIds: number[]): number[] {
    const [c1, c2] = storedLinkWords(categoryIds.map((id) => this.categorySlots.get(id)));
    const [t1, t2] = storedLinkWords(targetGroupIds.map((id) => this.targetGroupSlots.get(id)));
    return [c1, t1, c2, t2];
  }
  private readonly targetGroupSlots: Map<number, number | null>;

  private id(map: Map<string, number>, key: string): number {
    const value = map.get(key);
    if (value === undefined) throw new Error(`Unknown reference "${key}"`);
    return value;
  }

  organizationRow(org: OrgRecord): number {
    const c = org.contact;
    const id = this.organization([
      org.uuid,
      org.slug,
      org.name,
      org.subline,
      org.summary,
      org.description,
      org.carrierType,
      org.employeeCount,
      org.volunteering,
      org.email,
      org.phone,
      org.phone2,
      org.website,
      org.street,
      org.postalCode,
      "Musterstadt",
      this.id(this.ids.districtIds, org.district.slug),
      org.lat,
      org.lng,
      org.geoSource,
      org.openingHoursNote,
      c.salutation,
      `${c.firstName} ${c.lastName}`,
      c.role,
      c.phone,
      c.email,
      org.status,
      org.statusReason,
      toSqlDateTimeOrNull(org.approvedAt),
      toSqlDateTime(org.lastConfirmedAt),
      toSqlDateTime(org.createdAt),
      toSqlDateTime(org.updatedAt),
    ]);
    for (const hour of org.hours) this.openingHour([id, hour.weekday, hour.startMinute, hour.endMinute]);
    org.facts.forEach((fact, position) => this.fact([id, fact.label, fact.value, position]));
    for (const slug of org.categories) this.organizationCategory([id, this.id(this.ids.categoryIds, slug)]);
    this.counts.organizations++;
    return id;
  }

  memberRow(member: MemberRecord, organizationId: number, passwordHash: string): number {
    const createdAt = toSqlDateTime(member.createdAt);
    const userId = this.user([
      member.email,
      member.name,
      passwordHash,
      createdAt,
      "NONE",
      1,
      createdAt,
      toSqlDateTimeOrNull(member.lastLoginAt),
      "de",
      createdAt,
      toSqlDateTime(member.lastLoginAt ?? member.createdAt),
    ]);
    this.membershipRow(userId, organizationId, member.role, member.createdAt);
    this.counts.users++;
    return userId;
  }

  membershipRow(userId: number, organizationId: number, role: string, createdAt: Date): void {
    this.membership([userId, organizationId, role, toSqlDateTime(createdAt)]);
    this.counts.memberships++;
  }

  offerRow(offer: OfferRecord, organizationId: number): number {
    const r = offer.rows;
    const c = offer.contact;
    const d = offer.derived;
    const categoryIds = offer.categories.map((slug) => this.id(this.ids.categoryIds, slug));
    const targetGroupIds = offer.groups.map((slug) => this.id(this.ids.targetGroupIds, slug));
    const id = this.offer([
      offer.uuid,
      offer.slug,
      organizationId,
      offer.title,
      offer.summary,
      offer.description,
      offer.locationType,
      offer.locationName,
      offer.street,
      offer.postalCode,
      offer.city,
      offer.district ? this.id(this.ids.districtIds, offer.district.slug) : null,
      offer.lat,
      offer.lng,
      offer.geoSource,
      offer.locationNote,
      offer.onlineUrl,
      r.scheduleKind,
      r.scheduleStartDate,
      r.scheduleEndDate,
      r.intervalWeeks,
      offer.scheduleNote,
      bool(offer.isFree),
      offer.costAmountCents,
      offer.costNote,
      offer.access,
      offer.wheelchair,
      offer.accessibilityNote,
      offer.ageMin,
      offer.ageMax,
      bool(offer.registrationRequired),
      offer.registrationNote,
      offer.maxParticipants,
      offer.courseNumber,
      offer.conditions,
      offer.speaker,
      offer.format,
      offer.cooperationPartner,
      bool(offer.volunteeringPossible),
      c.salutation,
      c.name,
      c.role,
      c.phone,
      c.email,
      offer.status,
      offer.statusReason,
      offer.createdById,
      offer.updatedById,
      toSqlDateTimeOrNull(offer.publishedAt),
      toSqlDateTimeOrNull(offer.lastConfirmedAt),
      toSqlDateTime(offer.createdAt),
      toSqlDateTime(offer.updatedAt),
      toSqlDateTimeOrNull(d.nextOccurrenceAt),
      toSqlDateTimeOrNull(d.nextListedAt),
      toSqlDateTimeOrNull(d.endsAt),
      d.searchMode,
      d.searchMask,
      d.searchFrom,
      d.searchUntil,
      d.searchExceptionsFrom,
      d.searchExceptionsUntil,
      d.searchExceptionCount,
      // What the link-table triggers of migration 0012 would write: written here, they find nothing to change.
      ...this.linkWords(categoryIds, targetGroupIds),
    ]);
    for (const s of r.slots) this.slot([id, s.weekday, s.startMinute, s.endMinute, s.validFrom, s.validUntil]);
    for (const d of r.dates) this.date([id, d.date, d.startMinute, d.endMinute, toSqlDateTime(d.startsAt), toSqlDateTime(d.endsAt)]);
    for (const date of r.exceptions) this.exception([id, date]);
    for (const categoryId of categoryIds) this.offerCategory([id, categoryId]);
    for (const targetGroupId of targetGroupIds) this.offerTargetGroup([id, targetGroupId]);
    for (const code of offer.languages) this.offerLanguage([id, code]);
    for (const feature of offer.features) this.offerFeature([id, feature]);
    this.counts.offers++;
    this.counts.slots += r.slots.length;
    this.counts.dates += r.dates.length;
    this.counts.exceptions += r.exceptions.length;
    return id;
  }
}
