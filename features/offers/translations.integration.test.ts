import { beforeAll, describe, expect, it } from "vitest";
import { loadSessionUser } from "@/features/accounts/session-user";
import type { SessionUser } from "@/features/accounts/types";
import { decideRevisionFor } from "@/features/moderation/offer-moderation";
import { getOfferForReview } from "@/features/moderation/offer-queries";
import { searchOffers } from "@/features/search/offer-search";
import { parseOfferSearch } from "@/features/search/params/parse";
import { loadCards } from "@/features/search/sql/cards";
import { runner } from "@/features/search/sql/query";
import { offerCardSelect } from "@/features/search/offer-card";
import { shownText, translationFor } from "@/lib/content-translation";
import { AppError, NotFoundError, ValidationError } from "@/lib/errors";
import { useTestDatabase } from "@/test/helpers/db";
import { getPublicOffer } from "./detail-queries";
import { loadOfferForEdit } from "./form-queries";
import { createOfferFor, updateOfferFor } from "./mutations";
import type { OfferFormValues } from "./schemas";
import { offerFormValues } from "./test-fixtures";

// Offer translations (issue 14) against a real database: saved with the offer form, replaced as a
// set, refused for another organisation's offer, bad input refused with nothing changed, part of
// the revision when approval is on, shown per locale with German fallback, and found by the search.

const NOW = new Date("2026-11-27T10:00:00Z");

