import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { useTestDatabase } from "@/test/helpers/db";
import { containsPattern, getOfferPreview, getOfferTitleForUser, listOrganizationOffers } from "./queries";
import { parseOfferListFilter, type OfferListFilter } from "./schemas";
import { createFixture, createOffer, type Fixture } from "./test-fixtures";

const NOW = new Date("2026-11-15T10:00:00Z");
const filter = (f: Partial<OfferListFilter> = {}): OfferListFilter => ({ status: "all", q: "", page: 1, ...f });

describe("offer list queries", () => {
  const db = useTestDatabase();
  let fx: Fixture;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    fx = await createFixture(db.prisma);
    const a = fx.orgA;
    ids.draft = await createOffer(db.prisma, a, { title: "Kinderturnen", status: "DRAFT" });
    ids.pending = await createOffer(db.prisma, a, { title: "Hausaufgabenhilfe", status: "PENDING_REVIEW" });
    ids.published = await createOffer(db.prisma, a, { title: "Fußball für Mädchen", status: "PUBLISHED" });
    ids.expired = await createOffer(db.prisma, a, {
      title: "Sommerfest 2026",
      status: "PUBLISHED",
      endsAt: new Date("2026-08-01T18:00:00Z"),
    });
    ids.rejected = await createOffer(db.prisma, a, { title: "Abgelehnt", status: "REJECTED", statusReason: "Bitte Termin ergänzen" });
    ids.blocked = await createOffer(db.prisma, a, { title: "Gesperrt", status: "BLOCKED" });
    ids.archived = await createOffer(db.prisma, a, { title: "Alter Kurs", status: "ARCHIVED" });
    ids.percent = await createOffer(db.prisma, a, { title: "100% Spaß beim Malen", status: "DRAFT" });
    ids.underscore = await createOffer(db.prisma, a, { title: "Kurs_A am Montag", status: "DRAFT" });
    ids.deleted = await createOffer(db.prisma, a, {
      title: "Gelöschtes Angebot",
      status: "PUBLISHED",
      deletedAt: new Date("2026-11-01T00:00:00Z"),
    });
    ids.otherOrg = await createOffer(db.prisma, fx.orgB, { title: "Kinderturnen beim TSV", status: "PUBLISHED" });
    ids.otherDraft = await createOffer(db.prisma, fx.orgB, { title: "Geheimer Entwurf", status: "DRAFT" });
  });

  const titles = async (f: Partial<OfferListFilter>) =>
    (await listOrganizationOffers(fx.users.memberA, fx.orgA, filter(f), NOW)).rows.map((r) => r.title).sort();

  it("lists the organisation's offers without deleted ones or other organisations' offers", async () => {
    const list = await listOrganizationOffers(fx.users.memberA, fx.orgA, filter(), NOW);
    expect(list.page.total).toBe(9);
    expect(list.rows.map((r) => r.id)).not.toContain(ids.deleted);
    expect(list.rows.map((r) => r.id)).not.toContain(ids.otherOrg);
    expect(list.rows.map((r) => r.id)).not.toContain(ids.otherDraft);
  });

  it("filters by status, with 'published' and 'expired' splitting published offers", async () => {
    expect(await titles({ status: "draft" })).toEqual(["100% Spaß beim Malen", "Kinderturnen", "Kurs_A am Montag"]);
    expect(await titles({ status: "pending" })).toEqual(["Hausaufgabenhilfe"]);
    expect(await titles({ status: "published" })).toEqual(["Fußball für Mädchen"]);
    expect(await titles({ status: "expired" })).toEqual(["Sommerfest 2026"]);
    expect(await titles({ status: "rejected" })).toEqual(["Abgelehnt"]);
    expect(await titles({ status: "blocked" })).toEqual(["Gesperrt"]);
    expect(await titles({ status: "archived" })).toEqual(["Alter Kurs"]);
    const list = await listOrganizationOffers(fx.users.memberA, fx.orgA, filter(), NOW);
    expect(list.counts).toEqual({ all: 9, draft: 3, pending: 1, published: 1, expired: 1, rejected: 1, blocked: 1, archived: 1 });
    expect(list.rows.find((r) => r.id === ids.expired)?.expired).toBe(true);
    expect(list.rows.find((r) => r.id === ids.rejected)?.statusReason).toBe("Bitte Termin ergänzen");
  });

  it("searches titles case-insensitively, umlauts included", async () => {
    expect(await titles({ q: "KINDER" })).toEqual(["Kinderturnen"]);
    expect(await titles({ q: "mädchen" })).toEqual(["Fußball für Mädchen"]);
    expect(await titles({ q: "MÄDCHEN" })).toEqual(["Fußball für Mädchen"]);
    expect(await titles({ q: "fussball" })).toEqual(["Fußball für Mädchen"]);
    expect(await titles({ q: "turnen", status: "draft" })).toEqual(["Kinderturnen"]);
    expect(await titles({ q: "gelöscht" })).toEqual([]);
    expect(await titles({ q: "Geheimer" })).toEqual([]);
  });

  it("takes LIKE wildcards in the search literally", async () => {
    expect(containsPattern("100%_\\")).toBe("%100\\%\\_\\\\%");
    expect(await titles({ q: "%" })).toEqual(["100% Spaß beim Malen"]);
    expect(await titles({ q: "_" })).toEqual(["Kurs_A am Montag"]);
    expect(await titles({ q: "s_A" })).toEqual(["Kurs_A am Montag"]);
    expect(await titles({ q: "0%" })).toEqual(["100% Spaß beim Malen"]);
    expect(await titles({ q: "\\" })).toEqual([]);
    expect(await titles({ q: "' OR 1=1 --" })).toEqual([]);
  });

  it("pages by 20 with totals and clamps pages past the end", async () => {
    for (let i = 0; i < 25; i++) await createOffer(db.prisma, fx.orgB, { title: `Serie ${String(i).padStart(2, "0")}`, status: "DRAFT" });
    const first = await listOrganizationOffers(fx.users.adminB, fx.orgB, filter({ q: "Serie" }), NOW);
    expect(first.page).toMatchObject({ page: 1, pageCount: 2, total: 25, pageSize: 20 });
    expect(first.rows).toHaveLength(20);
    const second = await listOrganizationOffers(fx.users.adminB, fx.orgB, filter({ q: "Serie", page: 2 }), NOW);
    expect(second.rows).toHaveLength(5);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(25);
    const beyond = await listOrganizationOffers(fx.users.adminB, fx.orgB, filter({ q: "Serie", page: 99 }), NOW);
    expect(beyond.page.page).toBe(2);
  });

  it("refuses the list to people outside the organisation, but not to editors", async () => {
    await expect(listOrganizationOffers(fx.users.adminB, fx.orgA, filter(), NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listOrganizationOffers(fx.users.loner, fx.orgA, filter(), NOW)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listOrganizationOffers(fx.users.editor, fx.orgA, filter(), NOW)).page.total).toBe(9);
  });

  it("parses URL filters leniently", () => {
    expect(parseOfferListFilter({ status: "expired", q: "  Turnen  ", page: "2" })).toEqual({ status: "expired", q: "Turnen", page: 2 });
    expect(parseOfferListFilter({ status: "bogus", q: ["a", "b"], page: "-1" })).toEqual({ status: "all", q: "a", page: 1 });
    expect(parseOfferListFilter({ q: "x".repeat(10_000) }).q).toHaveLength(100);
  });

  describe("preview", () => {
    it("shows the organisation's own draft, with its status", async () => {
      const preview = await getOfferPreview(fx.users.memberA, ids.draft, NOW);
      expect(preview).not.toBeNull();
      expect(preview!.offer.title).toBe("Kinderturnen");
      expect(preview!.status).toBe("DRAFT");
      expect(preview!.public).toBe(false);
      expect((await getOfferPreview(fx.users.memberA, ids.published, NOW))!.public).toBe(true);
      expect((await getOfferPreview(fx.users.memberA, ids.expired, NOW))!.expired).toBe(true);
    });

    it("lets editors preview any organisation's draft", async () => {
      expect(await getOfferPreview(fx.users.editor, ids.otherDraft, NOW)).not.toBeNull();
    });

    it("treats another organisation's draft, deleted and missing offers as not found", async () => {
      expect(await getOfferPreview(fx.users.memberA, ids.otherDraft, NOW)).toBeNull();
      expect(await getOfferPreview(fx.users.loner, ids.draft, NOW)).toBeNull();
      expect(await getOfferPreview(fx.users.memberA, ids.deleted, NOW)).toBeNull();
      expect(await getOfferPreview(fx.users.memberA, 999_999, NOW)).toBeNull();
    });

    it("gives the delete confirmation only the user's own offers", async () => {
      expect(await getOfferTitleForUser(fx.users.memberA, ids.draft)).toEqual({ id: ids.draft, title: "Kinderturnen" });
      expect(await getOfferTitleForUser(fx.users.memberA, ids.otherDraft)).toBeNull();
      expect(await getOfferTitleForUser(fx.users.memberA, ids.deleted)).toBeNull();
    });
  });
});
