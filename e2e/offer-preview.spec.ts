import { deText, DEMO_LOGINS, DEMO_PASSWORD, expect, test, waitForHydration } from "./fixtures";
import { logIn } from "./flows";

// The live preview of the offer form (issue 18): beside the form on wide screens, updated while
// the provider types; on phones reachable from the sticky save bar in a dialog.

test("the preview beside the form follows the typed title", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "wide-screen layout");
  await logIn(page, DEMO_LOGINS.providerAdmin, DEMO_PASSWORD);
  await page.goto("/de/konto/angebote/neu");
  const title = page.getByLabel(deText("OfferForm.basics.title"), { exact: true });
  await waitForHydration(title);

  const preview = page.getByRole("region", { name: deText("OfferLivePreview.heading") });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole("heading", { level: 3 })).toHaveText(deText("OfferLivePreview.untitled"));
  // Beside the form, not below it.
  const formBox = (await page.locator("form").filter({ has: title }).boundingBox())!;
  const previewBox = (await preview.boundingBox())!;
  expect(previewBox.x).toBeGreaterThanOrEqual(formBox.x + formBox.width);
  expect(previewBox.y).toBeLessThan(formBox.y + 200);

  await title.fill("Nähcafé am Lindenhof");
  const shown = preview.getByRole("heading", { name: "Nähcafé am Lindenhof" });
  await expect(shown).toBeVisible();
  await expect(shown).toHaveAttribute("lang", "de");
  await page.getByLabel(deText("OfferForm.costs.isFree")).check();
  await expect(preview).toContainText(deText("OfferDetail.free"));
  // The phone button is not shown next to the side column.
  await expect(page.getByRole("button", { name: deText("OfferLivePreview.open"), exact: true })).toBeHidden();
});

test("the preview is reachable from the save bar on phones @mobile", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "mobile", "phone layout");
  await logIn(page, DEMO_LOGINS.providerAdmin, DEMO_PASSWORD);
  await page.goto("/de/konto/angebote/neu");
  const title = page.getByLabel(deText("OfferForm.basics.title"), { exact: true });
  await waitForHydration(title);
  await title.fill("Hausaufgabenhilfe Nord");
  await expect(page.getByRole("region", { name: deText("OfferLivePreview.heading") })).toBeHidden();

  const open = page.getByTestId("offer-save-bar").getByRole("button", { name: deText("OfferLivePreview.open"), exact: true });
  await expect(open).toBeVisible();
  await open.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: deText("OfferLivePreview.dialogTitle") });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("heading", { name: "Hausaufgabenhilfe Nord" })).toBeVisible();
  await expect(dialog.getByRole("button", { name: deText("OfferLivePreview.close") })).toBeFocused();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);

  // Escape closes it and gives the focus back to the button.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});