describe("offer translations", () => {
  const db = useTestDatabase();
  let orgA: number;
  let orgB: number;
  let category: number;
  let memberA: SessionUser;
  let memberB: SessionUser;
  let editor: SessionUser;

  async function sessionFor(email: string, role: "NONE" | "EDITOR" = "NONE", organizationId?: number) {
    const user = await db.prisma.user.create({
      data: {
        email,
        name: email.split("@")[0],
        passwordHash: "x",
        role,
        emailVerifiedAt: NOW,
        termsAcceptedVersion: 1,
        termsAcceptedAt: NOW,
      },
    });
    if (organizationId) await db.prisma.membership.create({ data: { userId: user.id, organizationId, role: "ORG_ADMIN" } });
    const session = await loadSessionUser({ userId: user.id, sessionVersion: 0, sessionId: "test-session-0000000001" });
    if (!session) throw new Error("no session");
    return session;
  }

  async function setApproval(on: boolean) {
    await db.prisma.settings.upsert({
      where: { id: 1 },
      update: { requireOfferApproval: on },
      create: { id: 1, requireOfferApproval: on },
    });
  }

  async function searchSlugs(q: string): Promise<string[]> {
    const result = await searchOffers(parseOfferSearch({ q }).query, { now: NOW, pageSize: 50 });
    return result.offers.map((o) => o.slug);
  }

  const english = {
    locale: "en" as const,
    title: "Circus school for children",
    summary: "Juggling for kids",
    description: "Come and juggle.",
  };
  const ukrainian = {
    locale: "uk" as const,
    title: "Циркова школа для дітей",
    summary: "Жонглювання",
    description: "Приходьте жонглювати.",
  };
  const arabic = { locale: "ar" as const, title: "مدرسة السيرك للأطفال", summary: "", description: "" };

  async function published(overrides: Partial<OfferFormValues> = {}) {
    return createOfferFor(memberA, offerFormValues(orgA, category, overrides), "publish", { now: NOW });
  }

  async function stored(offerId: number) {
    return db.prisma.offerTranslation.findMany({ where: { offerId }, orderBy: { locale: "asc" } });
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
    category = (await db.prisma.category.create({ data: { slug: "kultur", name: "Kultur" } })).id;
    orgA = (await db.prisma.organization.create({ data: { slug: "zirkus", name: "Zirkus Pimpernelli", status: "APPROVED" } })).id;
    orgB = (await db.prisma.organization.create({ data: { slug: "andere", name: "Anderer Verein", status: "APPROVED" } })).id;
    memberA = await sessionFor("a@example.test", "NONE", orgA);
    memberB = await sessionFor("b@example.test", "NONE", orgB);
    editor = await sessionFor("redaktion@example.test", "EDITOR");
    await setApproval(false);
  });

  it("saves translations with the offer, reads them back in the form and audits them per locale", async () => {
    const offer = await published({ translations: [english, arabic] });
    const rows = await stored(offer.id);
    expect(rows.map((r) => [r.locale, r.title, r.summary, r.source, r.reviewed])).toEqual([
      ["ar", arabic.title, null, "HUMAN", true],
      ["en", english.title, english.summary, "HUMAN", true],
    ]);
    const form = await loadOfferForEdit(memberA, offer.id);
    expect(form?.values.translations?.map((t) => t.locale)).toEqual(["ar", "en"]);

    // Form values saved back unchanged change nothing; a changed translation is audited by locale.
    const values = form!.values as OfferFormValues;
    await updateOfferFor(memberA, offer.id, values, "publish", { now: NOW });
    const unchanged = await db.prisma.auditLog.findFirst({
      where: { entityId: String(offer.id), action: "offer.update" },
      orderBy: { id: "desc" },
    });
    expect(unchanged?.changedFields ?? null).toBeNull();
    await updateOfferFor(memberA, offer.id, { ...values, translations: [{ ...english, title: "Circus school" }] }, "publish", { now: NOW });
    const audit = await db.prisma.auditLog.findFirst({
      where: { entityId: String(offer.id), action: "offer.update" },
      orderBy: { id: "desc" },
    });
    expect(JSON.parse(audit?.changedFields ?? "[]")).toEqual(["translation.ar", "translation.en"]);
    expect((await stored(offer.id)).map((r) => [r.locale, r.title])).toEqual([["en", "Circus school"]]);
  });

  it("leaves stored translations alone when the input carries none (import, old revisions)", async () => {
    const offer = await published({ translations: [english] });
    await updateOfferFor(memberA, offer.id, offerFormValues(orgA, category, { title: "Zirkus neu" }), "publish", { now: NOW });
    expect((await stored(offer.id)).map((r) => r.locale)).toEqual(["en"]);
    await updateOfferFor(memberA, offer.id, offerFormValues(orgA, category, { translations: [] }), "publish", { now: NOW });
    expect(await stored(offer.id)).toEqual([]);
  });

  it("keeps a machine translation marked; a person's text is always reviewed", async () => {
    const offer = await published({
      translations: [
        { ...english, source: "MACHINE", reviewed: false },
        { ...ukrainian, source: "HUMAN", reviewed: false },
      ],
    });
    expect((await stored(offer.id)).map((r) => [r.locale, r.source, r.reviewed])).toEqual([
      ["en", "MACHINE", false],
      ["uk", "HUMAN", true],
    ]);
  });

  it("refuses another organisation's offer and leaves it unchanged", async () => {
    const offer = await published({ translations: [english] });
    const values = offerFormValues(orgA, category, { translations: [{ ...english, title: "Hijacked" }] });
    await expect(updateOfferFor(memberB, offer.id, values, "publish", { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
    // Nor through a create with the foreign organisation's id.
    await expect(createOfferFor(memberB, values, "publish", { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
    expect((await stored(offer.id)).map((r) => r.title)).toEqual([english.title]);
    // An editor may translate any offer.
    await updateOfferFor(editor, offer.id, values, "publish", { now: NOW });
    expect((await stored(offer.id)).map((r) => r.title)).toEqual(["Hijacked"]);
  });

  it("refuses bad translations with field messages and changes nothing", async () => {
    const offer = await published({ translations: [english] });
    const cases: [unknown, string, string][] = [
      [[english, { ...english, title: "again" }], "translations.1.locale", "OfferForm.errors.translationDuplicate"],
      [[{ ...english, locale: "de" }], "translations.0.locale", "OfferForm.errors.invalid"],
      [[{ ...english, locale: "xx'; DROP TABLE Offer;--" }], "translations.0.locale", "OfferForm.errors.invalid"],
      [[{ ...english, title: "   " }], "translations.0.title", "OfferForm.errors.translationTitleRequired"],
      [[{ ...english, title: "x".repeat(151) }], "translations.0.title", "OfferForm.errors.tooLong"],
      [[{ ...english, description: "x".repeat(10_001) }], "translations.0.description", "OfferForm.errors.tooLong"],
      [[{ ...english, source: "ROBOT" }], "translations.0.source", "OfferForm.errors.invalid"],
      [[{ ...english, reviewed: "yes" }], "translations.0.reviewed", "OfferForm.errors.invalid"],
      ["not a list", "translations", "OfferForm.errors.invalid"],
      [Array.from({ length: 6 }, () => english), "translations", "OfferForm.errors.tooMany"],
    ];
    for (const [translations, field, message] of cases) {
      const values = { ...offerFormValues(orgA, category), translations } as unknown as OfferFormValues;
      const error = await expectRejected(updateOfferFor(memberA, offer.id, values, "publish", { now: NOW }));
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors[field], `${field} for ${JSON.stringify(translations).slice(0, 60)}`).toContain(message);
    }
    expect((await stored(offer.id)).map((r) => r.title)).toEqual([english.title]);
  });

  it("stores markup and FTS syntax as plain text; the search stays exact", async () => {
    const hostile = { locale: "en" as const, title: `<script>alert(1)</script> "NEAR(x y)" OR *`, summary: "", description: "" };
    const offer = await published({ title: "Puppentheater", translations: [hostile] });
    expect((await stored(offer.id))[0].title).toBe(hostile.title);
    expect(await searchSlugs(`"NEAR(x`)).toEqual([offer.slug]);
    expect(await searchSlugs("script alert")).toEqual([offer.slug]);
  });

  it("search finds offers by translated title and description; German results stay the same", async () => {
    const plain = await published({ title: "Töpfern für Kinder", description: "Mit Ton arbeiten" });
    const germanBefore = await searchSlugs("töpfern");
    const drums = { locale: "uk" as const, title: "Курс барабанів", summary: "", description: "Вивчайте ритм разом" };
    const translated = await published({ title: "Trommelkurs", description: "Rhythmus lernen", translations: [drums, english] });
    expect(await searchSlugs("барабанів")).toEqual([translated.slug]);
    expect(await searchSlugs("ритм разом")).toEqual([translated.slug]);
    expect(await searchSlugs("circus juggle")).toContain(translated.slug);
    expect(await searchSlugs("trommelkurs")).toEqual([translated.slug]);
    expect(await searchSlugs("töpfern")).toEqual(germanBefore);
    expect(germanBefore).toEqual([plain.slug]);
    // Removing the translation removes its words from the index.
    await updateOfferFor(memberA, translated.id, offerFormValues(orgA, category, { title: "Trommelkurs", translations: [] }), "publish", {
      now: NOW,
    });
    expect(await searchSlugs("барабанів")).toEqual([]);
  });

  it("with approval on, a published offer's new translation waits in the revision until an editor approves it", async () => {
    const offer = await published();
    await setApproval(true);
    try {
      const form = await loadOfferForEdit(memberA, offer.id);
      const values = { ...(form!.values as OfferFormValues), translations: [ukrainian] };
      const saved = await updateOfferFor(memberA, offer.id, values, "publish", { now: NOW });
      expect(saved.revision).toBe(true);
      expect(await stored(offer.id)).toEqual([]);
      expect(await searchSlugs("циркова")).not.toContain(offer.slug);
      const review = await getOfferForReview(editor, offer.id);
      expect(review.revision?.diff.map((row) => row.field)).toEqual(["translation.uk"]);
      const revision = await db.prisma.offerRevision.findFirstOrThrow({ where: { offerId: offer.id, status: "PENDING" } });
      await decideRevisionFor(editor, revision.id, "approve", null, { now: NOW });
      expect((await stored(offer.id)).map((r) => [r.locale, r.title])).toEqual([["uk", ukrainian.title]]);
      expect(await searchSlugs("циркова")).toContain(offer.slug);
    } finally {
      await setApproval(false);
    }
  });

  it("a pending revision without translations (older data) shows the stored ones in the form", async () => {
    const offer = await published({ translations: [english] });
    await setApproval(true);
    try {
      const saved = await updateOfferFor(memberA, offer.id, offerFormValues(orgA, category, { title: "Ohne Übersetzung" }), "publish", {
        now: NOW,
      });
      expect(saved.revision).toBe(true);
      const revision = await db.prisma.offerRevision.findFirstOrThrow({ where: { offerId: offer.id, status: "PENDING" } });
      expect(JSON.parse(revision.data)).not.toHaveProperty("translations");
      const form = await loadOfferForEdit(memberA, offer.id);
      expect(form?.values.title).toBe("Ohne Übersetzung");
      expect(form?.values.translations?.map((t) => t.title)).toEqual([english.title]);
    } finally {
      await setApproval(false);
    }
  });

  it("public page and cards carry the translations; the visitor's locale picks one, else German", async () => {
    const offer = await published({ title: "Schwimmkurs", summary: "Im Hallenbad", translations: [english, arabic] });
    const page = await getPublicOffer(offer.slug, NOW);
    expect(page?.offer.translations.map((t) => t.locale).sort()).toEqual(["ar", "en"]);
    const en = translationFor(page!.offer.translations, "en");
    expect(shownText(page!.offer.title, en, en?.title)).toEqual({ text: english.title, lang: "en", dir: "ltr", translated: true });
    const ar = translationFor(page!.offer.translations, "ar");
    expect(shownText(page!.offer.title, ar, ar?.title)).toMatchObject({ lang: "ar", dir: "rtl", translated: true });
    // Arabic has no summary: that field falls back to German.
    expect(shownText(page!.offer.summary, ar, ar?.summary)).toEqual({ text: "Im Hallenbad", lang: "de", dir: "ltr", translated: false });
    const tr = translationFor(page!.offer.translations, "tr");
    expect(tr).toBeNull();
    expect(shownText(page!.offer.title, tr, null)).toMatchObject({ text: "Schwimmkurs", lang: "de", translated: false });
    expect(translationFor(page!.offer.translations, "de")).toBeNull();

    // The search's one-statement cards equal Prisma's select, translations included.
    const viaSql = await loadCards([offer.id], runner());
    const viaPrisma = await db.prisma.offer.findMany({ where: { id: offer.id }, select: offerCardSelect });
    expect(viaSql).toEqual(viaPrisma);
    expect(viaSql[0].translations.map((t) => t.locale)).toEqual(["ar", "en"]);
  });
});
