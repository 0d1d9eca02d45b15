import type { Browser } from "@playwright/test";
import type { PrismaClient } from "../generated/prisma/client";
import { clickWhenHydrated, deText, DEMO_LOGINS, DEMO_PASSWORD, expect, test, waitForHydration } from "./fixtures";
import {
  approveOrganizationAsEditor,
  fillNewPermanentOffer,
  fillProfile,
  logIn,
  newPage,
  optional,
  registerProvider,
  someCategoryName,
  type RegisteredProvider,
} from "./flows";
import { waitForMail } from "./mail";

// Issue 5, "Done when": both approval modes end to end. An admin switches the portal setting in
// /de/redaktion/einstellungen; with approval on, a new provider's offer waits for the editors
// (rejected with a reason the provider sees, resubmitted, approved), and an edit of the published
// offer stays invisible until the editor approves the revision; with approval off, the provider
// publishes directly and the editors find the offer among the recently published ones.
//
// The setting is portal-wide and every provider's save reads it, so this file runs in its own
// Playwright project after all others (playwright.config.ts) and restores the setting at the end.

test.describe.configure({ mode: "serial", timeout: 240_000 });

const run = Date.now().toString(36);
const EDITOR = { email: DEMO_LOGINS.editor, password: DEMO_PASSWORD };
let provider: RegisteredProvider | undefined;
let initialApproval = false;

test.beforeAll(async ({ db }) => {
  initialApproval =
    (await db.settings.findUnique({ where: { id: 1 }, select: { requireOfferApproval: true } }))?.requireOfferApproval ?? false;
});

test.afterAll(async ({ db }) => {
  await db.settings.update({ where: { id: 1 }, data: { requireOfferApproval: initialApproval } });
});

/** An admin switches "Angebote müssen von der Redaktion freigegeben werden" on the settings page. */
async function setApprovalMode(browser: Browser, db: PrismaClient, on: boolean): Promise<void> {
  const admin = await newPage(browser);
  await logIn(admin, DEMO_LOGINS.admin, DEMO_PASSWORD);
  await admin.goto("/de/redaktion/einstellungen");
  await expect(admin.getByRole("heading", { level: 1, name: deText("PortalSettings.title") })).toBeVisible();
  const checkbox = admin.getByRole("checkbox", { name: deText("PortalSettings.requireOfferApproval") });
  await waitForHydration(checkbox);
  await checkbox.setChecked(on);
  await clickWhenHydrated(admin.getByRole("button", { name: deText("PortalSettings.save"), exact: true }));
  await expect(admin.getByRole("status").getByText(deText("PortalSettings.saved"))).toBeVisible();
  await admin.context().close();
  expect((await db.settings.findUniqueOrThrow({ where: { id: 1 }, select: { requireOfferApproval: true } })).requireOfferApproval).toBe(on);
}

async function offerState(db: PrismaClient, id: number) {
  return db.offer.findUniqueOrThrow({ where: { id }, select: { title: true, slug: true, status: true, statusReason: true } });
}

