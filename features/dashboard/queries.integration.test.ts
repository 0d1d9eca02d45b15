import { beforeAll, describe, expect, it } from "vitest";
import { loadSessionUser } from "@/features/accounts/session-user";
import type { SessionUser } from "@/features/accounts/types";
import type { OfferStatus } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { useTestDatabase } from "@/test/helpers/db";
import { changeGroups, changeVerb } from "./change-labels";
import { chooseOrganizationFor } from "./organization-switch";
import {
  getOfferStatusCounts,
  getOffersEndingSoon,
  getOrganizationDashboard,
  getProfileCompleteness,
  getRecentColleagueChanges,
  getStaleOffers,
  staleCutoff,
} from "./queries";

const NOW = new Date("2026-11-27T12:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const daysFromNow = (days: number) => new Date(NOW.getTime() + days * DAY);

describe("dashboard queries", () => {
  const db = useTestDatabase();
  let orgA: number;
  let orgB: number;
  let users: Record<"me" | "colleague" | "otherOrg" | "editor" | "loner" | "multi", SessionUser>;
  const offerIds: Record<string, number> = {};

  async function makeUser(email: string, role: "NONE" | "EDITOR" = "NONE") {
    return db.prisma.user.create({ data: { email, name: email.split("@")[0], passwordHash: "x", role, emailVerifiedAt: NOW } });
  }
  async function session(id: number): Promise<SessionUser> {
    return (await loadSessionUser({ userId: id, sessionVersion: 0, sessionId: "test-session-0000000001" }))!;
  }
  async function makeOffer(key: string, organizationId: number, status: OfferStatus, extra: Record<string, unknown> = {}) {
    const offer = await db.prisma.offer.create({
      data: { slug: `${key}-${organizationId}`, organizationId, title: `Angebot ${key}`, status, ...extra },
    });
    offerIds[key] = offer.id;
    return offer.id;
  }

  beforeAll(async () => {
    await db.prisma.settings.create({ data: { id: 1, offerReminderMonths: 6 } });
    orgA = (await db.prisma.organization.create({ data: { slug: "regenbogen", name: "Regenbogen e.V.", status: "PENDING" } })).id;
    orgB = (await db.prisma.organization.create({ data: { slug: "tsv", name: "TSV 1920", status: "APPROVED", summary: "Sport" } })).id;
    const me = await makeUser("me@example.org");
    const colleague = await makeUser("kollegin@example.org");
    const otherOrg = await makeUser("andere@example.org");
    const editor = await makeUser("redaktion@example.org", "EDITOR");
    const loner = await makeUser("allein@example.org");
    const multi = await makeUser("mehrere@example.org");
    await db.prisma.membership.createMany({
      data: [
        { userId: me.id, organizationId: orgA, role: "ORG_ADMIN" },
        { userId: colleague.id, organizationId: orgA, role: "ORG_MEMBER" },
        { userId: otherOrg.id, organizationId: orgB, role: "ORG_ADMIN" },
        { userId: multi.id, organizationId: orgA, role: "ORG_MEMBER" },
        { userId: multi.id, organizationId: orgB, role: "ORG_MEMBER" },
      ],
    });
    users = {
      me: await session(me.id),
      colleague: await session(colleague.id),
      otherOrg: await session(otherOrg.id),
      editor: await session(editor.id),
      loner: await session(loner.id),
      multi: await session(multi.id),
    };

    const old = daysFromNow(-200);
    await makeOffer("current", orgA, "PUBLISHED", { endsAt: daysFromNow(60), lastConfirmedAt: daysFromNow(-10) });
    await makeOffer("endingSoon", orgA, "PUBLISHED", { endsAt: daysFromNow(3) });
    await makeOffer("endingDraft", orgA, "DRAFT", { endsAt: daysFromNow(13) });
    await makeOffer("endingLater", orgA, "PUBLISHED", { endsAt: daysFromNow(15) });
    await makeOffer("expired", orgA, "PUBLISHED", { endsAt: daysFromNow(-1) });
    await makeOffer("draft", orgA, "DRAFT");
    await makeOffer("pending", orgA, "PENDING_REVIEW");
    await makeOffer("archivedEnding", orgA, "ARCHIVED", { endsAt: daysFromNow(2) });
    await makeOffer("deleted", orgA, "PUBLISHED", { deletedAt: daysFromNow(-1), endsAt: daysFromNow(1) });
    // Not confirmed for 6 months: both dates old, or never confirmed and not changed since.
    await makeOffer("stale", orgA, "PUBLISHED", { updatedAt: old, lastConfirmedAt: old });
    await makeOffer("staleNeverConfirmed", orgA, "PUBLISHED", { updatedAt: daysFromNow(-190) });
    // Old change but confirmed recently / changed recently after an old confirmation: not stale.
    await makeOffer("confirmedRecently", orgA, "PUBLISHED", { updatedAt: old, lastConfirmedAt: daysFromNow(-20) });
    await makeOffer("draftOld", orgA, "DRAFT", { updatedAt: old });
    await makeOffer("other", orgB, "PUBLISHED", { endsAt: daysFromNow(5), updatedAt: old });

    // Audit trail, oldest first.
    const at = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
    const entries: [number | null, string, "offer" | "organization", number, string[], number][] = [
      [colleague.id, "offer.update", "offer", offerIds.current, ["title", "street", "postalCode"], 50],
      [me.id, "offer.update", "offer", offerIds.draft, ["summary"], 40], // my own: left out
      [otherOrg.id, "offer.update", "offer", offerIds.other, ["title"], 30], // other organisation: left out
      [otherOrg.id, "organization.update", "organization", orgB, ["name"], 25], // other organisation: left out
      [colleague.id, "organization.update", "organization", orgA, ["logoPath", "logoCopyright"], 20],
      [editor.id, "offer.archive", "offer", offerIds.archivedEnding, ["status"], 10], // editorial team
      [null, "offer.update", "offer", offerIds.current, ["endsAt"], 5], // system job: left out
      [colleague.id, "offer.delete", "offer", offerIds.deleted, [], 1],
    ];
    for (const [actorId, action, entityType, entityId, fields, minutesAgo] of entries) {
      await recordAudit(db.prisma, { actorId, action, entityType, entityId, changedFields: fields });
      const last = await db.prisma.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
      await db.prisma.auditLog.update({ where: { id: last.id }, data: { createdAt: at(minutesAgo) } });
    }
  });

  it("counts offers per list status, like the offer list (deleted left out, expired separate)", async () => {
    const counts = await getOfferStatusCounts(users.me, orgA, NOW);
    expect(counts).toEqual({
      all: 12,
      published: 6, // current, endingSoon, endingLater, stale, staleNeverConfirmed, confirmedRecently
      expired: 1,
      draft: 3,
      pending: 1,
      archived: 1,
      rejected: 0,
      blocked: 0,
    });
  });

  it("lists offers ending within 14 days, soonest first, without archived, deleted or other organisations' offers", async () => {
    const offers = await getOffersEndingSoon(users.me, orgA, NOW);
    expect(offers.map((o) => o.id)).toEqual([offerIds.endingSoon, offerIds.endingDraft]);
  });

  it("lists published offers not confirmed or changed for Settings.offerReminderMonths", async () => {
    const { months, offers } = await getStaleOffers(users.me, orgA, NOW);
    expect(months).toBe(6);
    expect(offers.map((o) => o.id)).toEqual([offerIds.stale, offerIds.staleNeverConfirmed]);

    await db.prisma.settings.update({ where: { id: 1 }, data: { offerReminderMonths: 12 } });
    try {
      expect((await getStaleOffers(users.me, orgA, NOW)).offers).toEqual([]);
    } finally {
      await db.prisma.settings.update({ where: { id: 1 }, data: { offerReminderMonths: 6 } });
    }
    expect(staleCutoff(new Date("2026-08-31T10:00:00Z"), 6).toISOString().slice(0, 7)).toBe("2026-03");
  });

  it("shows colleagues' changes, newest first, without my own, the system's or other organisations' entries", async () => {
    const changes = await getRecentColleagueChanges(users.me, orgA);
    expect(changes.map((c) => [c.action, c.actorName, c.entity.type === "offer" ? c.entity.title : c.entity.name])).toEqual([
      ["offer.delete", "kollegin", "Angebot deleted"],
      ["offer.archive", null, "Angebot archivedEnding"], // an editor, shown as the editorial team
      ["organization.update", "kollegin", "Regenbogen e.V."],
      ["offer.update", "kollegin", "Angebot current"],
    ]);
    expect(changes[0].entity).toMatchObject({ type: "offer", deleted: true });
    expect(changes[3].changedFields).toEqual(["postalCode", "street", "title"]);
    expect(changeGroups(changes[3].changedFields)).toEqual(["title", "address"]);
    expect(changeGroups(changes[2].changedFields)).toEqual(["logo"]);

    // The colleague sees my change instead of their own.
    const theirs = await getRecentColleagueChanges(users.colleague, orgA);
    expect(theirs.map((c) => c.action)).toEqual(["offer.archive", "offer.update"]);
    expect(theirs[1].actorName).toBe("me");
  });

  it("keeps only the last 10 changes", async () => {
    const colleague = users.colleague.id;
    const before = await db.prisma.auditLog.count();
    for (let i = 0; i < 12; i++) {
      await recordAudit(db.prisma, {
        actorId: colleague,
        action: "offer.confirm",
        entityType: "offer",
        entityId: offerIds.current,
        changedFields: ["lastConfirmedAt"],
      });
    }
    try {
      const changes = await getRecentColleagueChanges(users.me, orgA);
      expect(changes).toHaveLength(10);
      expect(changes.every((c) => c.action === "offer.confirm")).toBe(true);
    } finally {
      await db.prisma.auditLog.deleteMany({ where: { action: "offer.confirm" } });
    }
    expect(await db.prisma.auditLog.count()).toBe(before);
  });

  it("measures profile completeness and names what is missing", async () => {
    const empty = await getProfileCompleteness(users.me, orgA);
    expect(empty).toEqual({
      percent: 0,
      missing: ["summary", "description", "logo", "image", "address", "contact", "website", "openingHours", "categories", "contactPerson"],
    });
    await db.prisma.organization.update({
      where: { id: orgA },
      data: {
        summary: "Familienzentrum",
        description: "  ",
        street: "Weg 1",
        postalCode: "12345",
        city: "Musterstadt",
        phone: "0123",
        openingHoursNote: "nach Absprache",
      },
    });
    const partial = await getProfileCompleteness(users.me, orgA);
    expect(partial.percent).toBe(40);
    expect(partial.missing).toEqual(["description", "logo", "image", "website", "categories", "contactPerson"]);
  });

  it("returns everything for the page in one call", async () => {
    const data = await getOrganizationDashboard(users.colleague, orgA, NOW);
    expect(data.organization).toMatchObject({ id: orgA, name: "Regenbogen e.V.", status: "PENDING" });
    expect(data.counts.all).toBe(12);
    expect(data.endingSoon).toHaveLength(2);
    expect(data.stale.offers).toHaveLength(2);
    expect(data.changes.length).toBeGreaterThan(0);
  });

  it("refuses users who are not members (editors and admins may look), without revealing anything", async () => {
    const queries = [
      (u: SessionUser, id: number) => getOrganizationDashboard(u, id, NOW),
      (u: SessionUser, id: number) => getProfileCompleteness(u, id),
      (u: SessionUser, id: number) => getOfferStatusCounts(u, id, NOW),
      (u: SessionUser, id: number) => getOffersEndingSoon(u, id, NOW),
      (u: SessionUser, id: number) => getStaleOffers(u, id, NOW),
      (u: SessionUser, id: number) => getRecentColleagueChanges(u, id),
    ];
    for (const query of queries) {
      for (const [user, id] of [
        [users.otherOrg, orgA],
        [users.loner, orgA],
        [users.me, orgB],
        [users.me, 999_999],
        [users.me, Number.NaN],
      ] as const) {
        const error = await query(user, id).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(NotFoundError);
        expect(String((error as Error).message)).not.toContain("Regenbogen");
      }
      await expect(query(users.editor, orgA)).resolves.toBeTruthy();
    }
    // A member of both sees each organisation's own data only.
    expect((await getOfferStatusCounts(users.multi, orgB, NOW)).all).toBe(1);
    expect((await getRecentColleagueChanges(users.multi, orgB)).map((c) => c.action)).toEqual(["organization.update", "offer.update"]);
  });
});

describe("organisation switcher", () => {
  const base: SessionUser = {
    id: 7,
    email: "x@example.org",
    name: "X",
    role: "NONE",
    locale: "de",
    memberships: [
      { organizationId: 1, slug: "a", name: "A", status: "APPROVED", role: "ORG_MEMBER" },
      { organizationId: 2, slug: "b", name: "B", status: "PENDING", role: "ORG_ADMIN" },
    ],
  };

  it("switches to an organisation the user belongs to", () => {
    expect(chooseOrganizationFor(base, { organizationId: "2" }).organizationId).toBe(2);
    expect(chooseOrganizationFor(base, { organizationId: 1 }).name).toBe("A");
  });

  it("refuses an organisation the user does not belong to — editors included", () => {
    expect(() => chooseOrganizationFor(base, { organizationId: 3 })).toThrow(ForbiddenError);
    expect(() => chooseOrganizationFor({ ...base, role: "EDITOR" }, { organizationId: 3 })).toThrow(ForbiddenError);
    expect(() => chooseOrganizationFor({ ...base, role: "ADMIN", memberships: [] }, { organizationId: 1 })).toThrow(ForbiddenError);
  });

  it("refuses malformed ids with a validation error", () => {
    for (const organizationId of ["", "abc", "1; DROP TABLE", -1, 0, 1.5, null, "9".repeat(30), { id: 1 }]) {
      expect(() => chooseOrganizationFor(base, { organizationId })).toThrow(ValidationError);
    }
    expect(() => chooseOrganizationFor(base, null)).toThrow(ValidationError);
  });
});

describe("change labels", () => {
  it("maps audit actions to verbs", () => {
    expect(changeVerb("offer.update")).toBe("update");
    expect(changeVerb("offer.submitRevision")).toBe("submitRevision");
    expect(changeVerb("organization.somethingNew")).toBe("other");
  });

  it("folds fields into form parts in form order, unknown ones as other", () => {
    expect(changeGroups(["lng", "lat", "title", "costNote", "isFree", "mystery"])).toEqual(["title", "address", "costs", "other"]);
    expect(changeGroups([])).toEqual([]);
  });
});
