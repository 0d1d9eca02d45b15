import { beforeAll, beforeEach, describe, expect, it } from "vitest";
// Not a React hook: registers beforeAll/afterAll for this file's own database.
import { useTestDatabase as withTestDatabase } from "@/test/helpers/db";
import { NotFoundError, ForbiddenError, ValidationError } from "@/lib/errors";
import type { ProfileFormValues } from "./schemas";
import { saveProfileFor } from "./mutations";
import { getProfileForEdit, getProviderPreview } from "./queries";
import { createTwoOrganizations, sessionUser, type TwoOrganizations } from "./test-fixtures";

const db = withTestDatabase();
let ids: TwoOrganizations;
let categories: { parent: number; child: number; other: number };
let districtId: number;

function validProfile(overrides: Partial<ProfileFormValues> = {}): ProfileFormValues {
  return {
    name: "Familienzentrum Sonnenschein e.V.",
    subline: "Für alle Familien im Quartier",
    summary: "Beratung, Kurse und offene Treffs.",
    description: "Wir sind seit 1990 für Familien da.\n\nKommen Sie vorbei!",
    logoPath: "",
    logoCopyright: "",
    imagePath: "",
    imageCopyright: "",
    carrierType: "ASSOCIATION",
    employeeCount: "12",
    volunteering: "WANTED",
    email: "Info@Sonnenschein.example",
    phone: "0231 123456",
    phone2: "",
    website: "www.sonnenschein.example",
    street: "Marktplatz 1",
    postalCode: "44135",
    city: "Musterstadt",
    manualPin: null,
    contactSalutation: "Frau",
    contactName: "Erika Muster",
    contactRole: "Leitung",
    contactPhone: "+49 231 654321",
    contactEmail: "erika@sonnenschein.example",
    openingHours: [
      { weekday: 1, start: "09:00", end: "12:00" },
      { weekday: 1, start: "14:00", end: "17:30" },
      { weekday: 3, start: "10:00", end: "16:00" },
    ],
    openingHoursNote: "In den Schulferien geschlossen.",
    facts: [
      { label: "Gegründet", value: "1990" },
      { label: "Mitglieder", value: "250" },
    ],
    categoryIds: [],
    ...overrides,
  };
}

async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

beforeAll(async () => {
  ids = await createTwoOrganizations(db.prisma);
  const parent = await db.prisma.category.create({ data: { slug: "familie", name: "Familie" } });
  const child = await db.prisma.category.create({ data: { slug: "beratung", name: "Beratung", parentId: parent.id } });
  const other = await db.prisma.category.create({ data: { slug: "sport", name: "Sport" } });
  categories = { parent: parent.id, child: child.id, other: other.id };
  const district = await db.prisma.district.create({ data: { slug: "mitte", name: "Mitte", centroidLat: 51.5, centroidLng: 7.4 } });
  districtId = district.id;
  await db.prisma.postalCode.create({ data: { code: "44135", city: "Musterstadt", districtId, centroidLat: 51.51, centroidLng: 7.47 } });
  await db.prisma.offer.create({ data: { slug: "krabbelgruppe", title: "Krabbelgruppe", organizationId: ids.orgA } });
});

beforeEach(() => {
  delete process.env.GEOCODER_URL;
});

