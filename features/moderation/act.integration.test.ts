import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { OfferStatus, OrganizationStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/features/accounts/types";
import { deleteOfferFor } from "@/features/offer-management/mutations";
import { loadNewOfferForm, loadOfferForEdit } from "@/features/offers/form-queries";
import { createOfferFor, updateOfferFor } from "@/features/offers/mutations";
import type { OfferFormValues } from "@/features/offers/schemas";
import { offerFormValues } from "@/features/offers/test-fixtures";
import { addMember, createUser, sessionUser } from "@/features/organizations/test-fixtures";
import { searchOffers } from "@/features/search/offer-search";
import { parseOfferSearch } from "@/features/search/params/parse";
import { AppError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { useTestDatabase } from "@/test/helpers/db";
import { linkFrom, mailText, startSmtpServer, type TestSmtpServer } from "@/test/helpers/smtp";
import { createOrganizationFor } from "./create-organization";
import { reassignOfferFor, searchOrganizationOptions } from "./reassign";
import { deleteOfferAsEditorFor, deleteOrganizationFor, purgeExpiredDeletions, restoreOfferFor, restoreOrganizationFor } from "./trash";
import { listTrash } from "./trash-queries";

// The editors' "act on anything" tools against a real database: who may use them (editors and
// admins only — anonymous, providers and planners are refused and nothing changes), soft delete
// and restore within 30 days, the purge, reassigning and creating on a provider's behalf.

const NOW = new Date("2026-11-27T10:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

describe("editors act on anything", () => {
  const db = useTestDatabase();
  let category: number;
  let orgA: number;
  let orgB: number;
  let editor: SessionUser;
  let admin: SessionUser;
  let planner: SessionUser;
  let providerA: SessionUser;
  let providerB: SessionUser;
  let smtp: TestSmtpServer;
  const previousSmtp = process.env.SMTP_URL;
  let counter = 0;

  function input(organizationId: number, overrides: Partial<OfferFormValues> = {}): OfferFormValues {
    return offerFormValues(organizationId, category, overrides);
  }

  async function publishedOffer(organizationId = orgA, title?: string): Promise<{ id: number; title: string }> {
    const created = await createOfferFor(editor, input(organizationId, title ? { title } : {}), "publish", { now: NOW });
    return { id: created.id, title: (await db.prisma.offer.findUniqueOrThrow({ where: { id: created.id } })).title };
  }

  async function searchTitles(q: string): Promise<string[]> {
    return (await searchOffers(parseOfferSearch({ q }).query, { now: NOW })).offers.map((o) => o.title);
  }

  async function ftsHits(word: string): Promise<number> {
    const rows = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*) AS n FROM "OfferSearch" WHERE "OfferSearch" MATCH ?`,
      `"${word}"`,
    );
    return Number(rows[0].n);
  }

  async function snapshot() {
    const [offers, organizations, audits, invitations] = await Promise.all([
      db.prisma.offer.findMany({ select: { id: true, organizationId: true, status: true, deletedAt: true }, orderBy: { id: "asc" } }),
      db.prisma.organization.findMany({ select: { id: true, name: true, status: true, deletedAt: true }, orderBy: { id: "asc" } }),
      db.prisma.auditLog.count(),
      db.prisma.invitation.count(),
    ]);
    return { offers, organizations, audits, invitations };
  }

  async function organization(status: OrganizationStatus = "APPROVED", name?: string) {
    counter += 1;
    return (await db.prisma.organization.create({ data: { slug: `verein-${counter}`, name: name ?? `Verein ${counter}`, status } })).id;
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    process.env.SMTP_URL = smtp.url;
    await db.prisma.settings.upsert({
      where: { id: 1 },
      update: { requireOfferApproval: false },
      create: { id: 1, requireOfferApproval: false },
    });
    category = (await db.prisma.category.create({ data: { slug: "zirkus", name: "Zirkus" } })).id;
    orgA = await organization("APPROVED", "Manege e.V.");
    orgB = await organization("APPROVED", "Luftakrobatik gGmbH");
    editor = await sessionUser(await createUser(db.prisma, "Editor", "EDITOR"));
    admin = await sessionUser(await createUser(db.prisma, "Admin", "ADMIN"));
    planner = await sessionUser(await createUser(db.prisma, "Planner", "PLANNER"));
    const a = await createUser(db.prisma, "ProviderA");
    const b = await createUser(db.prisma, "ProviderB");
    await addMember(db.prisma, a, orgA, "ORG_ADMIN");
    await addMember(db.prisma, b, orgB, "ORG_ADMIN");
    providerA = await sessionUser(a);
    providerB = await sessionUser(b);
  });

  beforeEach(() => {
    smtp.mails.length = 0;
  });

  afterAll(async () => {
    if (previousSmtp === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = previousSmtp;
    await smtp.close();
  });

  describe("permissions: only editors and admins, nothing changes otherwise", () => {
    const refusedActors = () => [
      ["anonymous", null, UnauthorizedError] as const,
      ["provider of the organisation", providerA, ForbiddenError] as const,
      ["provider of another organisation", providerB, ForbiddenError] as const,
      ["planner", planner, ForbiddenError] as const,
    ];

    it("refuses delete, restore, reassign, create and the picker's search", async () => {
      const live = await publishedOffer();
      const deleted = await publishedOffer();
      await deleteOfferAsEditorFor(editor, deleted.id, null, { now: NOW });
      const deletedOrg = await organization();
      await deleteOrganizationFor(editor, deletedOrg, null, { now: NOW });
      const before = await snapshot();
      for (const [, actor] of refusedActors()) {
        const attempts: Promise<unknown>[] = [
          deleteOfferAsEditorFor(actor, live.id, "weg", { now: NOW }),
          deleteOrganizationFor(actor, orgA, "weg", { now: NOW }),
          restoreOfferFor(actor, deleted.id, { now: NOW }),
          restoreOrganizationFor(actor, deletedOrg, { now: NOW }),
          reassignOfferFor(actor, live.id, { organizationId: orgB, reason: null }),
          createOrganizationFor(actor, { name: "Heimlich e.V.", carrierType: "OTHER", inviteEmail: "" }),
          searchOrganizationOptions(actor, ""),
          listTrash(actor, { offersPage: 1, organizationsPage: 1 }, NOW),
        ];
        for (const attempt of attempts) {
          // assertCanModerate: no session and no editor role are both "forbidden" to the editor area.
          await expect(attempt).rejects.toBeInstanceOf(AppError);
          await expect(attempt).rejects.toSatisfy((e: unknown) => e instanceof ForbiddenError || e instanceof UnauthorizedError);
        }
      }
      expect(await snapshot()).toEqual(before);
      expect(smtp.mails).toHaveLength(0);
    });

    it("editors and admins may", async () => {
      for (const actor of [editor, admin]) {
        const offer = await publishedOffer();
        await expect(deleteOfferAsEditorFor(actor, offer.id, null, { now: NOW })).resolves.toMatchObject({ offerId: offer.id });
        await expect(restoreOfferFor(actor, offer.id, { now: NOW })).resolves.toMatchObject({ offerId: offer.id });
        await expect(reassignOfferFor(actor, offer.id, { organizationId: orgB, reason: "" })).resolves.toMatchObject({
          from: orgA,
          to: orgB,
        });
        await expect(searchOrganizationOptions(actor, "Luft")).resolves.toEqual([
          { id: orgB, name: "Luftakrobatik gGmbH", status: "APPROVED" },
        ]);
      }
    });

    it("the providers' own delete (offer list) works for editors too, and not across organisations", async () => {
      const offer = await publishedOffer();
      await expect(deleteOfferFor(providerB, offer.id)).rejects.toBeInstanceOf(NotFoundError);
      expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: offer.id } })).deletedAt).toBeNull();
      await expect(deleteOfferFor(editor, offer.id)).resolves.toMatchObject({ id: offer.id });
      expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: offer.id } })).deletedAt).toBeInstanceOf(Date);
    });
  });

  describe("soft delete and restore", () => {
    it("a deleted offer vanishes from the search and comes back with exactly its status", async () => {
      const offer = await publishedOffer(orgA, "Seiltanz Wolkenkratzer");
      expect(await searchTitles("Wolkenkratzer")).toEqual([offer.title]);
      await deleteOfferAsEditorFor(editor, offer.id, "Doppelt eingetragen", { now: daysAgo(29) });
      expect(await searchTitles("Wolkenkratzer")).toEqual([]);
      const trash = await listTrash(editor, { offersPage: 1, organizationsPage: 1 }, NOW);
      const row = trash.offers.find((o) => o.id === offer.id);
      expect(row).toMatchObject({ status: "PUBLISHED", organizationName: "Manege e.V." });
      expect(row?.purgeAt.toISOString()).toBe(new Date(daysAgo(29).getTime() + 30 * DAY).toISOString());

      await restoreOfferFor(editor, offer.id, { now: NOW });
      const after = await db.prisma.offer.findUniqueOrThrow({ where: { id: offer.id } });
      expect(after).toMatchObject({ status: "PUBLISHED", deletedAt: null });
      expect(await searchTitles("Wolkenkratzer")).toEqual([offer.title]);
      const audits = await db.prisma.auditLog.findMany({
        where: { entityType: "offer", entityId: String(offer.id), actorId: editor.id },
        orderBy: { id: "asc" },
      });
      expect(audits.slice(-2).map((a) => [a.action, a.reason])).toEqual([
        ["offer.delete", "Doppelt eingetragen"],
        ["offer.restore", null],
      ]);
      // Restoring twice: the offer is not in the trash any more.
      await expect(restoreOfferFor(editor, offer.id, { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
    });

    it("restores a blocked offer as blocked (never more public than before)", async () => {
      const offer = await publishedOffer();
      await db.prisma.offer.update({ where: { id: offer.id }, data: { status: "BLOCKED" as OfferStatus, statusReason: "Werbung" } });
      await deleteOfferAsEditorFor(editor, offer.id, null, { now: NOW });
      await restoreOfferFor(editor, offer.id, { now: NOW });
      expect(await db.prisma.offer.findUniqueOrThrow({ where: { id: offer.id } })).toMatchObject({
        status: "BLOCKED",
        statusReason: "Werbung",
        deletedAt: null,
      });
    });

    it("refuses to restore after 30 days, even before the purge ran", async () => {
      const offer = await publishedOffer();
      await deleteOfferAsEditorFor(editor, offer.id, null, { now: daysAgo(31) });
      await expect(restoreOfferFor(editor, offer.id, { now: NOW })).rejects.toMatchObject({
        code: "Editorial.errors.restoreExpired",
        status: 409,
      });
      expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: offer.id } })).deletedAt).toEqual(daysAgo(31));
      const trash = await listTrash(editor, { offersPage: 1, organizationsPage: 1 }, NOW);
      expect(trash.offers.some((o) => o.id === offer.id)).toBe(false);
    });

    it("deleting an organisation hides its offers; restoring brings back status and offers", async () => {
      const org = await organization("APPROVED", "Hochseil Verein");
      const offer = await publishedOffer(org, "Hochseil Sonnenaufgang");
      expect(await searchTitles("Sonnenaufgang")).toHaveLength(1);
      await deleteOrganizationFor(editor, org, "Aufgelöst", { now: NOW });
      expect(await searchTitles("Sonnenaufgang")).toEqual([]);
      // Its offers cannot be restored on their own while it is deleted, nor deleted again.
      await expect(deleteOrganizationFor(editor, org, null, { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
      await deleteOfferAsEditorFor(editor, offer.id, null, { now: NOW });
      await expect(restoreOfferFor(editor, offer.id, { now: NOW })).rejects.toMatchObject({ code: "Editorial.errors.organizationDeleted" });
      const trash = await listTrash(editor, { offersPage: 1, organizationsPage: 1 }, NOW);
      expect(trash.organizations.find((o) => o.id === org)).toMatchObject({ name: "Hochseil Verein", status: "APPROVED" });

      await restoreOrganizationFor(editor, org, { now: NOW });
      await restoreOfferFor(editor, offer.id, { now: NOW });
      expect(await db.prisma.organization.findUniqueOrThrow({ where: { id: org } })).toMatchObject({ status: "APPROVED", deletedAt: null });
      expect(await searchTitles("Sonnenaufgang")).toHaveLength(1);
      const actions = (
        await db.prisma.auditLog.findMany({ where: { entityType: "organization", entityId: String(org) }, orderBy: { id: "asc" } })
      ).map((a) => a.action);
      expect(actions).toEqual(["organization.delete", "organization.restore"]);
    });

    it("answers malformed, foreign and missing ids like missing records; huge or odd reasons are refused", async () => {
      const offer = await publishedOffer();
      const before = await snapshot();
      for (const id of ["abc", "-1", "1.5", "", null, 0, 999999, "9".repeat(40), { id: offer.id }]) {
        await expect(deleteOfferAsEditorFor(editor, id, null)).rejects.toBeInstanceOf(NotFoundError);
        await expect(restoreOfferFor(editor, id)).rejects.toBeInstanceOf(NotFoundError);
        await expect(deleteOrganizationFor(editor, id, null)).rejects.toBeInstanceOf(NotFoundError);
        await expect(restoreOrganizationFor(editor, id)).rejects.toBeInstanceOf(NotFoundError);
      }
      // A live record is not in the trash.
      await expect(restoreOfferFor(editor, offer.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(restoreOrganizationFor(editor, orgA)).rejects.toBeInstanceOf(NotFoundError);
      const huge = await deleteOfferAsEditorFor(editor, offer.id, "x".repeat(2001)).catch((e: unknown) => e);
      expect(huge).toBeInstanceOf(ValidationError);
      expect((huge as ValidationError).fieldErrors.reason).toEqual(["Editorial.errors.reasonTooLong"]);
      await expect(deleteOfferAsEditorFor(editor, offer.id, 42)).rejects.toBeInstanceOf(ValidationError);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe("purge", () => {
    it("hard-deletes what was deleted more than 30 days ago, FTS document included, and leaves newer deletions", async () => {
      // Leftovers of earlier tests first, so the counts below are this test's own.
      await purgeExpiredDeletions(NOW);
      const firstAudit = (await db.prisma.auditLog.aggregate({ _max: { id: true } }))._max.id ?? 0;
      const old = await publishedOffer(orgA, "Purgezirkus Altlast");
      const recent = await publishedOffer(orgA, "Purgezirkus Frischling");
      const oldOrg = await organization("BLOCKED", "Alter Verein");
      const offerOfOldOrg = await publishedOffer(oldOrg, "Purgezirkus Vereinsangebot");
      const recentOrg = await organization("APPROVED", "Neuer Verein");
      await db.prisma.membership.create({ data: { userId: providerB.id, organizationId: oldOrg, role: "ORG_MEMBER" } });
      await deleteOfferAsEditorFor(editor, old.id, null, { now: daysAgo(31) });
      await deleteOfferAsEditorFor(editor, recent.id, null, { now: daysAgo(29) });
      await deleteOrganizationFor(editor, oldOrg, null, { now: daysAgo(40) });
      await deleteOrganizationFor(editor, recentOrg, null, { now: daysAgo(1) });
      expect(await ftsHits("altlast")).toBe(1);

      const result = await purgeExpiredDeletions(NOW);
      expect(result).toEqual({ offers: 1, organizations: 1 });
      expect(await db.prisma.offer.findUnique({ where: { id: old.id } })).toBeNull();
      expect(await db.prisma.offer.findUnique({ where: { id: offerOfOldOrg.id } })).toBeNull();
      expect(await db.prisma.organization.findUnique({ where: { id: oldOrg } })).toBeNull();
      expect(await db.prisma.membership.count({ where: { organizationId: oldOrg } })).toBe(0);
      expect(await db.prisma.offerSearchDocument.count({ where: { offerId: { in: [old.id, offerOfOldOrg.id] } } })).toBe(0);
      expect(await ftsHits("altlast")).toBe(0);
      expect(await ftsHits("vereinsangebot")).toBe(0);
      // Newer deletions stay restorable.
      expect(await db.prisma.offer.findUnique({ where: { id: recent.id } })).not.toBeNull();
      expect(await db.prisma.organization.findUnique({ where: { id: recentOrg } })).not.toBeNull();
      await expect(restoreOfferFor(editor, old.id, { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
      await expect(restoreOrganizationFor(editor, oldOrg, { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
      await expect(restoreOfferFor(editor, recent.id, { now: NOW })).resolves.toMatchObject({ offerId: recent.id });
      const purges = await db.prisma.auditLog.findMany({
        where: { id: { gt: firstAudit }, action: { in: ["offer.purge", "organization.purge"] } },
        orderBy: { id: "asc" },
      });
      expect(purges.map((a) => [a.action, a.entityId, a.actorId])).toEqual([
        ["offer.purge", String(old.id), null],
        ["organization.purge", String(oldOrg), null],
      ]);
      // A second run finds nothing.
      await expect(purgeExpiredDeletions(NOW)).resolves.toEqual({ offers: 0, organizations: 0 });
    });
  });

  describe("reassign", () => {
    it("moves the offer, audits from/to, reindexes and mails the admins of both organisations", async () => {
      const offer = await publishedOffer(orgA, "Jonglage Umzugskarton");
      await reassignOfferFor(
        editor,
        offer.id,
        { organizationId: String(orgB), reason: "Kurs wechselt den Träger" },
        { baseUrl: "https://portal.example" },
      );
      expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: offer.id } })).organizationId).toBe(orgB);
      const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "offer.reassign", entityId: String(offer.id) } });
      expect(audit).toMatchObject({ actorId: editor.id, changedFields: JSON.stringify(["organizationId"]) });
      expect(audit.reason).toBe(`Kurs wechselt den Träger (from organization ${orgA} to organization ${orgB})`);
      const indexed = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*) AS n FROM "OfferSearch" WHERE "OfferSearch" MATCH ? AND rowid = ?`,
        `provider : "luftakrobatik"`,
        offer.id,
      );
      expect(Number(indexed[0].n)).toBe(1);
      const toA = await smtp.waitForMail(providerA.email);
      const toB = await smtp.waitForMail(providerB.email);
      expect(mailText(toA)).toContain("Kurs wechselt den Tr");
      expect(linkFrom(toA, "portal.example")).toBe("https://portal.example/de/konto/angebote");
      expect(linkFrom(toB, "portal.example")).toBe(`https://portal.example/de/konto/angebote/${offer.id}`);
      // The old organisation's provider no longer reaches it; the new one does.
      await expect(deleteOfferFor(providerA, offer.id)).rejects.toBeInstanceOf(NotFoundError);
    });

    it("refuses deleted, unknown, blocked, rejected and the same organisation; nothing changes", async () => {
      const offer = await publishedOffer();
      const deletedOrg = await organization();
      await deleteOrganizationFor(editor, deletedOrg, null, { now: NOW });
      const blocked = await organization("BLOCKED");
      const rejected = await organization("REJECTED");
      const pending = await organization("PENDING");
      const before = await snapshot();
      const cases: [unknown, string][] = [
        [deletedOrg, "targetInvalid"],
        [999999, "targetInvalid"],
        [blocked, "targetInvalid"],
        [rejected, "targetInvalid"],
        [orgA, "sameOrganization"],
        ["abc", "targetRequired"],
        ["", "targetRequired"],
        ["<script>", "targetRequired"],
        [null, "targetRequired"],
      ];
      for (const [target, code] of cases) {
        const error = await reassignOfferFor(editor, offer.id, { organizationId: target, reason: null }).catch((e: unknown) => e);
        expect(error, String(target)).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).fieldErrors.organizationId).toEqual([`Editorial.errors.${code}`]);
      }
      await expect(reassignOfferFor(editor, offer.id, { organizationId: orgB, reason: "y".repeat(5000) })).rejects.toBeInstanceOf(
        ValidationError,
      );
      await expect(reassignOfferFor(editor, "nope", { organizationId: orgB })).rejects.toBeInstanceOf(NotFoundError);
      expect(await snapshot()).toEqual(before);
      expect(smtp.mails).toHaveLength(0);
      // A pending organisation is a valid target.
      await expect(reassignOfferFor(editor, offer.id, { organizationId: pending, reason: null })).resolves.toMatchObject({ to: pending });
    });
  });

  describe("create on behalf", () => {
    it("creates an approved organisation, audited with the editor, and invites its admin by link", async () => {
      const result = await createOrganizationFor(
        editor,
        {
          name: "  Stadtteiltreff Nord  ",
          carrierType: "ASSOCIATION",
          summary: "Treffpunkt",
          email: "Info@Treff.example",
          postalCode: "",
          inviteEmail: "Chefin@Treff.example",
        },
        { baseUrl: "https://portal.example", now: NOW },
      );
      const created = await db.prisma.organization.findUniqueOrThrow({ where: { id: result.organizationId } });
      expect(created).toMatchObject({
        name: "Stadtteiltreff Nord",
        slug: "stadtteiltreff-nord",
        status: "APPROVED",
        approvedAt: NOW,
        email: "info@treff.example",
        carrierType: "ASSOCIATION",
      });
      const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "organization.create", entityId: String(created.id) } });
      expect(audit.actorId).toBe(editor.id);
      const invitation = await db.prisma.invitation.findFirstOrThrow({ where: { organizationId: created.id } });
      expect(invitation).toMatchObject({ email: "chefin@treff.example", orgRole: "ORG_ADMIN", invitedById: editor.id });
      const mail = await smtp.waitForMail("chefin@treff.example");
      expect(linkFrom(mail, "portal.example")).toMatch(/^https:\/\/portal\.example\/de\/.+\?token=/);
      expect(mailText(mail).toLowerCase()).not.toContain("passwort:");
      // Same name again gets its own slug.
      const again = await createOrganizationFor(admin, { name: "Stadtteiltreff Nord", carrierType: "OTHER" }, { now: NOW });
      expect((await db.prisma.organization.findUniqueOrThrow({ where: { id: again.organizationId } })).slug).toBe("stadtteiltreff-nord-2");
      expect(again.invitation).toBeNull();
    });

    it("refuses HTML, huge and missing input with the profile form's messages; nothing is created", async () => {
      const before = await snapshot();
      const cases: [Record<string, unknown>, string, string][] = [
        [{ name: "<b>Verein</b>", carrierType: "OTHER" }, "name", "ProfileForm.errors.noHtml"],
        [{ name: "V".repeat(151), carrierType: "OTHER" }, "name", "ProfileForm.errors.tooLong"],
        [{ name: "", carrierType: "OTHER" }, "name", "ProfileForm.errors.nameRequired"],
        [{ name: "Verein", carrierType: "PIRATES" }, "carrierType", "ProfileForm.errors.carrierTypeInvalid"],
        [{ name: "Verein", carrierType: "OTHER", inviteEmail: "keine-adresse" }, "inviteEmail", "ProfileForm.errors.emailInvalid"],
        [{ name: "Verein", carrierType: "OTHER", postalCode: "1234" }, "postalCode", "ProfileForm.errors.postalCodeInvalid"],
      ];
      for (const [raw, field, code] of cases) {
        const error = await createOrganizationFor(editor, raw).catch((e: unknown) => e);
        expect(error, JSON.stringify(raw).slice(0, 60)).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).fieldErrors[field]).toEqual([code]);
      }
      await expect(createOrganizationFor(editor, "not an object")).rejects.toBeInstanceOf(ValidationError);
      expect(await snapshot()).toEqual(before);
    });

    it("createOfferFor takes the organisation for editors and admins, and refuses providers who are not members", async () => {
      const org = await organization("APPROVED", "Ohne Mitglieder");
      const before = await db.prisma.offer.count();
      for (const outsider of [providerA, planner]) {
        await expect(createOfferFor(outsider, input(org), "draft", { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
      }
      await expect(createOfferFor(null, input(org), "draft", { now: NOW })).rejects.toBeInstanceOf(UnauthorizedError);
      expect(await db.prisma.offer.count()).toBe(before);
      for (const actor of [editor, admin]) {
        const created = await createOfferFor(actor, input(org), "draft", { now: NOW });
        expect(await db.prisma.offer.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
          organizationId: org,
          createdById: actor.id,
          status: "DRAFT",
        });
      }
      // The form for a non-member editor: the organisation's contact person and address as defaults,
      // "same as the organisation" resolves to the organisation's address, and edits save.
      await db.prisma.organization.update({
        where: { id: org },
        data: {
          street: "Marktplatz 1",
          postalCode: "12345",
          city: "Musterstadt",
          lat: 50.1,
          lng: 8.1,
          geoSource: "GEOCODED",
          contactName: "Eva Editor",
        },
      });
      const form = await loadNewOfferForm(editor, org);
      expect(form?.values).toMatchObject({
        organizationId: org,
        contactName: "Eva Editor",
        location: { type: "ADDRESS", sameAsOrganization: true },
      });
      expect(await loadNewOfferForm(providerA, org)).toBeNull();
      const onBehalf = await createOfferFor(editor, input(org, { location: { type: "ADDRESS", sameAsOrganization: true } }), "publish", {
        now: NOW,
      });
      expect(await db.prisma.offer.findUniqueOrThrow({ where: { id: onBehalf.id } })).toMatchObject({
        street: "Marktplatz 1",
        postalCode: "12345",
        lat: 50.1,
        status: "PUBLISHED",
      });
      const edit = await loadOfferForEdit(editor, onBehalf.id);
      expect(edit?.organization.id).toBe(org);
      await updateOfferFor(
        editor,
        onBehalf.id,
        { ...input(org, { location: { type: "ADDRESS", sameAsOrganization: true } }), title: "Von der Redaktion ergänzt" },
        "publish",
        { now: NOW },
      );
      expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: onBehalf.id } })).title).toBe("Von der Redaktion ergänzt");
      await expect(updateOfferFor(providerA, onBehalf.id, input(org), "publish", { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
      // A deleted organisation takes no new offers, not even from editors.
      await deleteOrganizationFor(editor, org, null, { now: NOW });
      await expect(createOfferFor(editor, input(org), "draft", { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
    });
  });
});
