import type { Page } from "@playwright/test";
import { reindexOffer } from "../features/search/fts";
import { clickWhenHydrated, deText, DEMO_LOGINS, DEMO_PASSWORD, expect, test } from "./fixtures";
import { logIn, newPage } from "./flows";

// Issue 5, "Done when": blocking and restoring. An editor blocks a published offer with a reason —
// it leaves the public search and its page answers 404, the provider sees the reason — and
// unblocks it; then deletes it and restores it from the trash, and it is public again.

test.describe.configure({ mode: "serial", timeout: 240_000 });

const run = Date.now().toString(36);
const title = `Kletterwand Probetraining ${run}`;
let offer: { id: number; slug: string } | undefined;

test.beforeAll(async ({ db }) => {
  // Seeded through Prisma: an offer of its own, so no other spec sees it change.
  const organization = await db.organization.findFirstOrThrow({
    where: { status: "APPROVED", deletedAt: null, memberships: { some: { user: { email: DEMO_LOGINS.providerAdmin } } } },
    select: { id: true },
  });
  const now = new Date();
  offer = await db.offer.create({
    data: {
      slug: `kletterwand-probetraining-${run}`,
      organizationId: organization.id,
      title,
      summary: "Schnuppern an der Kletterwand für Kinder ab 8 Jahren.",
      status: "PUBLISHED",
      publishedAt: now,
      lastConfirmedAt: now,
      scheduleKind: "PERMANENT",
      locationType: "NONE",
      isFree: true,
    },
    select: { id: true, slug: true },
  });
  await reindexOffer(db, offer.id);
});

test.afterAll(async ({ db }) => {
  if (offer) await db.offer.deleteMany({ where: { id: offer.id } });
});

async function expectPublic(visitor: Page, slug: string, visible: boolean): Promise<void> {
  await visitor.goto(`/de/angebote?q=${encodeURIComponent(run)}`);
  await expect(visitor.getByRole("heading", { name: title })).toHaveCount(visible ? 1 : 0);
  expect((await visitor.goto(`/de/angebote/${slug}`))?.status()).toBe(visible ? 200 : 404);
}

test("blocking and restoring", async ({ browser, db }) => {
  const { id, slug } = offer!;
  const reason = `Der Termin ist abgesagt, bitte aktualisieren (${run}).`;
  const visitor = await newPage(browser);
  await expectPublic(visitor, slug, true);

  // ── The editor blocks the published offer with a reason ──
  const editor = await newPage(browser);
  await logIn(editor, DEMO_LOGINS.editor, DEMO_PASSWORD);
  await editor.goto(`/de/redaktion/angebote/${id}`);
  await expect(editor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const decision = editor.locator("section[aria-labelledby=decision]");
  await decision.getByLabel(deText("Editorial.decision.reasonLabel")).fill(reason);
  await clickWhenHydrated(decision.getByRole("button", { name: deText("Editorial.decision.block"), exact: true }));
  await expect(editor.getByText(deText("Editorial.offers.done.block"))).toBeVisible();
  await expect.poll(async () => (await db.offer.findUniqueOrThrow({ where: { id } })).status).toBe("BLOCKED");
  await expectPublic(visitor, slug, false);

  // ── The provider sees the reason in the offer list and in the form ──
  const provider = await newPage(browser);
  await logIn(provider, DEMO_LOGINS.providerAdmin, DEMO_PASSWORD);
  await provider.goto(`/de/konto/angebote?q=${encodeURIComponent(run)}`);
  await expect(provider.getByText(reason).first()).toBeVisible();
  await provider.goto(`/de/konto/angebote/${id}`);
  await expect(provider.getByText(reason).first()).toBeVisible();
  await provider.context().close();

  // ── The editor unblocks it: public again ──
  await editor.goto(`/de/redaktion/angebote/${id}`);
  await clickWhenHydrated(
    editor.locator("section[aria-labelledby=decision]").getByRole("button", { name: deText("Editorial.decision.unblock"), exact: true }),
  );
  await expect(editor.getByText(deText("Editorial.offers.done.unblock"))).toBeVisible();
  await expectPublic(visitor, slug, true);

  // ── The editor deletes it: gone; the trash opens and restores it ──
  await editor.goto(`/de/redaktion/angebote/${id}`);
  const removal = editor.locator("section[aria-labelledby=delete]");
  await expect(removal.getByRole("heading", { name: deText("EditorialAct.delete.offerHeading") })).toBeVisible();
  await clickWhenHydrated(removal.getByRole("button", { name: deText("EditorialAct.delete.offerButton"), exact: true }));
  await expect(editor).toHaveURL(/\/de\/redaktion\/papierkorb$/);
  await expect(editor.getByRole("heading", { level: 1, name: deText("EditorialAct.trash.title") })).toBeVisible();
  expect((await db.offer.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
  await expectPublic(visitor, slug, false);

  await editor.goto("/de/redaktion/papierkorb");
  await expect(editor.getByRole("heading", { level: 3, name: title })).toBeVisible();
  await clickWhenHydrated(editor.getByRole("button", { name: deText("EditorialAct.trash.restoreOffer", { title }) }));
  await expect(editor.getByText(deText("EditorialAct.trash.restoredOffer", { title }))).toBeVisible();
  await expect(editor.getByRole("heading", { level: 3, name: title })).toHaveCount(0);
  expect(await db.offer.findUniqueOrThrow({ where: { id }, select: { status: true, deletedAt: true } })).toEqual({
    status: "PUBLISHED",
    deletedAt: null,
  });
  await expectPublic(visitor, slug, true);

  const actions = await db.auditLog.findMany({
    where: { entityType: "offer", entityId: String(id) },
    orderBy: { id: "asc" },
    select: { action: true },
  });
  expect(actions.map((a) => a.action)).toEqual(["offer.block", "offer.unblock", "offer.delete", "offer.restore"]);
  await editor.context().close();
  await visitor.context().close();
});
