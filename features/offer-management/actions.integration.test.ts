import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/features/accounts/types";
import { useTestDatabase } from "@/test/helpers/db";
import { createFixture, createOffer, type Fixture } from "./test-fixtures";

// The server actions end to end, with only the request context replaced: the session lookup,
// Next's cache and next-intl's request-bound translator (real German messages).
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/features/accounts/session", async () => (await import("@/test/helpers/action-context")).actionSessionModule(session));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("@/test/helpers/action-context")).germanTranslationsModule());

const { offerListAction, deleteOffer } = await import("./actions");
const { revalidatePath } = await import("next/cache");

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("offer list server actions", () => {
  const db = useTestDatabase();
  let fx: Fixture;

  beforeAll(async () => {
    fx = await createFixture(db.prisma);
  });
  beforeEach(() => {
    session.user = null;
    vi.mocked(revalidatePath).mockClear();
  });

  it("duplicates and answers with a translated message", async () => {
    const id = await createOffer(db.prisma, fx.orgA, { title: "Lesepaten" });
    session.user = fx.users.memberA;
    const result = await offerListAction(null, form([["intent", `duplicate:${id}`]]));
    expect(result).toMatchObject({ ok: true, message: "„Kopie von Lesepaten“ wurde als Entwurf angelegt." });
    expect(revalidatePath).toHaveBeenCalled();
    expect(await db.prisma.offer.count({ where: { title: "Kopie von Lesepaten", status: "DRAFT" } })).toBe(1);
  });

  it("confirms the ticked offers", async () => {
    const a = await createOffer(db.prisma, fx.orgA, { title: "Chor A" });
    const b = await createOffer(db.prisma, fx.orgA, { title: "Chor B" });
    session.user = fx.users.adminA;
    const result = await offerListAction(
      null,
      form([
        ["intent", "confirm-selected"],
        ["offerIds", String(a)],
        ["offerIds", String(b)],
      ]),
    );
    expect(result).toMatchObject({ ok: true, message: "2 Angebote sind als noch aktuell bestätigt." });
    const none = await offerListAction(null, form([["intent", "confirm-selected"]]));
    expect(none).toMatchObject({ ok: false, message: "Bitte wählen Sie mindestens ein Angebot aus." });
  });

  it("refuses anonymous visitors", async () => {
    const id = await createOffer(db.prisma, fx.orgA, { title: "Anonym A" });
    for (const intent of ["duplicate", "deactivate", "reactivate", "delete", "confirm"]) {
      const result = await offerListAction(null, form([["intent", `${intent}:${id}`]]));
      expect(result).toMatchObject({ ok: false, message: "Bitte melden Sie sich an." });
    }
    expect(await db.prisma.offer.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PUBLISHED",
      deletedAt: null,
      lastConfirmedAt: null,
    });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("refuses another organisation's member without revealing the offer", async () => {
    const id = await createOffer(db.prisma, fx.orgA, { title: "Geheimprojekt A" });
    const archived = await createOffer(db.prisma, fx.orgA, { title: "Geheimarchiv A", status: "ARCHIVED" });
    session.user = fx.users.adminB;
    const before = await db.prisma.offer.count();
    for (const command of [`duplicate:${id}`, `deactivate:${id}`, `reactivate:${archived}`, `delete:${id}`, `confirm:${id}`]) {
      const result = await offerListAction(null, form([["intent", command]]));
      expect(result).toMatchObject({ ok: false, message: "Der Eintrag wurde nicht gefunden." });
      expect(JSON.stringify(result)).not.toContain("Geheim");
    }
    const single = await deleteOffer(id);
    expect(single).toMatchObject({ ok: false });
    expect(await db.prisma.offer.count()).toBe(before);
    expect(await db.prisma.offer.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PUBLISHED",
      deletedAt: null,
      lastConfirmedAt: null,
    });
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: archived } })).status).toBe("ARCHIVED");
  });

  it("answers malformed submissions with a message, never a crash", async () => {
    session.user = fx.users.memberA;
    for (const entries of [
      [],
      [["intent", "explode:1"]],
      [["intent", "delete:abc"]],
      [["intent", `delete:${"9".repeat(10_000)}`]],
      [["intent", "<script>"]],
    ] as [string, string][][]) {
      const result = await offerListAction(null, form(entries));
      expect(result?.ok).toBe(false);
      expect(result && !result.ok && result.message).toBeTruthy();
    }
  });
});
