import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/features/accounts/types";
import { publishedOffersWhere } from "@/features/search/visibility";
import { useTestDatabase } from "@/test/helpers/db";

// The one-click "still current" link: GET (checkFreshnessToken, the page) changes nothing; the POST
// (confirmFreshnessAction) confirms exactly once; tampered, expired, reused and unknown links get a
// clear translated message.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/features/accounts/session", async () => (await import("@/test/helpers/action-context")).actionSessionModule(session));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("@/test/helpers/action-context")).germanTranslationsModule());

const { confirmFreshnessAction } = await import("./actions");
const { checkFreshnessToken, confirmWithToken, issueFreshnessToken, FRESHNESS_TOKEN_LIFETIME_MS } = await import("./tokens");

function post(token: string) {
  const data = new FormData();
  data.append("token", token);
  return confirmFreshnessAction(null, data);
}

describe("one-click confirmation links", () => {
  const db = useTestDatabase();
  let org: number;
  let offer: number;
  let other: number;
  const old = new Date("2026-01-01T10:00:00Z");

  beforeAll(async () => {
    org = (
      await db.prisma.organization.create({ data: { slug: "kulturhaus", name: "Kulturhaus", status: "APPROVED", lastConfirmedAt: old } })
    ).id;
    offer = (await db.prisma.offer.create({ data: { slug: "lesecafe", title: "Lesecafé", organizationId: org, status: "PUBLISHED" } })).id;
    other = (await db.prisma.offer.create({ data: { slug: "naehtreff", title: "Nähtreff", organizationId: org, status: "PUBLISHED" } })).id;
  });

  beforeEach(async () => {
    await db.prisma.offer.updateMany({ data: { lastConfirmedAt: old, staleHiddenAt: new Date("2026-08-01T00:00:00Z") } });
    await db.prisma.organization.update({ where: { id: org }, data: { lastConfirmedAt: old } });
  });

  it("GET shows what would be confirmed and changes nothing, however often it is opened", async () => {
    const token = await issueFreshnessToken(db.prisma, { offerId: offer });
    for (let i = 0; i < 3; i += 1) {
      const check = await checkFreshnessToken(token);
      expect(check).toMatchObject({
        ok: true,
        target: { kind: "offer", id: offer, name: "Lesecafé", organizationName: "Kulturhaus", hidden: true },
      });
    }
    const row = await db.prisma.offer.findUniqueOrThrow({ where: { id: offer } });
    expect(row.lastConfirmedAt).toEqual(old);
    expect(row.staleHiddenAt).not.toBeNull();
    expect((await db.prisma.freshnessToken.findFirstOrThrow({ where: { offerId: offer } })).usedAt).toBeNull();
  });

  it("POST confirms only that offer, shows it again at once, and the link then counts as used", async () => {
    const token = await issueFreshnessToken(db.prisma, { offerId: offer });
    expect(await db.prisma.offer.count({ where: { id: offer, ...publishedOffersWhere() } })).toBe(0);
    const result = await post(token);
    expect(result).toMatchObject({ ok: true, data: { name: "Lesecafé" } });
    const row = await db.prisma.offer.findUniqueOrThrow({ where: { id: offer } });
    expect(row.lastConfirmedAt!.getTime()).toBeGreaterThan(old.getTime());
    expect(row.staleHiddenAt).toBeNull();
    expect(await db.prisma.offer.count({ where: { id: offer, ...publishedOffersWhere() } })).toBe(1);
    // Nothing else changed: the other offer and the organisation keep their dates.
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: other } })).lastConfirmedAt).toEqual(old);
    expect((await db.prisma.organization.findUniqueOrThrow({ where: { id: org } })).lastConfirmedAt).toEqual(old);
    expect(await db.prisma.auditLog.count({ where: { action: "offer.confirmByLink", entityId: String(offer), actorId: null } })).toBe(1);

    expect(await post(token)).toMatchObject({
      ok: false,
      message: "Dieser Link wurde schon benutzt. Die Bestätigung ist gespeichert, Sie müssen nichts mehr tun.",
    });
    expect(await checkFreshnessToken(token)).toEqual({ ok: false, problem: "used" });
  });

  it("confirms an organisation profile through its own link", async () => {
    const token = await issueFreshnessToken(db.prisma, { organizationId: org });
    expect(await checkFreshnessToken(token)).toMatchObject({ ok: true, target: { kind: "organization", name: "Kulturhaus" } });
    expect((await post(token)).ok).toBe(true);
    expect((await db.prisma.organization.findUniqueOrThrow({ where: { id: org } })).lastConfirmedAt!.getTime()).toBeGreaterThan(
      old.getTime(),
    );
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: offer } })).staleHiddenAt).not.toBeNull();
  });

  it("pressing the button twice at once confirms once", async () => {
    const token = await issueFreshnessToken(db.prisma, { offerId: offer });
    const results = await Promise.all([confirmWithToken(token), confirmWithToken(token), confirmWithToken(token)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, problem: "used" },
      { ok: false, problem: "used" },
    ]);
    expect(await db.prisma.auditLog.count({ where: { action: "offer.confirmByLink", entityId: String(offer) } })).toBeGreaterThanOrEqual(1);
  });

  it("refuses an expired link (30 days) with a translated message and changes nothing", async () => {
    const issuedAt = new Date(Date.now() - FRESHNESS_TOKEN_LIFETIME_MS - 1000);
    const token = await issueFreshnessToken(db.prisma, { offerId: offer }, issuedAt);
    expect(await checkFreshnessToken(token, new Date(issuedAt.getTime() + FRESHNESS_TOKEN_LIFETIME_MS - 1000))).toMatchObject({ ok: true });
    expect(await checkFreshnessToken(token)).toEqual({ ok: false, problem: "expired" });
    expect(await post(token)).toMatchObject({ ok: false, message: expect.stringContaining("abgelaufen") });
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: offer } })).lastConfirmedAt).toEqual(old);
  });

  it.each([
    ["a tampered token", (t: string) => `${t.slice(0, -1)}${t.endsWith("A") ? "B" : "A"}`, "unknown"],
    ["a cut token", (t: string) => t.slice(0, 20), "malformed"],
    ["an empty token", () => "", "malformed"],
    ["hostile input", () => `<script>alert(1)</script>' OR 1=1 --`, "malformed"],
    ["a huge token", () => "A".repeat(100_000), "malformed"],
  ])("refuses %s with a clear message and changes nothing", async (_label, mangle, problem) => {
    const token = await issueFreshnessToken(db.prisma, { offerId: offer });
    const bad = mangle(token);
    expect(await checkFreshnessToken(bad)).toEqual({ ok: false, problem });
    const result = await post(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).not.toMatch(/Freshness\.|error|undefined/i);
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: offer } })).lastConfirmedAt).toEqual(old);
  });

  it("a link of a deleted offer is unknown", async () => {
    const gone = (
      await db.prisma.offer.create({ data: { slug: "weg", title: "Weg", organizationId: org, status: "PUBLISHED", deletedAt: new Date() } })
    ).id;
    const token = await issueFreshnessToken(db.prisma, { offerId: gone });
    expect(await checkFreshnessToken(token)).toEqual({ ok: false, problem: "unknown" });
    expect((await post(token)).ok).toBe(false);
  });
});
