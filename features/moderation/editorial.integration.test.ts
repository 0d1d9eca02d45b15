import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/features/accounts/types";
import { createOffer } from "@/features/offer-management/test-fixtures";
import { addMember, createUser, sessionUser } from "@/features/organizations/test-fixtures";
import { recordAudit } from "@/lib/audit";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { useTestDatabase } from "@/test/helpers/db";

// The editor area's server action and reads: only editors and admins get anything; the action is
// exercised end to end with just the request context replaced (session, Next's cache, request
// headers and next-intl's request-bound translator with the real German messages).
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/features/accounts/session", async () => (await import("@/test/helpers/action-context")).actionSessionModule(session));
vi.mock("@/features/seo/base-url", () => ({ siteBaseUrl: async () => "https://portal.test" }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("@/test/helpers/action-context")).germanTranslationsModule());

const { transitionOrganizationAction } = await import("./actions");
const { getEditorialDashboard, getProviderForEditors, listProvidersForEditors } = await import("./queries");
const { revalidatePath } = await import("next/cache");

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

describe("editor area", () => {
  const db = useTestDatabase();
  let editor: SessionUser;
  let admin: SessionUser;
  let planner: SessionUser;
  let provider: SessionUser;
  let pendingOrg: number;
  let approvedOrg: number;

  beforeAll(async () => {
    editor = await sessionUser(await createUser(db.prisma, "Rita", "EDITOR"));
    admin = await sessionUser(await createUser(db.prisma, "Adam", "ADMIN"));
    planner = await sessionUser(await createUser(db.prisma, "Paula", "PLANNER"));
    pendingOrg = (
      await db.prisma.organization.create({
        data: { slug: "wartend", name: "Wartender Verein", status: "PENDING", createdAt: new Date("2026-01-01") },
      })
    ).id;
    approvedOrg = (
      await db.prisma.organization.create({
        data: { slug: "frei", name: "Freier Verein", status: "APPROVED", createdAt: new Date("2025-01-01") },
      })
    ).id;
    await db.prisma.organization.create({
      data: { slug: "alt", name: "Alter Wartender", status: "PENDING", createdAt: new Date("2025-06-01") },
    });
    await db.prisma.organization.create({ data: { slug: "gesperrt", name: "Gesperrter Verein", status: "BLOCKED" } });
    await db.prisma.organization.create({ data: { slug: "weg", name: "Gelöschter Verein", status: "PENDING", deletedAt: new Date() } });
    const providerId = await createUser(db.prisma, "Olga");
    await addMember(db.prisma, providerId, pendingOrg, "ORG_ADMIN");
    provider = await sessionUser(providerId);
  });

  beforeEach(() => {
    session.user = null;
    vi.mocked(revalidatePath).mockClear();
  });

  describe("transitionOrganizationAction", () => {
    it("refuses anonymous users, planners and providers with a translated message; nothing changes", async () => {
      for (const user of [null, planner, provider]) {
        session.user = user;
        const result = await transitionOrganizationAction(null, form({ organizationId: String(pendingOrg), action: "approve" }));
        expect(result).toMatchObject({ ok: false, message: user ? "Dazu haben Sie keine Berechtigung." : "Bitte melden Sie sich an." });
      }
      expect((await db.prisma.organization.findUniqueOrThrow({ where: { id: pendingOrg } })).status).toBe("PENDING");
      expect(await db.prisma.auditLog.count()).toBe(0);
      expect(revalidatePath).not.toHaveBeenCalled();
    });

    it("answers bad input with translated messages and writes nothing", async () => {
      session.user = editor;
      const noReason = await transitionOrganizationAction(
        null,
        form({ organizationId: String(pendingOrg), action: "reject", reason: " " }),
      );
      expect(noReason).toMatchObject({
        ok: false,
        fieldErrors: { reason: ["Bitte geben Sie eine Begründung an – sie wird der Organisation gemailt."] },
      });
      const badId = await transitionOrganizationAction(null, form({ organizationId: "1; DROP TABLE", action: "approve" }));
      expect(badId).toMatchObject({ ok: false, message: "Der Eintrag wurde nicht gefunden." });
      const notAllowed = await transitionOrganizationAction(null, form({ organizationId: String(approvedOrg), action: "approve" }));
      expect(notAllowed).toMatchObject({ ok: false, message: "Diese Entscheidung ist im aktuellen Status des Anbieters nicht möglich." });
      const huge = await transitionOrganizationAction(
        null,
        form({ organizationId: String(pendingOrg), action: "block", reason: "<b>x</b>".repeat(2000) }),
      );
      expect(huge).toMatchObject({ ok: false, fieldErrors: { reason: ["Die Begründung ist zu lang (höchstens 2000 Zeichen)."] } });
      expect(await db.prisma.auditLog.count()).toBe(0);
    });

    it("lets an editor decide, revalidates and confirms in German", async () => {
      session.user = editor;
      const result = await transitionOrganizationAction(
        null,
        form({ organizationId: String(approvedOrg), action: "block", reason: "Spam" }),
      );
      expect(result).toMatchObject({
        ok: true,
        data: { status: "BLOCKED" },
        message: "Der Anbieter ist gesperrt; seine Angebote sind nicht mehr öffentlich.",
      });
      expect(revalidatePath).toHaveBeenCalled();
      session.user = admin;
      expect(await transitionOrganizationAction(null, form({ organizationId: String(approvedOrg), action: "unblock" }))).toMatchObject({
        ok: true,
        data: { status: "APPROVED" },
      });
    });
  });

  describe("reads", () => {
    it("are refused to everyone but editors and admins", async () => {
      for (const user of [null, planner, provider]) {
        await expect(getEditorialDashboard(user)).rejects.toBeInstanceOf(ForbiddenError);
        await expect(listProvidersForEditors(user, { status: "PENDING", q: "" }, 1)).rejects.toBeInstanceOf(ForbiddenError);
        await expect(getProviderForEditors(user, pendingOrg)).rejects.toBeInstanceOf(ForbiddenError);
      }
    });

    it("list waiting providers oldest first, filter by status and name, never deleted ones", async () => {
      const pending = await listProvidersForEditors(editor, { status: "PENDING", q: "" }, 1);
      expect(pending.providers.map((p) => p.name)).toEqual(["Alter Wartender", "Wartender Verein"]);
      const all = await listProvidersForEditors(admin, { status: "ALL", q: "Verein" }, 1);
      expect(all.providers.map((p) => p.name)).toEqual(["Freier Verein", "Wartender Verein", "Gesperrter Verein"]);
      const blocked = await listProvidersForEditors(editor, { status: "BLOCKED", q: "" }, 99);
      expect(blocked.providers.map((p) => p.name)).toEqual(["Gesperrter Verein"]);
      expect(blocked.page.page).toBe(1);
    });

    it("count the queue and list recent offer changes with their public state", async () => {
      const published = await createOffer(db.prisma, approvedOrg, { title: "Offenes Singen" });
      const hidden = await createOffer(db.prisma, pendingOrg, { title: "Wartendes Angebot" });
      await createOffer(db.prisma, approvedOrg, { title: "In Prüfung", status: "PENDING_REVIEW" });
      for (const id of [published, hidden])
        await recordAudit(db.prisma, { actorId: editor.id, action: "offer.update", entityType: "offer", entityId: id });
      const dashboard = await getEditorialDashboard(editor);
      expect(dashboard).toMatchObject({ pendingProviders: 2, blockedProviders: 1, pendingOffers: 1 });
      expect(dashboard.recentChanges.map((c) => [c.offer?.title, c.offer?.isPublic, c.actorName])).toEqual([
        ["Wartendes Angebot", false, "Rita"],
        ["Offenes Singen", true, "Rita"],
      ]);
    });

    it("show a provider's profile, people, offers and history; unknown or deleted ids are not found", async () => {
      const { organization, history } = await getProviderForEditors(editor, approvedOrg);
      expect(organization.name).toBe("Freier Verein");
      expect(organization.offers.map((o) => [o.title, o.isPublic])).toEqual(expect.arrayContaining([["Offenes Singen", true]]));
      expect(history.map((h) => h.action)).toEqual(["organization.unblock", "organization.block"]);
      const withPeople = await getProviderForEditors(editor, pendingOrg);
      expect(withPeople.organization.memberships.map((m) => [m.user.name, m.role])).toEqual([["Olga", "ORG_ADMIN"]]);
      const deleted = await db.prisma.organization.findUniqueOrThrow({ where: { slug: "weg" } });
      for (const id of [999_999, Number.NaN, deleted.id])
        await expect(getProviderForEditors(editor, id)).rejects.toBeInstanceOf(NotFoundError);
    });
  });
});
