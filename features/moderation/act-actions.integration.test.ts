import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/features/accounts/types";
import { addMember, createUser, sessionUser } from "@/features/organizations/test-fixtures";
import { useTestDatabase } from "@/test/helpers/db";

// The editors' act-on-anything server actions end to end, with only the request context replaced
// (session, Next's cache, request headers, next-intl's request-bound translator over the real
// German messages): translated answers, redirects, and refusals that change nothing.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/features/accounts/session", async () => (await import("@/test/helpers/action-context")).actionSessionModule(session));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/features/seo/base-url", () => ({ siteBaseUrl: async () => "https://portal.example" }));
// next-intl's navigation needs Next's runtime: its redirect is replaced by one that throws its target.
vi.mock("@/i18n/navigation", () => ({
  redirect: (target: unknown) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { redirectTo: target });
  },
}));
vi.mock("next-intl/server", async () => ({
  ...(await (await import("@/test/helpers/action-context")).germanTranslationsModule()),
  getLocale: async () => "de",
}));

const {
  createOrganizationAction,
  deleteOfferAsEditorAction,
  deleteOrganizationAction,
  reassignOfferAction,
  restoreAction,
  searchOrganizationsAction,
} = await import("./act-actions");
const { revalidatePath } = await import("next/cache");

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

/** Where a redirect thrown by an action points to (href and locale, as given to i18n/navigation). */
async function redirectTarget(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return (error as { redirectTo?: unknown } | null)?.redirectTo;
}

describe("editorial act server actions", () => {
  const db = useTestDatabase();
  let editor: SessionUser;
  let planner: SessionUser;
  let provider: SessionUser;
  let orgA: number;
  let orgB: number;
  let offerId: number;

  beforeAll(async () => {
    orgA = (await db.prisma.organization.create({ data: { slug: "a", name: "Verein A", status: "APPROVED" } })).id;
    orgB = (await db.prisma.organization.create({ data: { slug: "b", name: "Verein B", status: "PENDING" } })).id;
    offerId = (await db.prisma.offer.create({ data: { slug: "kurs", title: "Kurs", organizationId: orgA, status: "PUBLISHED" } })).id;
    editor = await sessionUser(await createUser(db.prisma, "Editor", "EDITOR"));
    planner = await sessionUser(await createUser(db.prisma, "Planner", "PLANNER"));
    const providerId = await createUser(db.prisma, "Provider");
    await addMember(db.prisma, providerId, orgA, "ORG_ADMIN");
    provider = await sessionUser(providerId);
  });
  beforeEach(() => {
    session.user = null;
    vi.mocked(revalidatePath).mockClear();
  });

  it("refuses anonymous, planner and provider with a translated message; nothing changes", async () => {
    for (const user of [null, planner, provider]) {
      session.user = user;
      for (const result of [
        await deleteOfferAsEditorAction(null, form({ offerId: String(offerId), reason: "" })),
        await reassignOfferAction(null, form({ offerId: String(offerId), organizationId: String(orgB) })),
        await createOrganizationAction(null, form({ name: "Heimlich e.V.", carrierType: "OTHER" })),
        await restoreAction(null, form({ restore: `offer:${offerId}` })),
      ]) {
        expect(result.ok).toBe(false);
        expect(result.ok ? "" : result.message).toBe(user ? "Dazu haben Sie keine Berechtigung." : "Bitte melden Sie sich an.");
      }
      expect(await searchOrganizationsAction("Verein")).toEqual([]);
    }
    expect(await db.prisma.offer.findUniqueOrThrow({ where: { id: offerId } })).toMatchObject({ organizationId: orgA, deletedAt: null });
    expect(await db.prisma.organization.count()).toBe(2);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("reassigns, deletes into the trash and restores for an editor", async () => {
    session.user = editor;
    expect(await searchOrganizationsAction("Verein B")).toEqual([{ id: orgB, name: "Verein B", status: "PENDING" }]);
    const bad = await reassignOfferAction(null, form({ offerId: String(offerId), organizationId: "" }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { organizationId: ["Bitte wählen Sie einen Anbieter."] } });
    await expect(
      reassignOfferAction(null, form({ offerId: String(offerId), organizationId: String(orgB), reason: "Trägerwechsel" })),
    ).resolves.toMatchObject({
      ok: true,
      message: "Das Angebot gehört jetzt zum neuen Anbieter.",
    });
    expect(await redirectTarget(deleteOfferAsEditorAction(null, form({ offerId: String(offerId), reason: "" })))).toEqual({
      href: "/editorial/trash",
      locale: "de",
    });
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: offerId } })).deletedAt).not.toBeNull();
    await expect(restoreAction(null, form({ restore: `offer:${offerId}` }))).resolves.toMatchObject({
      ok: true,
      message: "Das Angebot „Kurs“ ist wiederhergestellt.",
    });
    await expect(restoreAction(null, form({ restore: "something:else" }))).resolves.toMatchObject({ ok: false });
    await expect(restoreAction(null, form({ restore: `offer:${offerId}` }))).resolves.toMatchObject({ ok: false });
    expect(revalidatePath).toHaveBeenCalled();
  });

  it("deletes an organisation into the trash and restores it", async () => {
    session.user = provider;
    await expect(deleteOrganizationAction(null, form({ organizationId: String(orgA), reason: "" }))).resolves.toMatchObject({
      ok: false,
      message: "Dazu haben Sie keine Berechtigung.",
    });
    session.user = editor;
    await expect(deleteOrganizationAction(null, form({ organizationId: "x", reason: "" }))).resolves.toMatchObject({ ok: false });
    expect(await redirectTarget(deleteOrganizationAction(null, form({ organizationId: String(orgA), reason: "Aufgelöst" })))).toEqual({
      href: "/editorial/trash",
      locale: "de",
    });
    expect((await db.prisma.organization.findUniqueOrThrow({ where: { id: orgA } })).deletedAt).not.toBeNull();
    await expect(restoreAction(null, form({ restore: `organization:${orgA}` }))).resolves.toMatchObject({
      ok: true,
      message: "Der Anbieter „Verein A“ ist wiederhergestellt.",
    });
  });

  it("creates an organisation and opens its edit page; bad input answers per field", async () => {
    session.user = editor;
    const bad = await createOrganizationAction(null, form({ name: "<i>x</i>", carrierType: "OTHER", inviteEmail: "nope" }));
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: {
        name: ["Bitte keine HTML-Zeichen wie < oder > verwenden."],
        inviteEmail: ["Bitte geben Sie eine gültige E-Mail-Adresse an."],
      },
    });
    const target = await redirectTarget(createOrganizationAction(null, form({ name: "Neuer Treff", carrierType: "INITIATIVE" })));
    const created = await db.prisma.organization.findFirstOrThrow({ where: { name: "Neuer Treff" } });
    expect(target).toEqual({ href: { pathname: "/editorial/providers/[id]/edit", params: { id: String(created.id) } }, locale: "de" });
    expect(created.status).toBe("APPROVED");
  });
});
