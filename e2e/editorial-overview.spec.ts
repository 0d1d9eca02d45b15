import { deText, DEMO_LOGINS, DEMO_PASSWORD, expect, test } from "./fixtures";
import { logIn } from "./flows";

// Issue 5: the editors' overviews — the editor pages in the account navigation, the blocked list,
// the filterable audit log (a GET form that works without JavaScript) and its paging; at 360 px too.
// Issue 18: one navigation (not an account menu and an editor menu stacked), folded at 360 px.

test.describe("editors' overviews", () => {
  test("navigation, blocked list and the filtered, paged audit log", async ({ page, db }) => {
    await logIn(page, DEMO_LOGINS.editor, DEMO_PASSWORD);
    await page.goto("/de/redaktion");
    const nav = page.getByRole("navigation", { name: deText("AccountNav.label"), exact: true });
    await expect(nav.getByRole("link", { name: deText("EditorialOverview.nav.label"), exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    // One navigation in the page's content, one "Übersicht" in it, and no "join an organisation" for editors.
    await expect(page.getByRole("main").getByRole("navigation")).toHaveCount(1);
    await expect(nav.getByRole("link", { name: deText("AccountNav.dashboard"), exact: true })).toHaveCount(1);
    await expect(nav.getByRole("link", { name: deText("AccountNav.join"), exact: true })).toHaveCount(0);
    // Detail pages are titled after their item, and the review shows the content before the decision.
    const offer = await db.offer.findFirstOrThrow({
      where: { deletedAt: null },
      select: { id: true, title: true },
      orderBy: { id: "asc" },
    });
    await page.goto(`/de/redaktion/angebote/${offer.id}`);
    await expect(page).toHaveTitle(new RegExp(`^${offer.title.replace(/[.*+?^$()|[\]\\{}]/g, "\\$&")} – `));
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(headings).toContain(deText("Editorial.offers.sectionData"));
    expect(headings.indexOf(deText("Editorial.offers.sectionData"))).toBeLessThan(
      headings.indexOf(deText("Editorial.offers.sectionDecision")),
    );
    await page.goto("/de/redaktion");
    // Editors read the portal settings (admins change them: e2e/portal-settings.spec.ts).
    await expect(nav.getByRole("link", { name: deText("AreaMenu.portalSettings"), exact: true })).toHaveCount(1);

    await nav.getByRole("link", { name: deText("EditorialOverview.nav.blocked"), exact: true }).click();
    await expect(page).toHaveURL(/\/de\/redaktion\/gesperrt$/);
    await expect(page.getByRole("heading", { level: 1, name: deText("EditorialOverview.blocked.title") })).toBeVisible();
    const blockedOffer = await db.offer.findFirst({
      where: { status: "BLOCKED", deletedAt: null, organization: { deletedAt: null } },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      select: { title: true },
    });
    if (blockedOffer) await expect(page.getByRole("link", { name: blockedOffer.title, exact: true }).first()).toBeVisible();

    await page
      .getByRole("navigation", { name: deText("AccountNav.label"), exact: true })
      .getByRole("link", { name: deText("EditorialOverview.nav.audit"), exact: true })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: deText("EditorialOverview.audit.title") })).toBeVisible();
    const form = page.getByRole("search", { name: deText("EditorialOverview.audit.filterLabel") });
    await form.getByLabel(deText("EditorialOverview.audit.entityType")).selectOption("organization");
    await form.getByLabel(deText("EditorialOverview.audit.actor")).fill("redaktion@musterstadt");
    await form.getByRole("button", { name: deText("EditorialOverview.apply"), exact: true }).click();
    await expect(page).toHaveURL(/entityType=organization/);
    await expect(page).toHaveURL(/actor=redaktion%40musterstadt/);
    const expected = await db.auditLog.count({
      where: { entityType: { in: ["organization", "Organization"] }, actor: { email: { contains: "redaktion@musterstadt" } } },
    });
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: deText("EditorialOverview.audit.resultCount", { total: expected }).replace(/\u00a0/g, " ") })
        .first(),
    ).toBeVisible();

    // Paging keeps the filters.
    if (expected > 20) {
      await page.getByRole("link", { name: deText("EditorialOverview.paging.next"), exact: true }).click();
      await expect(page).toHaveURL(/page=2/);
      await expect(page).toHaveURL(/entityType=organization/);
      await expect(
        page.getByText(deText("EditorialOverview.paging.pageOf", { page: 2, pageCount: Math.ceil(expected / 20) })),
      ).toBeVisible();
    }

    // Hand-made bad filters: a clear note, the unfiltered log, no error page.
    const response = await page.goto("/de/redaktion/protokoll?from=gestern&entityId=1%20OR%201%3D1&page=-3");
    expect(response?.status()).toBe(200);
    const note = page.getByRole("alert").filter({ hasText: deText("EditorialOverview.audit.filterName.entityId") });
    await expect(note).toBeVisible();
    await expect(note).toContainText(deText("EditorialOverview.audit.filterName.from"));
  });

  test("admins see the settings link; the navigation folds into a menu at 360 px", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await logIn(page, DEMO_LOGINS.admin, DEMO_PASSWORD);
    await page.goto("/de/redaktion/veroeffentlicht");
    // Folded, the menu leaves the heading near the top of the screen.
    const heading = page.getByRole("heading", { level: 1 });
    expect((await heading.boundingBox())?.y ?? Infinity).toBeLessThan(260);
    const nav = page.getByRole("navigation", { name: deText("AccountNav.label"), exact: true });
    await expect(nav.getByRole("link", { name: deText("EditorialOverview.nav.published"), exact: true })).toBeHidden();
    await nav.getByText(deText("AreaMenu.toggle"), { exact: true }).click();
    await expect(nav.getByRole("link", { name: deText("EditorialOverview.nav.published"), exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(nav.getByRole("link", { name: deText("AreaMenu.portalSettings"), exact: true })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
