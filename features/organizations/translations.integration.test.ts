import { beforeAll, describe, expect, it } from "vitest";
// Not a React hook: registers beforeAll/afterAll for this file's own database.
import { useTestDatabase as withTestDatabase } from "@/test/helpers/db";
import { getPublicProvider } from "@/features/providers/detail-queries";
import { parseProviderSearch } from "@/features/search/params/parse";
import { searchProviders } from "@/features/search/provider-search";
import { shownText, translationFor } from "@/lib/content-translation";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { ProfileFormValues } from "./schemas";
import { saveProfileFor } from "./mutations";
import { getProfileForEdit } from "./queries";
import { createTwoOrganizations, sessionUser, type TwoOrganizations } from "./test-fixtures";

// Organisation translations (issue 14): saved with the profile, read back in the form, refused for
// another organisation, bad input refused with nothing changed, shown per locale on the public page.

const db = withTestDatabase();
let ids: TwoOrganizations;

function profile(overrides: Partial<ProfileFormValues> = {}): ProfileFormValues {
  return {
    name: "Familienzentrum Sonnenschein e.V.",
    subline: "Für alle Familien im Quartier",
    summary: "Beratung, Kurse und offene Treffs.",
    description: "Wir sind für Familien da.",
    logoPath: "",
    logoCopyright: "",
    imagePath: "",
    imageCopyright: "",
    carrierType: "ASSOCIATION",
    employeeCount: "",
    volunteering: "",
    email: "",
    phone: "",
    phone2: "",
    website: "",
    street: "",
    postalCode: "",
    city: "",
    manualPin: null,
    contactSalutation: "",
    contactName: "",
    contactRole: "",
    contactPhone: "",
    contactEmail: "",
    openingHours: [],
    openingHoursNote: "",
    facts: [],
    categoryIds: [],
    ...overrides,
  };
}

const turkish = { locale: "tr" as const, subline: "Mahalledeki tüm aileler için", summary: "Danışmanlık ve kurslar.", description: "" };
const arabic = { locale: "ar" as const, subline: "", summary: "استشارات ودورات.", description: "نحن هنا من أجل العائلات." };

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
});

describe("organisation translations", () => {
  it("saves, reads back, audits per locale and replaces them as a set", async () => {
    const admin = await sessionUser(ids.adminA);
    await saveProfileFor(admin, ids.orgA, profile({ translations: [turkish, arabic] }));
    const rows = await db.prisma.organizationTranslation.findMany({ where: { organizationId: ids.orgA }, orderBy: { locale: "asc" } });
    expect(rows.map((r) => [r.locale, r.subline, r.summary, r.description, r.source, r.reviewed])).toEqual([
      ["ar", null, arabic.summary, arabic.description, "HUMAN", true],
      ["tr", turkish.subline, turkish.summary, null, "HUMAN", true],
    ]);
    const form = await getProfileForEdit(admin, ids.orgA);
    expect(form.values.translations?.map((t) => t.locale)).toEqual(["ar", "tr"]);
    const audit = await db.prisma.auditLog.findFirst({
      where: { entityId: String(ids.orgA), action: "organization.update" },
      orderBy: { id: "desc" },
    });
    expect(JSON.parse(audit?.changedFields ?? "[]")).toEqual(expect.arrayContaining(["translation.ar", "translation.tr"]));

    // Without translations in the input they stay; an empty list removes them.
    await saveProfileFor(admin, ids.orgA, profile());
    expect(await db.prisma.organizationTranslation.count({ where: { organizationId: ids.orgA } })).toBe(2);
    await saveProfileFor(admin, ids.orgA, profile({ translations: [arabic] }));
    expect((await db.prisma.organizationTranslation.findMany({ where: { organizationId: ids.orgA } })).map((r) => r.locale)).toEqual([
      "ar",
    ]);
  });

  it("refuses other organisations' members and outsiders; nothing changes", async () => {
    const before = await db.prisma.organizationTranslation.findMany({ where: { organizationId: ids.orgA } });
    const values = profile({ translations: [{ ...turkish, summary: "Fremd" }] });
    await expect(saveProfileFor(await sessionUser(ids.adminB), ids.orgA, values)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveProfileFor(await sessionUser(ids.outsider), ids.orgA, values)).rejects.toBeInstanceOf(NotFoundError);
    // A plain member may not edit the profile (ProfileForm's own rule).
    await expect(saveProfileFor(await sessionUser(ids.memberA), ids.orgA, values)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.prisma.organizationTranslation.findMany({ where: { organizationId: ids.orgA } })).toEqual(before);
  });

  it("refuses empty, duplicate, unknown-locale, markup and oversized translations with field messages", async () => {
    const admin = await sessionUser(ids.adminA);
    const before = await db.prisma.organizationTranslation.findMany({ where: { organizationId: ids.orgA } });
    const cases: [unknown, string, string][] = [
      [[{ locale: "en", subline: " ", summary: "", description: "" }], "translations.0.summary", "ProfileForm.errors.translationEmpty"],
      [[turkish, { ...turkish, summary: "noch mal" }], "translations.1.locale", "ProfileForm.errors.translationDuplicate"],
      [[{ ...turkish, locale: "de" }], "translations.0.locale", "ProfileForm.errors.invalid"],
      [[{ ...turkish, description: "<script>alert(1)</script>" }], "translations.0.description", "ProfileForm.errors.noHtml"],
      [[{ ...turkish, summary: "x".repeat(201) }], "translations.0.summary", "ProfileForm.errors.tooLong"],
      [[{ ...turkish, source: "ROBOT" }], "translations.0.source", "ProfileForm.errors.invalid"],
    ];
    for (const [translations, field, message] of cases) {
      const errors = await fieldErrorsOf(saveProfileFor(admin, ids.orgA, { ...profile(), translations } as unknown as ProfileFormValues));
      expect(errors[field], field).toContain(message);
    }
    expect(await db.prisma.organizationTranslation.findMany({ where: { organizationId: ids.orgA } })).toEqual(before);
  });

  it("the public provider page carries them; a missing locale or field falls back to German", async () => {
    const admin = await sessionUser(ids.adminA);
    await saveProfileFor(admin, ids.orgA, profile({ translations: [arabic, { ...turkish, source: "MACHINE", reviewed: false }] }));
    const slug = (await db.prisma.organization.findUniqueOrThrow({ where: { id: ids.orgA } })).slug;
    const page = await getPublicProvider(slug);
    const provider = page!.provider;
    const ar = translationFor(provider.translations, "ar");
    expect(shownText(provider.summary, ar, ar?.summary)).toMatchObject({ text: arabic.summary, lang: "ar", dir: "rtl" });
    expect(shownText(provider.subline, ar, ar?.subline)).toMatchObject({ text: "Für alle Familien im Quartier", lang: "de" });
    const tr = translationFor(provider.translations, "tr");
    expect(tr).toMatchObject({ source: "MACHINE", reviewed: false });
    expect(translationFor(provider.translations, "ru")).toBeNull();
  });

  it("the provider search finds an organisation by its translated text", async () => {
    const admin = await sessionUser(ids.adminA);
    await saveProfileFor(admin, ids.orgA, profile({ translations: [{ ...turkish, summary: "Mahalle danışmanlığı ve kurslar" }] }));
    const names = async (q: string) => (await searchProviders(parseProviderSearch({ q }).query)).providers.map((p) => p.name);
    expect(await names("danışmanlığı")).toEqual(["Familienzentrum Sonnenschein e.V."]);
    await saveProfileFor(admin, ids.orgA, profile({ translations: [] }));
    expect(await names("danışmanlığı")).toEqual([]);
  });
});
