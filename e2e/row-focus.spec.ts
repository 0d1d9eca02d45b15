import type { Page } from "@playwright/test";
import { deText, DEMO_LOGINS, DEMO_PASSWORD, expect, test, waitForHydration } from "./fixtures";
import { logIn } from "./flows";

// Row editors with the keyboard only: adding a row focuses its first field, removing one focuses a
// neighbour (never the body, never the next remove button — so Enter twice does not delete two
// rows), and a live region says what happened. Issue 18.

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");
/** The remove button of the row holding the field `fieldId` (Tab would walk through the segments of time and date inputs first). */
const removeButtonOf = (page: Page, fieldId: string) =>
  page
    .locator("li")
    .filter({ has: page.locator(`#${fieldId}`) })
    .getByRole("button");
const rowAdded = (number: number) => deText("ListEditor.rowAdded", { number });
const rowRemoved = (count: number) => deText("ListEditor.rowRemoved", { count });

test("schedule windows and exception days of the offer form @mobile", async ({ page }) => {
  await logIn(page, DEMO_LOGINS.providerAdmin, DEMO_PASSWORD);
  await page.goto("/de/konto/angebote/neu");
  await waitForHydration(page.getByLabel(deText("OfferForm.basics.title"), { exact: true }));
  await page.getByLabel(deText("OfferForm.schedule.kindWEEKLY")).check();
  const rows = page.locator('[id^="offer-schedule-windows-"][id$="-weekday"]');
  await expect(rows).toHaveCount(1);

  const add = page.getByRole("button", { name: deText("OfferForm.schedule.addWindow"), exact: true });
  await add.focus();
  await page.keyboard.press("Enter");
  await expect(rows).toHaveCount(2);
  await expect.poll(() => focusedId(page)).toBe("offer-schedule-windows-1-weekday");
  await expect(page.getByRole("status").filter({ hasText: rowAdded(2) })).toBeAttached();

  // Enter on the new row's remove button removes it, focus lands on the remaining row's first
  // field, and a second Enter deletes nothing.
  await removeButtonOf(page, "offer-schedule-windows-1-weekday").focus();
  await page.keyboard.press("Enter");
  await expect(rows).toHaveCount(1);
  await expect.poll(() => focusedId(page)).toBe("offer-schedule-windows-0-weekday");
  await expect(page.getByRole("status").filter({ hasText: rowRemoved(1) })).toBeAttached();
  await page.keyboard.press("Enter");
  await expect(rows).toHaveCount(1);

  // Removing the last row leaves focus on the add button.
  await removeButtonOf(page, "offer-schedule-windows-0-weekday").focus();
  await page.keyboard.press("Enter");
  await expect(rows).toHaveCount(0);
  await expect.poll(() => focusedId(page)).toBe("offer-schedule-windows-add");

  // Exception days: add two, remove the first — focus goes to the one that moved up.
  const addException = page.getByRole("button", { name: deText("OfferForm.schedule.addException"), exact: true });
  await addException.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => focusedId(page)).toBe("offer-schedule-exceptions-0");
  await addException.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => focusedId(page)).toBe("offer-schedule-exceptions-1");
  await removeButtonOf(page, "offer-schedule-exceptions-0").focus();
  await page.keyboard.press("Enter");
  await expect(page.locator('[id^="offer-schedule-exceptions-"][type="date"]')).toHaveCount(1);
  await expect.poll(() => focusedId(page)).toBe("offer-schedule-exceptions-0");
});

test("opening hours of the provider profile @mobile", async ({ page }) => {
  await logIn(page, DEMO_LOGINS.providerAdmin, DEMO_PASSWORD);
  await page.goto("/de/konto/profil");
  const monday = page.getByRole("group", { name: deText("ProfileForm.weekday1"), exact: true });
  const add = monday.getByRole("button", { name: new RegExp(`^${deText("ProfileForm.addWindow")}`) });
  await waitForHydration(add);
  const windows = monday.locator('input[type="time"][id$="-start"]');
  const before = await windows.count();

  await add.focus();
  await page.keyboard.press("Enter");
  await expect(windows).toHaveCount(before + 1);
  const newStart = await windows.last().getAttribute("id");
  await expect.poll(() => focusedId(page)).toBe(newStart);
  await expect(page.getByRole("status").filter({ hasText: rowAdded(before + 1) })).toBeAttached();

  // Its remove button: the visible text is part of the accessible name (label in name).
  const remove = monday.getByRole("group").last().getByRole("button");
  await expect(remove).toHaveAccessibleName(new RegExp(`^${deText("ProfileForm.removeWindow")}`));
  await remove.focus();
  await page.keyboard.press("Enter");
  await expect(windows).toHaveCount(before);
  const expected = before === 0 ? "profile-openingHours-add-1" : await windows.nth(before - 1).getAttribute("id");
  await expect.poll(() => focusedId(page)).toBe(expected);
});

test("the offer form's save bar stays on screen while the form scrolls @mobile", async ({ page, db }) => {
  await logIn(page, DEMO_LOGINS.providerAdmin, DEMO_PASSWORD);
  const offer = await db.offer.findFirstOrThrow({
    where: { deletedAt: null, organization: { memberships: { some: { user: { email: DEMO_LOGINS.providerAdmin } } } } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  await page.goto(`/de/konto/angebote/${offer.id}`);
  const bar = page.getByTestId("offer-save-bar");
  const viewport = page.viewportSize() ?? { width: 360, height: 740 };
  for (const section of ["#offer-basics-title", "#offer-who-title"]) {
    await page.locator(section).scrollIntoViewIfNeeded();
    const box = await bar.boundingBox();
    expect(box, section).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height + 1);
    expect(box!.y).toBeGreaterThan(viewport.height / 2);
  }
  await expect(bar.getByRole("link", { name: deText("OfferForm.previewLink"), exact: true })).toBeVisible();
});
