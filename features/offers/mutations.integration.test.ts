import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSessionUser } from "@/features/accounts/session-user";
import type { SessionUser } from "@/features/accounts/types";
import { searchOffers } from "@/features/search/offer-search";
import { parseOfferSearch } from "@/features/search/params/parse";
import { AppError, NotFoundError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { storeImage } from "@/lib/uploads";
import { useTestDatabase } from "@/test/helpers/db";
import { loadNewOfferForm, loadOfferForEdit } from "./form-queries";
import { createOfferFor, updateOfferFor } from "./mutations";
import type { ScheduleInput } from "./schedule-schema";
import { OfferInputSchema, type OfferFormValues } from "./schemas";

// The offer save path against a real database: rows per schedule kind, derived columns, search
// document, status rules (approval on/off, revisions), the permission matrix, bad input, audit.

const NOW = new Date("2026-11-27T10:00:00Z");
const WORKED_EXAMPLE: ScheduleInput = {
  kind: "WEEKLY",
  windows: [{ weekday: 2, startTime: "16:00", endTime: "17:30" }],
  startDate: "2026-09-01",
  endDate: "2027-06-30",
  intervalWeeks: 1,
  exceptions: ["2026-12-22"],
};

describe("offer mutations", () => {
  const db = useTestDatabase();
  let orgA: number;
  let orgB: number;
  let category: number;
  let childCategory: number;
  let targetGroup: number;
  let memberA: SessionUser;
  let memberB: SessionUser;
  let editor: SessionUser;
  let uploadDir: string;

  async function sessionFor(
    email: string,
    role: "NONE" | "EDITOR" = "NONE",
    membership?: { organizationId: number; role: "ORG_ADMIN" | "ORG_MEMBER" },
  ) {
    const user = await db.prisma.user.create({ data: { email, name: email.split("@")[0], passwordHash: "x", role, emailVerifiedAt: NOW } });
    if (membership) await db.prisma.membership.create({ data: { userId: user.id, ...membership } });
    const session = await loadSessionUser({ userId: user.id, sessionVersion: 0, sessionId: "test-session-0000000001" });
    if (!session) throw new Error("no session");
    return session;
  }

  function input(overrides: Partial<OfferFormValues> = {}): OfferFormValues {
    return {
      organizationId: orgA,
      title: "Kinderturnen am Dienstag",
      summary: "Bewegung für Kinder",
      description: "Spiel und Spaß",
      categoryIds: [childCategory],
      targetGroupIds: [targetGroup],
      ageMin: "4",
      ageMax: "8",
      schedule: WORKED_EXAMPLE,
      location: { type: "ADDRESS", sameAsOrganization: true },
      isFree: true,
      costAmount: "",
      languages: ["de", "tr"],
      accessibilityFeatures: ["STEP_FREE"],
      wheelchair: "YES",
      images: [],
      ...overrides,
    };
  }

  async function setApproval(on: boolean) {
    await db.prisma.settings.upsert({
      where: { id: 1 },
      update: { requireOfferApproval: on },
      create: { id: 1, requireOfferApproval: on },
    });
  }

  async function searchSlugs(params: Record<string, string>): Promise<string[]> {
    const result = await searchOffers(parseOfferSearch(params).query, { now: NOW, pageSize: 50 });
    return result.offers.map((o) => o.slug);
  }

  async function expectRejected(promise: Promise<unknown>): Promise<AppError> {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }

  beforeAll(async () => {
    const p = db.prisma;
    uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "offer-uploads-"));
    process.env.UPLOAD_DIR = uploadDir;
    const sport = await p.category.create({ data: { slug: "sport", name: "Sport" } });
    category = sport.id;
    childCategory = (await p.category.create({ data: { slug: "turnen", name: "Turnen", parentId: sport.id } })).id;
    targetGroup = (await p.targetGroup.create({ data: { slug: "kinder", name: "Kinder" } })).id;
    const district = await p.district.create({ data: { slug: "nordstadt", name: "Nordstadt", centroidLat: 51.52, centroidLng: 7.46 } });
    await p.postalCode.create({
      data: { code: "44135", city: "Musterstadt", districtId: district.id, centroidLat: 51.521, centroidLng: 7.462 },
    });
    orgA = (
      await p.organization.create({
        data: {
          slug: "regenbogen",
          name: "Familienzentrum Regenbogen",
          status: "APPROVED",
          street: "Hauptstraße 1",
          postalCode: "44135",
          city: "Musterstadt",
          lat: 51.52,
          lng: 7.46,
          geoSource: "GEOCODED",
          districtId: district.id,
        },
      })
    ).id;
    orgB = (await p.organization.create({ data: { slug: "tsv", name: "TSV Musterstadt", status: "APPROVED" } })).id;
    memberA = await sessionFor("a@example.test", "NONE", { organizationId: orgA, role: "ORG_MEMBER" });
    memberB = await sessionFor("b@example.test", "NONE", { organizationId: orgB, role: "ORG_ADMIN" });
    editor = await sessionFor("redaktion@example.test", "EDITOR");
    await setApproval(false);
  });

  afterAll(() => {
    delete process.env.UPLOAD_DIR;
    fs.rmSync(uploadDir, { recursive: true, force: true });
  });

  describe("schedules", () => {
    it("publishes the worked example: weekly rows, derived dates, search document, found by the search", async () => {
      const result = await createOfferFor(memberA, input(), "publish", { now: NOW });
      expect(result.status).toBe("PUBLISHED");
      expect(result.geoSource).toBe("GEOCODED");
      const offer = await db.prisma.offer.findUniqueOrThrow({
        where: { id: result.id },
        include: {
          slots: true,
          exceptions: true,
          dates: true,
          searchDocument: true,
          categories: true,
          languages: true,
          accessibilityFeatures: true,
        },
      });
      expect(offer.slots.map((s) => [s.weekday, s.startMinute, s.endMinute, s.validFrom, s.validUntil])).toEqual([
        [2, 960, 1050, "2026-09-01", "2027-06-30"],
      ]);
      expect(offer.exceptions.map((e) => e.date)).toEqual(["2026-12-22"]);
      expect(offer.dates).toEqual([]);
      expect(offer.scheduleKind).toBe("WEEKLY");
      expect(offer.nextOccurrenceAt?.toISOString()).toBe("2026-12-01T15:00:00.000Z");
      expect(offer.endsAt?.toISOString()).toBe("2027-06-29T15:30:00.000Z");
      expect(offer.publishedAt?.toISOString()).toBe(NOW.toISOString());
      expect(offer.createdById).toBe(memberA.id);
      expect(offer.updatedById).toBe(memberA.id);
      expect(offer.slug).toBe("kinderturnen-am-dienstag");
      expect(offer.street).toBe("Hauptstraße 1");
      expect([offer.lat, offer.lng]).toEqual([51.52, 7.46]);
      expect(offer.searchDocument?.title).toContain("kinderturnen");
      expect(offer.languages.map((l) => l.code).sort()).toEqual(["de", "tr"]);
      expect(offer.accessibilityFeatures.map((f) => f.feature)).toEqual(["STEP_FREE"]);
      expect(offer.searchMode).not.toBe(0);

      expect(await searchSlugs({ q: "kinderturnen" })).toContain(offer.slug);
      expect(await searchSlugs({ q: "kinderturnen", datum: "2026-12-15" })).toContain(offer.slug);
      expect(await searchSlugs({ q: "kinderturnen", datum: "2026-12-22" })).not.toContain(offer.slug);
      expect(await searchSlugs({ q: "kinderturnen", tag: "mi" })).not.toContain(offer.slug);
    });

    it("writes the rows of every other kind and replaces them on update", async () => {
      const created = await createOfferFor(
        memberA,
        input({
          title: "Sprechstunde",
          schedule: {
            kind: "PERMANENT",
            windows: [
              { weekday: 1, startTime: "09:00", endTime: "12:00" },
              { weekday: 3, startTime: "14:00", endTime: "16:00" },
            ],
          },
        }),
        "publish",
        { now: NOW },
      );
      let offer = await db.prisma.offer.findUniqueOrThrow({
        where: { id: created.id },
        include: { slots: true, dates: true, exceptions: true },
      });
      expect(offer.scheduleKind).toBe("PERMANENT");
      expect(offer.slots.map((s) => [s.weekday, s.startMinute, s.validFrom])).toEqual([
        [1, 540, null],
        [3, 840, null],
      ]);
      expect(offer.nextOccurrenceAt?.toISOString()).toBe("2026-11-30T08:00:00.000Z");
      expect(offer.endsAt).toBeNull();

      await updateOfferFor(
        memberA,
        created.id,
        input({
          title: "Sprechstunde",
          schedule: { kind: "DATES", dates: [{ date: "2026-12-05", startTime: "10:00", endTime: "12:00" }, { date: "2026-12-12" }] },
        }),
        "publish",
        { now: NOW },
      );
      offer = await db.prisma.offer.findUniqueOrThrow({
        where: { id: created.id },
        include: { slots: true, dates: true, exceptions: true },
      });
      expect(offer.scheduleKind).toBe("DATES");
      expect(offer.slots).toEqual([]);
      expect(offer.dates.map((d) => [d.date, d.startMinute, d.endMinute])).toEqual([
        ["2026-12-05", 600, 720],
        ["2026-12-12", null, null],
      ]);
      expect(offer.nextOccurrenceAt?.toISOString()).toBe("2026-12-05T09:00:00.000Z");
      expect(offer.endsAt?.toISOString()).toBe("2026-12-12T23:00:00.000Z");

      await updateOfferFor(
        memberA,
        created.id,
        input({
          title: "Sprechstunde",
          schedule: {
            kind: "PERIOD",
            startDate: "2027-07-01",
            endDate: "2027-07-31",
            weekdays: [1, 3],
            windows: [{ startTime: "10:00", endTime: "12:00" }],
            exceptions: ["2027-07-05"],
          },
        }),
        "publish",
        { now: NOW },
      );
      offer = await db.prisma.offer.findUniqueOrThrow({
        where: { id: created.id },
        include: { slots: true, dates: true, exceptions: true },
      });
      expect(offer.scheduleKind).toBe("PERIOD");
      expect(offer.dates).toEqual([]);
      expect(offer.slots.map((s) => [s.weekday, s.startMinute, s.validFrom, s.validUntil])).toEqual([
        [1, 600, "2027-07-01", "2027-07-31"],
        [3, 600, "2027-07-01", "2027-07-31"],
      ]);
      expect(offer.exceptions.map((e) => e.date)).toEqual(["2027-07-05"]);
      // 1 July 2027 is a Thursday, 5 July (Monday) is excepted: the first date is Wednesday 7 July.
      expect(offer.nextOccurrenceAt?.toISOString()).toBe("2027-07-07T08:00:00.000Z");
      expect(await searchSlugs({ q: "sprechstunde", datum: "2027-07-07" })).toContain(offer.slug);
      expect(await searchSlugs({ q: "sprechstunde", datum: "2027-07-05" })).not.toContain(offer.slug);
    });

    it("every-n-weeks needs a start date and stores the interval", async () => {
      const error = await expectRejected(
        createOfferFor(
          memberA,
          input({ schedule: { kind: "WEEKLY", windows: [{ weekday: 4, startTime: "18:00", endTime: "19:00" }], intervalWeeks: 2 } }),
          "draft",
        ),
      );
      expect((error as ValidationError).fieldErrors["schedule.startDate"]).toEqual(["OfferForm.schedule.intervalNeedsStart"]);
      const ok = await createOfferFor(
        memberA,
        input({
          schedule: {
            kind: "WEEKLY",
            windows: [{ weekday: 4, startTime: "18:00", endTime: "19:00" }],
            intervalWeeks: 2,
            startDate: "2026-12-03",
          },
        }),
        "draft",
        { now: NOW },
      );
      const offer = await db.prisma.offer.findUniqueOrThrow({ where: { id: ok.id } });
      expect(offer.intervalWeeks).toBe(2);
      expect(offer.nextOccurrenceAt?.toISOString()).toBe("2026-12-03T17:00:00.000Z");
    });
  });

  describe("status rules", () => {
    it("a draft is saved but not public; publishing later sets publishedAt once", async () => {
      const draft = await createOfferFor(memberA, input({ title: "Entwurf Malkurs" }), "draft", { now: NOW });
      expect(draft.status).toBe("DRAFT");
      expect(await searchSlugs({ q: "malkurs" })).toEqual([]);
      const later = new Date("2026-11-28T10:00:00Z");
      await updateOfferFor(memberA, draft.id, input({ title: "Malkurs" }), "publish", { now: later });
      let offer = await db.prisma.offer.findUniqueOrThrow({ where: { id: draft.id } });
      expect(offer.status).toBe("PUBLISHED");
      expect(offer.slug).toBe("malkurs");
      expect(offer.publishedAt?.toISOString()).toBe(later.toISOString());
      await updateOfferFor(memberA, draft.id, input({ title: "Malkurs für alle" }), "publish", { now: new Date("2026-11-29T10:00:00Z") });
      offer = await db.prisma.offer.findUniqueOrThrow({ where: { id: draft.id } });
      expect(offer.publishedAt?.toISOString()).toBe(later.toISOString());
      // Published: the URL stays.
      expect(offer.slug).toBe("malkurs");
      expect(await searchSlugs({ q: "malkurs" })).toEqual(["malkurs"]);
    });

    it("a published offer is not demoted to a draft silently", async () => {
      const published = await createOfferFor(memberA, input({ title: "Töpfern" }), "publish", { now: NOW });
      const error = await expectRejected(updateOfferFor(memberA, published.id, input({ title: "Töpfern neu" }), "draft"));
      expect(error.code).toBe("OfferForm.status.publishedNoDraft");
      const offer = await db.prisma.offer.findUniqueOrThrow({ where: { id: published.id } });
      expect([offer.status, offer.title]).toEqual(["PUBLISHED", "Töpfern"]);
    });

    it("with approval on: publish submits for review; edits of a published offer become one pending revision", async () => {
      const published = await createOfferFor(memberA, input({ title: "Schach-AG" }), "publish", { now: NOW });
      await setApproval(true);
      try {
        const submitted = await createOfferFor(memberA, input({ title: "Nähcafé" }), "publish", { now: NOW });
        expect(submitted.status).toBe("PENDING_REVIEW");
        const pending = await db.prisma.offer.findUniqueOrThrow({ where: { id: submitted.id } });
        expect(pending.publishedAt).toBeNull();
        expect(await searchSlugs({ q: "nahcafe" })).toEqual([]);

        const first = await updateOfferFor(memberA, published.id, input({ title: "Schach-AG für Kinder" }), "publish", { now: NOW });
        expect(first).toMatchObject({ revision: true, status: "PUBLISHED" });
        const second = await updateOfferFor(memberA, published.id, input({ title: "Schach-AG für Kinder und Jugendliche" }), "publish", {
          now: NOW,
        });
        expect(second.revision).toBe(true);
        const offer = await db.prisma.offer.findUniqueOrThrow({ where: { id: published.id }, include: { revisions: true } });
        expect(offer.title).toBe("Schach-AG");
        expect(offer.revisions).toHaveLength(1);
        expect(offer.revisions[0].status).toBe("PENDING");
        expect(offer.revisions[0].createdById).toBe(memberA.id);
        const data = OfferInputSchema.parse(JSON.parse(offer.revisions[0].data));
        expect(data.title).toBe("Schach-AG für Kinder und Jugendliche");
        expect(data.schedule).toEqual(OfferInputSchema.parse(input()).schedule);
        expect(await searchSlugs({ q: "schach" })).toEqual([offer.slug]);
        const audit = await db.prisma.auditLog.findFirst({ where: { entityId: String(published.id), action: "offer.submitRevision" } });
        expect(JSON.parse(audit?.changedFields ?? "[]")).toEqual(["title"]);
      } finally {
        await setApproval(false);
      }
    });

    it("a direct save after approval was switched off supersedes the waiting revision", async () => {
      const published = await createOfferFor(memberA, input({ title: "Lesekreis" }), "publish", { now: NOW });
      await setApproval(true);
      try {
        expect(await updateOfferFor(memberA, published.id, input({ title: "Lesekreis alt" }), "publish", { now: NOW })).toMatchObject({
          revision: true,
        });
      } finally {
        await setApproval(false);
      }
      expect(await updateOfferFor(memberA, published.id, input({ title: "Lesekreis neu" }), "publish", { now: NOW })).toMatchObject({
        revision: false,
        status: "PUBLISHED",
      });
      const offer = await db.prisma.offer.findUniqueOrThrow({ where: { id: published.id }, include: { revisions: true } });
      expect(offer.title).toBe("Lesekreis neu");
      expect(offer.revisions.map((r) => [r.status, r.decidedById])).toEqual([["SUPERSEDED", memberA.id]]);
    });

    it("blocked offers cannot be published by providers; rejected ones are resubmitted for review", async () => {
      const blocked = await createOfferFor(memberA, input({ title: "Gesperrt" }), "draft", { now: NOW });
      await db.prisma.offer.update({ where: { id: blocked.id }, data: { status: "BLOCKED", statusReason: "Werbung" } });
      const error = await expectRejected(updateOfferFor(memberA, blocked.id, input({ title: "Gesperrt 2" }), "publish"));
      expect(error.code).toBe("OfferForm.status.blocked");
      expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: blocked.id } })).title).toBe("Gesperrt");

      const rejected = await createOfferFor(memberA, input({ title: "Abgelehnt" }), "draft", { now: NOW });
      await db.prisma.offer.update({ where: { id: rejected.id }, data: { status: "REJECTED", statusReason: "Bitte Zeiten ergänzen" } });
      const resubmitted = await updateOfferFor(memberA, rejected.id, input({ title: "Abgelehnt, jetzt mit Zeiten" }), "publish", {
        now: NOW,
      });
      expect(resubmitted.status).toBe("PENDING_REVIEW");
      const offer = await db.prisma.offer.findUniqueOrThrow({ where: { id: rejected.id } });
      expect(offer.statusReason).toBeNull();
    });
  });

  describe("permissions", () => {
    it("refuses anonymous callers", async () => {
      await expect(createOfferFor(null, input(), "draft")).rejects.toBeInstanceOf(UnauthorizedError);
      await expect(updateOfferFor(null, 1, input(), "draft")).rejects.toBeInstanceOf(UnauthorizedError);
    });

    it("a member of organisation B can neither edit A's offer nor create one for A, and learns nothing", async () => {
      const offerA = await createOfferFor(memberA, input({ title: "Geheimes Angebot" }), "draft", { now: NOW });
      const before = await db.prisma.offer.findUniqueOrThrow({ where: { id: offerA.id } });
      const auditCount = await db.prisma.auditLog.count();

      const update = await expectRejected(
        updateOfferFor(memberB, offerA.id, input({ title: "Übernommen", organizationId: orgA }), "publish"),
      );
      expect(update).toBeInstanceOf(NotFoundError);
      expect(JSON.stringify(update)).not.toContain("Geheim");
      expect(update.message).not.toContain("Geheim");
      // The same answer with B's own organisation id in the input, and for an id that does not exist.
      expect(await expectRejected(updateOfferFor(memberB, offerA.id, input({ organizationId: orgB }), "draft"))).toBeInstanceOf(
        NotFoundError,
      );
      expect(await expectRejected(updateOfferFor(memberB, 999_999, input({ organizationId: orgB }), "draft"))).toBeInstanceOf(
        NotFoundError,
      );
      expect(await expectRejected(createOfferFor(memberB, input({ organizationId: orgA, title: "Fremd" }), "draft"))).toBeInstanceOf(
        NotFoundError,
      );

      const after = await db.prisma.offer.findUniqueOrThrow({ where: { id: offerA.id } });
      expect(after).toEqual(before);
      expect(await db.prisma.offer.count({ where: { title: "Fremd" } })).toBe(0);
      expect(await db.prisma.auditLog.count()).toBe(auditCount);
    });

    it("a member cannot move an offer to another organisation", async () => {
      const offerA = await createOfferFor(memberA, input({ title: "Bleibt hier" }), "draft", { now: NOW });
      const error = await expectRejected(updateOfferFor(memberA, offerA.id, input({ organizationId: orgB }), "draft"));
      expect((error as ValidationError).fieldErrors.organizationId).toEqual(["OfferForm.errors.organizationMismatch"]);
    });

    it("editors may edit any organisation's offer; created/updated by are kept apart", async () => {
      const offerA = await createOfferFor(memberA, input({ title: "Lesepaten" }), "draft", { now: NOW });
      await updateOfferFor(editor, offerA.id, input({ title: "Lesepatinnen und Lesepaten" }), "draft", { now: NOW });
      const offer = await db.prisma.offer.findUniqueOrThrow({ where: { id: offerA.id } });
      expect([offer.createdById, offer.updatedById]).toEqual([memberA.id, editor.id]);
      const created = await createOfferFor(editor, input({ organizationId: orgB, title: "Im Auftrag" }), "draft", { now: NOW });
      expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: created.id } })).organizationId).toBe(orgB);
    });
  });

  describe("bad input", () => {
    it("stores HTML as plain text", async () => {
      const title = '<script>alert("x")</script> Bastelnachmittag';
      const result = await createOfferFor(memberA, input({ title, description: "<b>fett</b> & <img src=x onerror=alert(1)>" }), "draft", {
        now: NOW,
      });
      const offer = await db.prisma.offer.findUniqueOrThrow({ where: { id: result.id } });
      expect(offer.title).toBe(title);
      expect(offer.description).toBe("<b>fett</b> & <img src=x onerror=alert(1)>");
      expect(offer.slug).toBe("script-alert-x-script-bastelnachmittag");
    });

    it("refuses oversized, unknown and foreign values with field messages and writes nothing", async () => {
      const count = await db.prisma.offer.count();
      const cases: [Partial<OfferFormValues>, string, string][] = [
        [{ title: "x".repeat(10_000) }, "title", "OfferForm.errors.tooLong"],
        [{ title: "   " }, "title", "OfferForm.errors.titleRequired"],
        [{ summary: "y".repeat(201) }, "summary", "OfferForm.errors.tooLong"],
        [{ categoryIds: [] }, "categoryIds", "OfferForm.errors.categoryRequired"],
        [{ categoryIds: [category, 987_654] }, "categoryIds", "OfferForm.errors.unknownCategory"],
        [{ targetGroupIds: [987_654] }, "targetGroupIds", "OfferForm.errors.unknownTargetGroup"],
        [{ ageMin: "12", ageMax: "6" }, "ageMax", "OfferForm.errors.ageOrder"],
        [{ ageMin: "200" }, "ageMin", "OfferForm.errors.age"],
        [{ videoUrl: "http://example.org/video" }, "videoUrl", "OfferForm.errors.httpsUrl"],
        [{ videoUrl: "javascript:alert(1)" }, "videoUrl", "OfferForm.errors.httpsUrl"],
        [{ languages: ["xx"] }, "languages.0", "OfferForm.errors.language"],
        [{ isFree: false, costAmount: "zehn" }, "costAmount", "OfferForm.errors.costAmount"],
        [{ images: [{ path: "/etc/passwd", alt: "x" }] }, "images.0.path", "OfferForm.errors.imagePath"],
        [
          { images: [{ path: "/uploads/ab/abababababababababababababababab.webp", alt: "x" }] },
          "images.0.path",
          "OfferForm.errors.imagePath",
        ],
        [{ location: { type: "ONLINE", onlineUrl: "" } }, "location.onlineUrl", "OfferForm.errors.onlineUrlRequired"],
        [{ location: { type: "ADDRESS", sameAsOrganization: false } }, "location.postalCode", "OfferForm.errors.addressRequired"],
        [{ schedule: { kind: "DATES", dates: [] } }, "schedule.dates", "OfferForm.schedule.datesRequired"],
      ];
      for (const [overrides, field, key] of cases) {
        const error = await expectRejected(createOfferFor(memberA, input(overrides), "publish"));
        expect(error, field).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).fieldErrors[field], JSON.stringify((error as ValidationError).fieldErrors)).toContain(key);
      }
      await expect(createOfferFor(memberA, "not an object", "draft")).rejects.toBeInstanceOf(ValidationError);
      await expect(createOfferFor(memberA, input(), "delete-everything")).rejects.toBeInstanceOf(ValidationError);
      await expect(updateOfferFor(memberA, "1 OR 1=1", input(), "draft")).rejects.toBeInstanceOf(NotFoundError);
      expect(await db.prisma.offer.count()).toBe(count);
    });

    it("accepts images the upload pipeline stored, with alt text and copyright", async () => {
      const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#336699" } })
        .png()
        .toBuffer();
      const { path: imagePath } = await storeImage(new Uint8Array(png), "image");
      const result = await createOfferFor(
        memberA,
        input({ title: "Mit Bild", images: [{ path: imagePath, alt: "Kinder beim Turnen", copyright: "Verein" }] }),
        "draft",
        { now: NOW },
      );
      const images = await db.prisma.offerImage.findMany({ where: { offerId: result.id } });
      expect(images.map((i) => [i.path, i.alt, i.copyright, i.kind])).toEqual([[imagePath, "Kinder beim Turnen", "Verein", "STAGE"]]);
    });
  });

  describe("location", () => {
    it("geocodes another address (postal code centre without a geocoder), keeps a moved pin, clears online offers", async () => {
      delete process.env.GEOCODER_URL;
      const other = await createOfferFor(
        memberA,
        input({
          title: "Anderer Ort",
          location: { type: "ADDRESS", sameAsOrganization: false, street: "Parkweg 3", postalCode: "44135", city: "Musterstadt" },
        }),
        "draft",
        { now: NOW },
      );
      expect(other.geoSource).toBe("POSTAL_CODE");
      let offer = await db.prisma.offer.findUniqueOrThrow({ where: { id: other.id } });
      expect([offer.street, offer.lat, offer.lng, offer.geoSource]).toEqual(["Parkweg 3", 51.521, 7.462, "POSTAL_CODE"]);
      expect(offer.districtId).not.toBeNull();

      const pinned = await updateOfferFor(
        memberA,
        other.id,
        input({
          title: "Anderer Ort",
          location: {
            type: "ADDRESS",
            sameAsOrganization: false,
            street: "Parkweg 3",
            postalCode: "44135",
            city: "Musterstadt",
            pinMoved: true,
            lat: 51.5234,
            lng: 7.4711,
          },
        }),
        "draft",
        { now: NOW },
      );
      expect(pinned.geoSource).toBe("MANUAL");
      offer = await db.prisma.offer.findUniqueOrThrow({ where: { id: other.id } });
      expect([offer.lat, offer.lng, offer.geoSource]).toEqual([51.5234, 7.4711, "MANUAL"]);

      const online = await updateOfferFor(
        memberA,
        other.id,
        input({ title: "Anderer Ort", location: { type: "ONLINE", onlineUrl: "https://meet.example.org/raum", street: "ignored" } }),
        "draft",
        { now: NOW },
      );
      expect(online.geoSource).toBe("NONE");
      offer = await db.prisma.offer.findUniqueOrThrow({ where: { id: other.id } });
      expect([offer.locationType, offer.street, offer.lat, offer.onlineUrl]).toEqual([
        "ONLINE",
        null,
        null,
        "https://meet.example.org/raum",
      ]);
    });
  });

  describe("audit", () => {
    it("records creation and exactly the changed fields of an update", async () => {
      const created = await createOfferFor(memberA, input({ title: "Yoga" }), "draft", { now: NOW });
      const createEntry = await db.prisma.auditLog.findFirstOrThrow({
        where: { entityType: "offer", entityId: String(created.id), action: "offer.create" },
      });
      expect(createEntry.actorId).toBe(memberA.id);
      expect(JSON.parse(createEntry.changedFields ?? "[]")).toEqual(expect.arrayContaining(["title", "schedule", "categories", "status"]));

      await updateOfferFor(memberA, created.id, input({ title: "Yoga am Abend" }), "draft", { now: NOW });
      await updateOfferFor(
        memberA,
        created.id,
        input({ title: "Yoga am Abend", isFree: false, costAmount: "12,50", schedule: { ...WORKED_EXAMPLE, exceptions: [] } }),
        "draft",
        { now: NOW },
      );
      const updates = await db.prisma.auditLog.findMany({
        where: { entityType: "offer", entityId: String(created.id), action: "offer.update" },
        orderBy: { id: "asc" },
      });
      expect(updates.map((u) => JSON.parse(u.changedFields ?? "[]"))).toEqual([["title"], ["costAmountCents", "isFree", "schedule"]]);
      expect(updates[0].actorId).toBe(memberA.id);
      const offer = await db.prisma.offer.findUniqueOrThrow({ where: { id: created.id } });
      expect(offer.costAmountCents).toBe(1250);
    });
  });

  describe("edit form", () => {
    it("loads only for members and editors; the stored values save back without changes", async () => {
      const created = await createOfferFor(
        memberA,
        input({
          title: "Hausaufgabenhilfe",
          isFree: false,
          costAmount: "3,5",
          maxParticipants: "12",
          contactEmail: "kontakt@example.test",
          location: {
            type: "ADDRESS",
            sameAsOrganization: false,
            street: "Parkweg 3",
            postalCode: "44135",
            city: "Musterstadt",
            pinMoved: true,
            lat: 51.5,
            lng: 7.4,
          },
          schedule: { kind: "DATES", dates: [{ date: "2026-12-05", startTime: "10:00", endTime: "12:00" }, { date: "2026-12-12" }] },
        }),
        "publish",
        { now: NOW },
      );
      expect(await loadOfferForEdit(memberB, created.id)).toBeNull();
      expect(await loadOfferForEdit(memberA, 987_654)).toBeNull();
      expect(await loadNewOfferForm(memberB, orgA)).toBeNull();
      expect((await loadOfferForEdit(editor, created.id))?.id).toBe(created.id);

      const form = await loadOfferForEdit(memberA, created.id);
      expect(form).not.toBeNull();
      expect(form?.values.costAmount).toBe("3,50");
      expect(form?.values.location).toMatchObject({ sameAsOrganization: false, street: "Parkweg 3", pinMoved: true, lat: 51.5 });
      expect(form?.created.name).toBe("a");
      await updateOfferFor(memberA, created.id, form?.values, "publish", { now: NOW });
      const last = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: String(created.id) }, orderBy: { id: "desc" } });
      expect([last.action, last.changedFields]).toEqual(["offer.update", null]);
    });

    it("new offers start with the organisation's address and contact person", async () => {
      await db.prisma.organization.update({
        where: { id: orgA },
        data: { contactName: "Frau Beispiel", contactEmail: "info@example.test" },
      });
      const form = await loadNewOfferForm(memberA, orgA);
      expect(form?.values).toMatchObject({
        organizationId: orgA,
        contactName: "Frau Beispiel",
        contactEmail: "info@example.test",
        location: { type: "ADDRESS", sameAsOrganization: true },
      });
    });

    it("continues a pending revision instead of the public version", async () => {
      const published = await createOfferFor(memberA, input({ title: "Elterncafé" }), "publish", { now: NOW });
      await setApproval(true);
      try {
        await updateOfferFor(memberA, published.id, input({ title: "Elterncafé am Freitag" }), "publish", { now: NOW });
        const form = await loadOfferForEdit(memberA, published.id);
        expect(form?.pendingRevision).not.toBeNull();
        expect(form?.values.title).toBe("Elterncafé am Freitag");
      } finally {
        await setApproval(false);
      }
    });
  });
});
