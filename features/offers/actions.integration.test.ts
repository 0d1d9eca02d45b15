import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/features/accounts/types";
import { loadSessionUser } from "@/features/accounts/session-user";
import { useTestDatabase } from "@/test/helpers/db";
import type { OfferFormValues } from "./schemas";

// The offer server actions with only the request context replaced (session lookup, Next's cache,
// next-intl's request translator with the real German messages): what the form receives back.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/features/accounts/session", async () => (await import("@/test/helpers/action-context")).actionSessionModule(session));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("@/test/helpers/action-context")).germanTranslationsModule());

const { createOfferAction, updateOfferAction } = await import("./actions");
const { revalidatePath } = await import("next/cache");

describe("offer server actions", () => {
  const db = useTestDatabase();
  let orgA: number;
  let category: number;
  let memberA: SessionUser;
  let memberB: SessionUser;

  const input = (overrides: Partial<OfferFormValues> = {}): OfferFormValues => ({
    organizationId: orgA,
    title: "Spieletreff",
    categoryIds: [category],
    targetGroupIds: [],
    languages: ["de"],
    accessibilityFeatures: [],
    images: [],
    schedule: { kind: "WEEKLY", windows: [{ weekday: 5, startTime: "15:00", endTime: "17:00" }] },
    location: { type: "NONE" },
    ...overrides,
  });

  beforeAll(async () => {
    const p = db.prisma;
    category = (await p.category.create({ data: { slug: "freizeit", name: "Freizeit" } })).id;
    orgA = (await p.organization.create({ data: { slug: "a", name: "Verein A", status: "APPROVED" } })).id;
    const orgB = (await p.organization.create({ data: { slug: "b", name: "Verein B", status: "APPROVED" } })).id;
    const a = await p.user.create({
      data: { email: "a@example.test", name: "A", passwordHash: "x", memberships: { create: { organizationId: orgA } } },
    });
    const b = await p.user.create({
      data: { email: "b@example.test", name: "B", passwordHash: "x", memberships: { create: { organizationId: orgB, role: "ORG_ADMIN" } } },
    });
    memberA = (await loadSessionUser({ userId: a.id, sessionVersion: 0, sessionId: "test-session-0000000001" }))!;
    memberB = (await loadSessionUser({ userId: b.id, sessionVersion: 0, sessionId: "test-session-0000000001" }))!;
  });

  it("refuses anonymous callers with a translated message", async () => {
    session.user = null;
    expect(await createOfferAction(input(), "draft")).toEqual({ ok: false, message: "Bitte melden Sie sich an.", fieldErrors: {} });
    expect(await updateOfferAction(1, input(), "draft")).toMatchObject({ ok: false, message: "Bitte melden Sie sich an." });
    expect(await db.prisma.offer.count()).toBe(0);
  });

  it("creates and updates for a member, revalidating the pages", async () => {
    session.user = memberA;
    const created = await createOfferAction(input(), "publish");
    expect(created).toMatchObject({ ok: true, data: { status: "PUBLISHED", geoSource: "NONE" } });
    expect(revalidatePath).toHaveBeenCalled();
    if (!created.ok) throw new Error("not created");
    const updated = await updateOfferAction(String(created.data.id), input({ title: "Spieletreff am Freitag" }), "publish");
    expect(updated).toMatchObject({ ok: true, data: { id: created.data.id, revision: false } });
  });

  it("answers a member of another organisation like a missing offer, without its data", async () => {
    session.user = memberA;
    const created = await createOfferAction(input({ title: "Interner Titel" }), "draft");
    if (!created.ok) throw new Error("not created");
    session.user = memberB;
    const result = await updateOfferAction(created.data.id, input({ title: "Fremd" }), "publish");
    expect(result).toEqual({ ok: false, message: "Der Eintrag wurde nicht gefunden.", fieldErrors: {} });
    expect(JSON.stringify(result)).not.toContain("Interner");
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: created.data.id } })).title).toBe("Interner Titel");
  });

  it("returns translated field errors for bad input and status refusals", async () => {
    session.user = memberA;
    const bad = await createOfferAction(input({ title: "x".repeat(10_000), schedule: { kind: "DATES", dates: [] } }), "draft");
    expect(bad).toEqual({
      ok: false,
      message: "Bitte prüfen Sie Ihre Eingaben.",
      fieldErrors: { title: ["Dieser Text ist zu lang."], "schedule.dates": ["Bitte tragen Sie mindestens einen Termin ein."] },
    });
    const published = await createOfferAction(input({ title: "Öffentlich" }), "publish");
    if (!published.ok) throw new Error("not created");
    const demote = await updateOfferAction(published.data.id, input({ title: "Öffentlich" }), "draft");
    expect(demote).toMatchObject({ ok: false, message: expect.stringContaining("nicht als Entwurf") });
  });
});