test("approval on: submit → reject with reason → resubmit → approve; an edit stays hidden until its revision is approved", async ({
  page,
  browser,
  db,
}) => {
  await setApprovalMode(browser, db, true);

  // ── A new provider registers, verifies by mail and is approved by an editor ──
  provider = await registerProvider(page, db, {
    orgName: `Lesecafé Lindenhof ${run} e.V.`,
    email: `lesecafe-${run}@example.org`,
    personName: "Mara Lindqvist",
  });
  await fillProfile(page, db, provider.organizationId);
  await approveOrganizationAsEditor(browser, db, provider, { editor: EDITOR });

  // ── The provider submits an offer: it waits for review and is not public ──
  const oldTitle = `Vorlesestunde Lindenhof ${run}`;
  const newTitle = `Vorlesestunde am Lindenplatz ${run}`;
  await fillNewPermanentOffer(page, {
    title: oldTitle,
    summary: "Jeden Nachmittag Geschichten für Kinder ab 4 Jahren.",
    category: await someCategoryName(db),
  });
  await expect(page.getByText(deText("OfferForm.actions.approvalHint"))).toBeVisible();
  await expect(page.getByRole("button", { name: deText("OfferForm.actions.publish"), exact: true })).toHaveCount(0);
  await clickWhenHydrated(page.getByRole("button", { name: deText("OfferForm.actions.submit"), exact: true }));
  await expect(page.getByText(deText("OfferForm.notice.submitted"))).toBeVisible();
  await expect(page).toHaveURL(/\/de\/konto\/angebote\/\d+(\?.*)?$/);
  const offerId = Number(new URL(page.url()).pathname.split("/").pop());
  let offer = await offerState(db, offerId);
  expect(offer).toMatchObject({ title: oldTitle, status: "PENDING_REVIEW" });

  await page.goto(`/de/angebote?q=${encodeURIComponent(run)}`);
  await expect(page.getByRole("heading", { name: oldTitle })).toHaveCount(0);
  expect((await page.goto(`/de/angebote/${offer.slug}`))?.status()).toBe(404);

  // ── An editor rejects it with a reason ──
  const reason = `Bitte nennen Sie die Uhrzeiten und das Alter der Kinder (${run}).`;
  const editor = await newPage(browser);
  await logIn(editor, EDITOR.email, EDITOR.password);
  await editor.goto(`/de/redaktion/angebote/${offerId}`);
  await expect(editor.getByRole("heading", { level: 1, name: oldTitle })).toBeVisible();
  const reasonField = editor.getByLabel(deText("Editorial.decision.reasonLabel"), { exact: true });
  await waitForHydration(reasonField);
  await reasonField.fill(reason);
  await clickWhenHydrated(editor.getByRole("button", { name: deText("Editorial.decision.reject"), exact: true }));
  // A rejected offer allows no further decision, so the page shows the reason instead of the form.
  await expect(editor.getByText(deText("Editorial.offers.reason", { reason }))).toBeVisible();
  await expect.poll(() => offerState(db, offerId)).toMatchObject({ status: "REJECTED", statusReason: reason });

  // ── The provider sees the reason: in the mail, the offer list and the form ──
  const rejection = await waitForMail(provider.email, new RegExp(`nicht freigegeben[\\s\\S]*${run}`));
  expect(rejection.text).toContain(reason);
  await page.goto("/de/konto/angebote");
  await expect(page.getByText(deText("OfferList.reason", { reason }))).toBeVisible();
  await page.goto(`/de/konto/angebote/${offerId}`);
  await expect(page.getByText(deText("OfferForm.statusReason", { reason }))).toBeVisible();

  // ── … fixes the offer and submits it again ──
  const summary = page.getByLabel(optional("OfferForm.basics.summary"), { exact: true });
  await waitForHydration(summary);
  await summary.fill("Jeden Nachmittag von 15 bis 16 Uhr Geschichten für Kinder von 4 bis 8 Jahren.");
  await clickWhenHydrated(page.getByRole("button", { name: deText("OfferForm.actions.submit"), exact: true }));
  await expect(page.getByRole("status").getByText(deText("OfferForm.notice.submitted"))).toBeVisible();
  expect(await offerState(db, offerId)).toMatchObject({ status: "PENDING_REVIEW", statusReason: null });

  // ── The editor approves: the offer is public in search and on its page ──
  await editor.goto(`/de/redaktion/angebote/${offerId}`);
  await clickWhenHydrated(editor.getByRole("button", { name: deText("Editorial.decision.approve"), exact: true }));
  await expect(
    editor.getByText(deText("Editorial.offers.status", { status: deText("Editorial.offerStatus.PUBLISHED") }), { exact: true }),
  ).toBeVisible();
  await expect.poll(async () => (offer = await offerState(db, offerId)).status).toBe("PUBLISHED");
  // "… hat Ihr Angebot „<title>“ freigegeben" (the rejection said "nicht freigegeben" after the quote).
  await waitForMail(provider.email, new RegExp(`${run}. freigegeben`));

  await page.goto(`/de/angebote?q=${encodeURIComponent(run)}`);
  await expect(page.getByRole("heading", { name: oldTitle })).toBeVisible();
  await page.goto(`/de/angebote/${offer.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: oldTitle })).toBeVisible();

  // ── The provider renames the published offer: the change waits, the public keeps the old title ──
  await page.goto(`/de/konto/angebote/${offerId}`);
  const title = page.getByLabel(deText("OfferForm.basics.title"), { exact: true });
  await waitForHydration(title);
  await title.fill(newTitle);
  await clickWhenHydrated(page.getByRole("button", { name: deText("OfferForm.actions.submitChanges"), exact: true }));
  await expect(page.getByRole("status").getByText(deText("OfferForm.notice.revision"))).toBeVisible();
  expect(await offerState(db, offerId)).toMatchObject({ title: oldTitle, status: "PUBLISHED" });

  await page.goto(`/de/angebote/${offer.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: oldTitle })).toBeVisible();
  await expect(page.getByText(newTitle)).toHaveCount(0);
  await page.goto(`/de/angebote?q=${encodeURIComponent(run)}`);
  await expect(page.getByRole("heading", { name: oldTitle })).toBeVisible();
  await expect(page.getByRole("heading", { name: newTitle })).toHaveCount(0);

  // ── The editor sees the field-by-field diff and approves the revision: the public sees the new title ──
  await editor.goto(`/de/redaktion/angebote/${offerId}`);
  const diff = editor.getByRole("table", { name: deText("Editorial.offers.diffCaption") });
  const titleRow = diff.getByRole("row").filter({ hasText: newTitle });
  await expect(titleRow).toContainText(oldTitle);
  await clickWhenHydrated(editor.getByRole("button", { name: deText("Editorial.offers.approveRevision"), exact: true }));
  // The decided revision's section (and its form) leaves the page.
  await expect(editor.getByRole("heading", { level: 2, name: deText("Editorial.offers.sectionRevision") })).toHaveCount(0);
  await editor.context().close();
  await expect.poll(() => offerState(db, offerId)).toMatchObject({ title: newTitle, status: "PUBLISHED", slug: offer.slug });

  await page.goto(`/de/angebote/${offer.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: newTitle })).toBeVisible();
  await page.goto(`/de/angebote?q=${encodeURIComponent(run)}`);
  await expect(page.getByRole("heading", { name: newTitle })).toBeVisible();
  await expect(page.getByRole("heading", { name: oldTitle })).toHaveCount(0);
});

test("approval off: the provider publishes directly; the editors find it among the recently published offers", async ({
  page,
  browser,
  db,
}) => {
  if (!provider) throw new Error("runs after the approval-on test, which registers the provider");
  await setApprovalMode(browser, db, false);

  const title = `Spielenachmittag Lindenhof ${run}`;
  await logIn(page, provider.email);
  await fillNewPermanentOffer(page, {
    title,
    summary: "Brettspiele für alle Generationen, jeden Samstag.",
    category: await someCategoryName(db),
  });
  await expect(page.getByText(deText("OfferForm.actions.approvalHint"))).toHaveCount(0);
  await clickWhenHydrated(page.getByRole("button", { name: deText("OfferForm.actions.publish"), exact: true }));
  await expect(page.getByText(deText("OfferForm.notice.published"))).toBeVisible();
  await expect(page).toHaveURL(/\/de\/konto\/angebote\/\d+(\?.*)?$/);
  const offer = await db.offer.findFirstOrThrow({ where: { title }, select: { id: true, slug: true, status: true } });
  expect(offer.status).toBe("PUBLISHED");

  // Public at once.
  await page.goto(`/de/angebote/${offer.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // The editors see it in "recently published" and can open it from there.
  const editor = await newPage(browser);
  await logIn(editor, EDITOR.email, EDITOR.password);
  await editor.goto("/de/redaktion/veroeffentlicht");
  const link = editor.getByRole("link", { name: title, exact: true });
  await expect(link).toBeVisible();
  await link.click();
  await expect(editor).toHaveURL(new RegExp(`/de/redaktion/angebote/${offer.id}$`));
  await expect(editor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await editor.context().close();
});
