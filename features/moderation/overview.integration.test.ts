import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/features/accounts/types";
import { createOffer } from "@/features/offer-management/test-fixtures";
import { addMember, createUser, sessionUser } from "@/features/organizations/test-fixtures";
import { recordAudit } from "@/lib/audit";
import { ForbiddenError } from "@/lib/errors";
import { PAGE_SIZE } from "@/lib/pagination";
import { useTestDatabase } from "@/test/helpers/db";
import { AUDIT_VALUE_MAX_CHARS, listAuditLog, valueChangeList } from "./audit-queries";
import { listOfferQueue } from "./offer-queries";
import { listBlocked, listPublishedOffers } from "./overview-queries";
import { parseAuditFilters } from "./overview-schemas";
import { getEditorialDashboard } from "./queries";

// The editors' overviews on a real database: who may read them, paging past the first page,
// the published/stale/expiring lists, blocked items and the filtered audit log.

const NOW = new Date("2026-11-27T12:00:00Z");
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

describe("editors' overviews", () => {
  const db = useTestDatabase();
  let editor: SessionUser;
  let admin: SessionUser;
  let planner: SessionUser;
  let provider: SessionUser;
  let org: number;
  let blockedOrg: number;
  let blockedOffer: number;
  let recentOffer: number;
  let staleOffer: number;
  let expiringOffer: number;

  beforeAll(async () => {
    const editorId = await createUser(db.prisma, "Rita", "EDITOR");
    editor = await sessionUser(editorId);
    admin = await sessionUser(await createUser(db.prisma, "Adam", "ADMIN"));
    planner = await sessionUser(await createUser(db.prisma, "Paula", "PLANNER"));
    await db.prisma.settings.create({ data: { id: 1, offerReminderMonths: 6 } });
    org = (await db.prisma.organization.create({ data: { slug: "verein", name: "Verein", status: "APPROVED" } })).id;
    blockedOrg = (
      await db.prisma.organization.create({
        data: { slug: "gesperrt", name: "Gesperrter Verein", status: "BLOCKED", statusReason: "Werbung" },
      })
    ).id;
    const providerId = await createUser(db.prisma, "Olga");
    await addMember(db.prisma, providerId, org, "ORG_ADMIN");
    provider = await sessionUser(providerId);

    // 25 submitted offers and 23 pending revisions: more than one page each.
    for (let i = 0; i < 25; i += 1)
      await createOffer(db.prisma, org, {
        title: `Eingereicht ${String(i).padStart(2, "0")}`,
        status: "PENDING_REVIEW",
        updatedAt: daysAgo(30 - i),
      });
    for (let i = 0; i < 23; i += 1) {
      const offerId = await createOffer(db.prisma, org, { title: `Mit Änderung ${i}` });
      await db.prisma.offer.update({
        where: { id: offerId },
        data: { updatedAt: daysAgo(200), lastConfirmedAt: daysAgo(10), createdAt: daysAgo(300) },
      });
      await db.prisma.offerRevision.create({ data: { offerId, data: "{}", createdById: providerId, createdAt: daysAgo(20 - i / 10) } });
    }
    recentOffer = await createOffer(db.prisma, org, { title: "Frisch veröffentlicht" });
    await db.prisma.offer.update({
      where: { id: recentOffer },
      data: { publishedAt: daysAgo(1), updatedAt: daysAgo(1), lastConfirmedAt: daysAgo(1) },
    });
    await recordAudit(db.prisma, {
      actorId: providerId,
      action: "offer.create",
      entityType: "offer",
      entityId: recentOffer,
      changedFields: ["title", "status"],
    });
    staleOffer = await createOffer(db.prisma, org, { title: "Lange nicht bestätigt" });
    await db.prisma.offer.update({
      where: { id: staleOffer },
      data: { lastConfirmedAt: null, createdAt: daysAgo(400), updatedAt: daysAgo(100) },
    });
    expiringOffer = await createOffer(db.prisma, org, { title: "Endet bald", endsAt: new Date(NOW.getTime() + 5 * DAY) });
    await db.prisma.offer.update({ where: { id: expiringOffer }, data: { updatedAt: daysAgo(50), lastConfirmedAt: daysAgo(50) } });
    blockedOffer = await createOffer(db.prisma, org, { title: "Gesperrtes Angebot", status: "BLOCKED", statusReason: "Falsche Angaben" });
    await recordAudit(db.prisma, {
      actorId: editorId,
      action: "offer.block",
      entityType: "offer",
      entityId: blockedOffer,
      reason: "Falsche Angaben",
    });
    await recordAudit(db.prisma, {
      actorId: editorId,
      action: "organization.block",
      entityType: "organization",
      entityId: blockedOrg,
      reason: "Werbung",
    });
    await recordAudit(db.prisma, {
      actorId: null,
      action: "settings.update",
      entityType: "settings",
      entityId: 1,
      changedFields: ["requireOfferApproval"],
    });
    await recordAudit(db.prisma, { actorId: providerId, action: "offer.delete", entityType: "offer", entityId: 999_999 });
  });

  it("refuses anonymous users, providers and planners", async () => {
    for (const user of [null, provider, planner]) {
      await expect(listOfferQueue(user)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listPublishedOffers(user, { view: "recent", days: "all" }, 1, NOW)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listBlocked(user)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listAuditLog(user, parseAuditFilters({}).filters, 1)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getEditorialDashboard(user, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("pages the review queue: every submitted offer and revision is reachable, oldest first", async () => {
    const first = await listOfferQueue(editor);
    expect(first.pending).toHaveLength(PAGE_SIZE);
    expect(first.pendingPage).toMatchObject({ page: 1, pageCount: 2, total: 25 });
    expect(first.revisionsPage).toMatchObject({ page: 1, pageCount: 2, total: 23 });
    const second = await listOfferQueue(admin, { pending: 2, revisions: 2 });
    expect(second.pending.map((e) => e.title)).toEqual([
      "Eingereicht 20",
      "Eingereicht 21",
      "Eingereicht 22",
      "Eingereicht 23",
      "Eingereicht 24",
    ]);
    expect(second.revisions).toHaveLength(3);
    const all = new Set([...first.pending, ...second.pending].map((e) => e.offerId));
    expect(all.size).toBe(25);
    // A page past the end shows the last page, never an error.
    expect((await listOfferQueue(editor, { pending: 999 })).pendingPage.page).toBe(2);
  });

  it("lists recently published offers newest first with who and when, and the stale and expiring ones", async () => {
    const week = await listPublishedOffers(editor, { view: "recent", days: "7" }, 1, NOW);
    expect(week.offers.map((o) => o.title)).toEqual(["Frisch veröffentlicht"]);
    expect(week.offers[0]).toMatchObject({ changedBy: "Olga", lastAction: "offer.create" });
    const all = await listPublishedOffers(editor, { view: "recent", days: "all" }, 1, NOW);
    expect(all.page.total).toBe(23 + 3);
    expect(all.offers[0].title).toBe("Frisch veröffentlicht");
    const page2 = await listPublishedOffers(editor, { view: "recent", days: "all" }, 2, NOW);
    expect(page2.offers).toHaveLength(6);
    const stale = await listPublishedOffers(editor, { view: "stale", days: "all" }, 1, NOW);
    expect(stale.offers.map((o) => o.id)).toEqual([staleOffer]);
    const expiring = await listPublishedOffers(editor, { view: "expiring", days: "all" }, 1, NOW);
    expect(expiring.offers.map((o) => o.id)).toEqual([expiringOffer]);

    const dashboard = await getEditorialDashboard(editor, NOW);
    expect(dashboard).toMatchObject({
      recentlyPublished: 1,
      stale: 1,
      expiring: 1,
      reminderMonths: 6,
      blockedOffers: 1,
      blockedProviders: 1,
      pendingOffers: 25,
      pendingRevisions: 23,
    });
  });

  it("lists blocked offers and providers with reason and who blocked them", async () => {
    const blocked = await listBlocked(admin);
    expect(blocked.offers).toEqual([expect.objectContaining({ id: blockedOffer, reason: "Falsche Angaben", blockedBy: "Rita" })]);
    expect(blocked.providers).toEqual([expect.objectContaining({ id: blockedOrg, reason: "Werbung", blockedBy: "Rita" })]);
    expect(blocked.offerPage).toMatchObject({ total: 1, pageCount: 1 });
  });

  it("filters the audit log by entity, id, action, actor and dates; pages it", async () => {
    const all = await listAuditLog(editor, parseAuditFilters({}).filters, 1);
    expect(all.page.total).toBe(5);
    expect(all.actions).toEqual(["offer.block", "offer.create", "offer.delete", "organization.block", "settings.update"]);
    const byType = await listAuditLog(editor, parseAuditFilters({ entityType: "organization" }).filters, 1);
    expect(byType.entries.map((e) => e.entity)).toEqual([
      expect.objectContaining({ type: "organization", id: String(blockedOrg), name: "Gesperrter Verein", exists: true }),
    ]);
    const byId = await listAuditLog(editor, parseAuditFilters({ entityType: "offer", entityId: String(blockedOffer) }).filters, 1);
    expect(byId.entries.map((e) => e.action)).toEqual(["offer.block"]);
    const byActor = await listAuditLog(editor, parseAuditFilters({ actor: "rita" }).filters, 1);
    expect(byActor.entries.map((e) => e.action).sort()).toEqual(["offer.block", "organization.block"]);
    const byAction = await listAuditLog(editor, parseAuditFilters({ action: "settings.update" }).filters, 1);
    expect(byAction.entries[0]).toMatchObject({
      actor: null,
      changedFields: ["requireOfferApproval"],
      entity: { type: "settings", exists: true },
    });
    const deleted = await listAuditLog(editor, parseAuditFilters({ action: "offer.delete" }).filters, 1);
    expect(deleted.entries[0].entity).toMatchObject({ id: "999999", name: null, exists: false });
    expect((await listAuditLog(editor, parseAuditFilters({ from: "2000-01-01", to: "2000-01-02" }).filters, 1)).page.total).toBe(0);
    expect((await listAuditLog(editor, parseAuditFilters({ from: "2000-01-01", to: "2999-12-31" }).filters, 1)).page.total).toBe(5);

    for (let i = 0; i < 25; i += 1)
      await recordAudit(db.prisma, {
        actorId: provider.id,
        action: "offer.update",
        entityType: "offer",
        entityId: recentOffer,
        changedFields: ["title"],
      });
    const firstPage = await listAuditLog(editor, parseAuditFilters({ action: "offer.update" }).filters, 1);
    const secondPage = await listAuditLog(editor, parseAuditFilters({ action: "offer.update" }).filters, 2);
    expect(firstPage.entries).toHaveLength(PAGE_SIZE);
    expect(secondPage.entries).toHaveLength(5);
    expect(new Set([...firstPage.entries, ...secondPage.entries].map((e) => e.id)).size).toBe(25);
  });

  it("shows a configuration change's old and new values and the term's name; malformed values show nothing", async () => {
    const category = await db.prisma.category.create({ data: { slug: "audit-kategorie", name: "Neue Kategorie" } });
    const long = "y".repeat(1000);
    await recordAudit(db.prisma, {
      actorId: editor.id,
      action: "category.update",
      entityType: "category",
      entityId: category.id,
      changedFields: ["name", "icon", "description"],
      changes: {
        name: { from: "Alte Kategorie", to: "Neue Kategorie" },
        icon: { from: null, to: "baby" },
        description: { from: long, to: "" },
      },
    });
    await recordAudit(db.prisma, {
      actorId: editor.id,
      action: "category.delete",
      entityType: "category",
      entityId: 999_998,
      changedFields: [],
    });
    const [deleted, updated] = (await listAuditLog(editor, parseAuditFilters({ entityType: "category" }).filters, 1)).entries;
    expect(updated.entity).toMatchObject({ type: "category", name: "Neue Kategorie", exists: true });
    expect(updated.valueChanges).toEqual([
      { field: "name", from: "Alte Kategorie", to: "Neue Kategorie" },
      { field: "icon", from: null, to: "baby" },
      { field: "description", from: `${"y".repeat(AUDIT_VALUE_MAX_CHARS)}…`, to: null },
    ]);
    expect(deleted.entity).toMatchObject({ type: "category", name: null, exists: false });
    expect(deleted.valueChanges).toEqual([]);

    expect(valueChangeList(null)).toEqual([]);
    expect(valueChangeList("not json")).toEqual([]);
    expect(valueChangeList("[1,2]")).toEqual([]);
    expect(valueChangeList('{"a": 1, "b": {"from": {"x": 1}, "to": true}}')).toEqual([{ field: "b", from: '{"x":1}', to: "true" }]);
    await db.prisma.auditLog.deleteMany({ where: { entityType: "category" } });
  });

  it("ignores hostile or malformed filters and names them, never fails", async () => {
    const hostile = {
      entityType: "offer'; DROP TABLE AuditLog; --",
      entityId: "1 OR 1=1",
      action: "<script>alert(1)</script>",
      actor: "x".repeat(5000),
      from: "gestern",
      to: ["2026-01-01", "2026-02-01"],
    };
    const { filters, ignored } = parseAuditFilters(hostile);
    expect(ignored).toEqual(["entityType", "entityId", "action", "actor", "from", "to"]);
    expect(Object.values(filters).every((value) => value === undefined)).toBe(true);
    expect((await listAuditLog(editor, filters, 1)).page.total).toBeGreaterThan(0);
    expect(parseAuditFilters({ from: "2026-02-30" }).ignored).toEqual(["from"]);
    expect(parseAuditFilters({ from: "2026-03-01", to: "2026-02-01" })).toEqual({
      filters: expect.objectContaining({ from: "2026-03-01", to: undefined }),
      ignored: ["to"],
    });
    expect(parseAuditFilters({ actor: "  %_  ", entityType: "", entityId: " 42 " })).toEqual({
      filters: expect.objectContaining({ actor: "%_", entityType: undefined, entityId: "42" }),
      ignored: [],
    });
    // LIKE wildcards in the search are plain characters: nobody is called "%_".
    expect((await listAuditLog(editor, parseAuditFilters({ actor: "%_" }).filters, 1)).page.total).toBe(0);
    expect(await db.prisma.auditLog.count()).toBe(30);
  });
});