describe("saveProfileFor", () => {
  it("saves every field, opening hours, facts and categories for the organisation's admin", async () => {
    const admin = await sessionUser(ids.adminA);
    const result = await saveProfileFor(
      admin,
      ids.orgA,
      validProfile({ categoryIds: [categories.child, categories.other, categories.child] }),
    );
    expect(result).toEqual({ geoSource: "POSTAL_CODE", geocoded: true, coordinates: { lat: 51.51, lng: 7.47 } });

    const org = await db.prisma.organization.findUniqueOrThrow({
      where: { id: ids.orgA },
      include: {
        openingHours: { orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] },
        facts: { orderBy: { position: "asc" } },
        categories: true,
      },
    });
    expect(org).toMatchObject({
      name: "Familienzentrum Sonnenschein e.V.",
      email: "info@sonnenschein.example",
      website: "https://www.sonnenschein.example",
      employeeCount: 12,
      volunteering: "WANTED",
      phone2: null,
      lat: 51.51,
      lng: 7.47,
      geoSource: "POSTAL_CODE",
      districtId,
      contactName: "Erika Muster",
    });
    expect(org.openingHours.map((h) => [h.weekday, h.startMinute, h.endMinute])).toEqual([
      [1, 540, 720],
      [1, 840, 1050],
      [3, 600, 960],
    ]);
    expect(org.facts.map((f) => [f.label, f.value, f.position])).toEqual([
      ["Gegründet", "1990", 0],
      ["Mitglieder", "250", 1],
    ]);
    expect(org.categories.map((c) => c.categoryId).sort()).toEqual([categories.child, categories.other].sort());

    const audit = await db.prisma.auditLog.findFirstOrThrow({
      where: { entityType: "organization", entityId: String(ids.orgA) },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({ actorId: ids.adminA, action: "organization.update" });
    const changed = JSON.parse(audit.changedFields ?? "[]") as string[];
    expect(changed).toEqual(expect.arrayContaining(["name", "openingHours", "facts", "categoryIds", "lat", "street"]));
    expect(changed).not.toContain("logoPath");

    const document = await db.prisma.offerSearchDocument.findFirstOrThrow({ where: { offer: { organizationId: ids.orgA } } });
    const indexed = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*) AS n FROM "OfferSearch" WHERE "OfferSearch" MATCH ? AND rowid = ?`,
      `provider : "sonnenschein"`,
      document.offerId,
    );
    expect(Number(indexed[0].n)).toBe(1);
  });

  it("reads back what it saved, and reorders facts", async () => {
    const admin = await sessionUser(ids.adminA);
    const facts = [
      { label: "Mitglieder", value: "250" },
      { label: "Gegründet", value: "1990" },
    ];
    await saveProfileFor(admin, ids.orgA, validProfile({ facts }));
    const profile = await getProfileForEdit(admin, ids.orgA);
    expect(profile.canEdit).toBe(true);
    expect(profile.values.facts).toEqual(facts);
    expect(profile.values.openingHours[1]).toEqual({ weekday: 1, start: "14:00", end: "17:30" });
    expect(profile.values.website).toBe("https://www.sonnenschein.example");
  });

  it("does not geocode again when the address is unchanged, and records only changed fields", async () => {
    const admin = await sessionUser(ids.adminA);
    await saveProfileFor(admin, ids.orgA, validProfile());
    const result = await saveProfileFor(admin, ids.orgA, validProfile({ subline: "Neu" }));
    expect(result.geocoded).toBe(false);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityType: "organization" }, orderBy: { id: "desc" } });
    expect(JSON.parse(audit.changedFields ?? "[]")).toEqual(["subline"]);
  });

  it("stores no coordinates for an unknown postal code without a geocoder", async () => {
    const admin = await sessionUser(ids.adminA);
    const result = await saveProfileFor(admin, ids.orgA, validProfile({ postalCode: "99999" }));
    expect(result.geoSource).toBe("NONE");
    const org = await db.prisma.organization.findUniqueOrThrow({ where: { id: ids.orgA } });
    expect(org).toMatchObject({ lat: null, lng: null, districtId: null, geoSource: "NONE" });
    await saveProfileFor(admin, ids.orgA, validProfile());
  });

  it("keeps a pin set by hand (district from the postal code) until it is reset to the address", async () => {
    const admin = await sessionUser(ids.adminA);
    const pinned = await saveProfileFor(admin, ids.orgA, validProfile({ manualPin: { lat: 51.5201, lng: 7.4702 } }));
    expect(pinned).toMatchObject({ geoSource: "MANUAL", coordinates: { lat: 51.5201, lng: 7.4702 } });
    expect(await db.prisma.organization.findUniqueOrThrow({ where: { id: ids.orgA } })).toMatchObject({
      lat: 51.5201,
      geoSource: "MANUAL",
      districtId,
    });
    expect((await getProfileForEdit(admin, ids.orgA)).values.manualPin).toEqual({ lat: 51.5201, lng: 7.4702 });
    const reset = await saveProfileFor(admin, ids.orgA, validProfile({ manualPin: null }));
    expect(reset).toMatchObject({ geoSource: "POSTAL_CODE", coordinates: { lat: 51.51, lng: 7.47 } });
    const errors = await fieldErrorsOf(saveProfileFor(admin, ids.orgA, validProfile({ manualPin: { lat: 123, lng: 7 } })));
    expect(errors["manualPin.lat"]).toEqual(["ProfileForm.errors.pinInvalid"]);
  });

  it("lets editors save any organisation", async () => {
    const editor = await sessionUser(ids.editor);
    await saveProfileFor(editor, ids.orgB, validProfile({ name: "Verein B (von Redaktion)" }));
    expect((await db.prisma.organization.findUniqueOrThrow({ where: { id: ids.orgB } })).name).toBe("Verein B (von Redaktion)");
  });

  describe("refuses and changes nothing", () => {
    async function expectUnchanged(run: () => Promise<unknown>, error: unknown) {
      const before = await db.prisma.organization.findUniqueOrThrow({
        where: { id: ids.orgA },
        include: { openingHours: true, facts: true, categories: true },
      });
      const audits = await db.prisma.auditLog.count();
      await expect(run()).rejects.toBeInstanceOf(error as never);
      const after = await db.prisma.organization.findUniqueOrThrow({
        where: { id: ids.orgA },
        include: { openingHours: true, facts: true, categories: true },
      });
      expect(after).toEqual(before);
      expect(await db.prisma.auditLog.count()).toBe(audits);
    }

    it("a member who is not admin", async () => {
      const member = await sessionUser(ids.memberA);
      await expectUnchanged(() => saveProfileFor(member, ids.orgA, validProfile({ name: "Gekapert" })), ForbiddenError);
    });

    it("the admin of another organisation (without revealing it)", async () => {
      const adminB = await sessionUser(ids.adminB);
      await expectUnchanged(() => saveProfileFor(adminB, ids.orgA, validProfile({ name: "Gekapert" })), NotFoundError);
      await expect(getProfileForEdit(adminB, ids.orgA)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getProviderPreview(adminB, ids.orgA)).rejects.toBeInstanceOf(NotFoundError);
    });

    it("an unknown organisation id", async () => {
      const admin = await sessionUser(ids.adminA);
      await expect(saveProfileFor(admin, 999_999, validProfile())).rejects.toBeInstanceOf(NotFoundError);
      await expect(saveProfileFor(admin, Number.NaN, validProfile())).rejects.toBeInstanceOf(NotFoundError);
    });

    it("bad input with field messages", async () => {
      const admin = await sessionUser(ids.adminA);
      const cases: [Partial<ProfileFormValues> | Record<string, unknown>, string, string][] = [
        [{ name: "<script>alert(1)</script>" }, "name", "ProfileForm.errors.noHtml"],
        [{ description: "x".repeat(10_000) }, "description", "ProfileForm.errors.tooLong"],
        [{ summary: "x".repeat(201) }, "summary", "ProfileForm.errors.tooLong"],
        [{ name: "" }, "name", "ProfileForm.errors.nameRequired"],
        [{ website: "javascript:alert(1)" }, "website", "ProfileForm.errors.websiteInvalid"],
        [{ website: "ftp://example.org" }, "website", "ProfileForm.errors.websiteInvalid"],
        [{ email: "kein-mail" }, "email", "ProfileForm.errors.emailInvalid"],
        [{ postalCode: "4413" }, "postalCode", "ProfileForm.errors.postalCodeInvalid"],
        [{ carrierType: "PIRATES" }, "carrierType", "ProfileForm.errors.carrierTypeInvalid"],
        [{ employeeCount: "-3" }, "employeeCount", "ProfileForm.errors.employeeCountInvalid"],
        [{ categoryIds: [999_999] }, "categoryIds", "ProfileForm.errors.categoryInvalid"],
        [{ logoPath: "/uploads/ab/abcdef.webp" }, "logoPath", "ProfileForm.errors.imageInvalid"],
        [{ imagePath: "https://evil.example/x.png", imageCopyright: "me" }, "imagePath", "ProfileForm.errors.imageInvalid"],
        [{ openingHours: [{ weekday: 2, start: "12:00", end: "10:00" }] }, "openingHours.0.end", "ProfileForm.errors.endBeforeStart"],
        [{ openingHours: [{ weekday: 2, start: "25:00", end: "26:00" }] }, "openingHours.0.start", "ProfileForm.errors.timeInvalid"],
        [{ openingHours: [{ weekday: 8, start: "10:00", end: "11:00" }] }, "openingHours.0.weekday", "ProfileForm.errors.weekdayInvalid"],
        [
          {
            openingHours: [
              { weekday: 2, start: "09:00", end: "12:00" },
              { weekday: 2, start: "11:00", end: "13:00" },
            ],
          },
          "openingHours.1.start",
          "ProfileForm.errors.windowsOverlap",
        ],
        [{ facts: [{ label: "", value: "x" }] }, "facts.0.label", "ProfileForm.errors.factLabelRequired"],
        [{ facts: Array.from({ length: 31 }, () => ({ label: "a", value: "b" })) }, "facts", "ProfileForm.errors.tooManyFacts"],
      ];
      for (const [overrides, field, message] of cases) {
        const before = await db.prisma.organization.findUniqueOrThrow({ where: { id: ids.orgA } });
        const errors = await fieldErrorsOf(saveProfileFor(admin, ids.orgA, { ...validProfile(), ...overrides }));
        expect(errors[field], `${field} for ${JSON.stringify(overrides).slice(0, 80)}`).toContain(message);
        expect(await db.prisma.organization.findUniqueOrThrow({ where: { id: ids.orgA } })).toEqual(before);
      }
      // Not an object at all, or wrong types: still a validation error, never a crash.
      await fieldErrorsOf(saveProfileFor(admin, ids.orgA, null));
      await fieldErrorsOf(saveProfileFor(admin, ids.orgA, { ...validProfile(), openingHours: "Mo 9-12", facts: 3 }));
    });

    it("touching windows are fine", async () => {
      const admin = await sessionUser(ids.adminA);
      const openingHours = [
        { weekday: 2, start: "09:00", end: "12:00" },
        { weekday: 2, start: "12:00", end: "13:00" },
      ];
      await expect(saveProfileFor(admin, ids.orgA, validProfile({ openingHours }))).resolves.toBeTruthy();
    });
  });
});

describe("profile queries", () => {
  it("members read the profile but may not edit; the preview shows any status", async () => {
    await db.prisma.organization.update({ where: { id: ids.orgA }, data: { status: "PENDING" } });
    const member = await sessionUser(ids.memberA);
    const profile = await getProfileForEdit(member, ids.orgA);
    expect(profile.canEdit).toBe(false);
    expect(profile.status).toBe("PENDING");
    const preview = await getProviderPreview(member, ids.orgA);
    expect(preview.status).toBe("PENDING");
    expect(preview.provider.name).toBe("Familienzentrum Sonnenschein e.V.");
    const outsider = await sessionUser(ids.outsider);
    await expect(getProfileForEdit(outsider, ids.orgA)).rejects.toBeInstanceOf(NotFoundError);
  });
});
