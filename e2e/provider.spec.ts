import { clickWhenHydrated, deText, DEMO_LOGINS, DEMO_PASSWORD, expect, test, waitForHydration } from "./fixtures";
import { approveOrganizationAsEditor, fillProfile, newPage, optional, PROVIDER_PASSWORD, registerProvider } from "./flows";
import { linkIn, waitForMail } from "./mail";

// Issue 4, end to end: a new provider registers, verifies through the mail received over SMTP,
// fills the profile, creates a weekly offer with an exception date and a one-off event, invites a
// colleague who accepts and edits an offer, and — after an editor approves the organisation in the
// editor area — both offers appear in the public search.

// Depends on the portal's default "offers need no approval" (publishing is direct): the approval
// mode is switched only by e2e/editorial-approval.spec.ts, which runs after this project (see
// playwright.config.ts).

const PASSWORD = PROVIDER_PASSWORD;

/** The first date on or after `date` that falls on the ISO weekday (1 = Monday). */
function nextWeekday(date: string, weekday: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  const current = ((day.getUTCDay() + 6) % 7) + 1;
  day.setUTCDate(day.getUTCDate() + ((weekday - current + 7) % 7));
  return day.toISOString().slice(0, 10);
}

test.describe("a provider keeps their own data", () => {
  test.describe.configure({ timeout: 240_000 });

  test("register → verify → profile → offers → colleague → approval → public search", async ({ page, browser, db }) => {
    const run = Date.now().toString(36);
    const orgName = `Nachbarschaftshilfe Lindenhof ${run} e.V.`;
    const email = `lindenhof-${run}@example.org`;
    const colleagueEmail = `kollegin-${run}@example.org`;
    const weeklyTitle = `Hausaufgabenhilfe Lindenhof ${run}`;
    const eventTitle = `Sommerfest Lindenhof ${run}`;

    // ── Registration, verification through the mail received over SMTP ──
    const provider = await registerProvider(page, db, { orgName, email, personName: "Jana Lindner" });
    const organization = { id: provider.organizationId };
    await expect(page.getByText(deText("Dashboard.status.PENDING.title"), { exact: true })).toBeVisible();

    // ── Profile ──
    await fillProfile(page, db, organization.id);

    // ── A weekly offer with an exception date ──
    const category = await db.category.findFirstOrThrow({
      where: { parentId: { not: null } },
      orderBy: [{ parentId: "asc" }, { position: "asc" }],
      select: { name: true },
    });
    const today = new Date();
    const inDays = (days: number) => new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
    const weeklyStart = inDays(1);
    const exceptionDay = nextWeekday(inDays(8), 2); // a Tuesday at least a week ahead
    const eventDay = inDays(20);

    await page.goto("/de/konto/angebote/neu");
    await waitForHydration(page.getByLabel(deText("OfferForm.basics.title"), { exact: true }));
    await expect(page.getByRole("heading", { level: 1, name: deText("OfferForm.titleNew") })).toBeVisible();
    await page.getByLabel(deText("OfferForm.basics.title"), { exact: true }).fill(weeklyTitle);
    await page
      .getByLabel(optional("OfferForm.basics.summary"), { exact: true })
      .fill("Jeden Dienstag Hilfe bei den Hausaufgaben, mit Tee und Keksen.");
    await page.getByRole("checkbox", { name: category.name, exact: true }).check();
    await page.getByLabel(deText("OfferForm.schedule.kindWEEKLY")).check();
    await page.getByLabel(deText("OfferForm.schedule.weekday"), { exact: true }).selectOption({ label: "Dienstag" });
    await page.getByLabel(deText("OfferForm.schedule.from"), { exact: true }).fill("16:00");
    await page.getByLabel(deText("OfferForm.schedule.until"), { exact: true }).fill("17:30");
    await page.getByLabel(deText("OfferForm.schedule.startDate")).fill(weeklyStart);
    await page.getByRole("button", { name: deText("OfferForm.schedule.addException") }).click();
    await page.getByLabel(deText("OfferForm.schedule.exceptionDate")).fill(exceptionDay);
    // The live summary reads the schedule in plain language while the user types.
    await expect(page.getByText(/jeden Dienstag/).first()).toBeVisible();
    await clickWhenHydrated(page.getByRole("button", { name: deText("OfferForm.actions.publish"), exact: true }));
    await expect(page.getByText(deText("OfferForm.notice.published"))).toBeVisible();
    await expect(page).toHaveURL(/\/de\/konto\/angebote\/\d+(\?.*)?$/);
    // No geocoder in tests: the position comes from the organisation's postal code, and the form says so.
    await expect(page.getByRole("status").getByText(deText("OfferForm.location.postalCodeOnly"))).toBeVisible();
    const weekly = await db.offer.findFirstOrThrow({
      where: { title: weeklyTitle },
      select: { id: true, status: true, scheduleKind: true, exceptions: { select: { date: true } } },
    });
    expect(weekly).toMatchObject({ status: "PUBLISHED", scheduleKind: "WEEKLY", exceptions: [{ date: exceptionDay }] });

    // ── A one-off event ──
    await page.goto("/de/konto/angebote/neu");
    await waitForHydration(page.getByLabel(deText("OfferForm.basics.title"), { exact: true }));
    await page.getByLabel(deText("OfferForm.basics.title"), { exact: true }).fill(eventTitle);
    await page.getByRole("checkbox", { name: category.name, exact: true }).check();
    await page.getByLabel(deText("OfferForm.schedule.kindDATES")).check();
    await page.getByLabel(deText("OfferForm.schedule.date"), { exact: true }).fill(eventDay);
    await page.getByLabel(deText("OfferForm.schedule.fromOptional")).fill("15:00");
    await page.getByLabel(deText("OfferForm.schedule.untilOptional")).fill("19:00");
    await clickWhenHydrated(page.getByRole("button", { name: deText("OfferForm.actions.publish"), exact: true }));
    await expect(page.getByText(deText("OfferForm.notice.published"))).toBeVisible();
    const event = await db.offer.findFirstOrThrow({
      where: { title: eventTitle },
      select: { status: true, dates: { select: { date: true } } },
    });
    expect(event).toMatchObject({ status: "PUBLISHED", dates: [{ date: eventDay }] });

    // Published, but the organisation is not approved yet: nothing is public.
    await page.goto(`/de/angebote?q=${encodeURIComponent(run)}`);
    await expect(page.getByRole("heading", { name: weeklyTitle })).toHaveCount(0);

    // ── Invite a colleague ──
    await page.goto("/de/konto/team");
    await waitForHydration(page.getByLabel(deText("Team.inviteEmail"), { exact: true }));
    await page.getByLabel(deText("Team.inviteEmail"), { exact: true }).fill(colleagueEmail);
    await clickWhenHydrated(page.getByRole("button", { name: deText("Team.invite"), exact: true }));
    await expect(page.getByText(deText("Team.invited", { email: colleagueEmail }))).toBeVisible();

    const invitation = await waitForMail(colleagueEmail, /einladung/i);
    const colleague = await newPage(browser);
    await colleague.goto(linkIn(invitation, "/einladung"));
    await waitForHydration(colleague.getByLabel(deText("Team.accept.name"), { exact: true }));
    await colleague.getByLabel(deText("Team.accept.name"), { exact: true }).fill("Kemal Yıldız");
    await colleague.getByLabel(deText("Team.accept.password"), { exact: true }).fill(PASSWORD);
    await colleague.getByLabel(deText("Team.accept.passwordConfirm"), { exact: true }).fill(PASSWORD);
    await colleague.getByLabel(deText("Team.accept.acceptTerms")).check();
    await clickWhenHydrated(colleague.getByRole("button", { name: deText("Team.accept.submit"), exact: true }));
    await expect(colleague).toHaveURL(/\/de\/konto/);

    // The colleague edits the weekly offer.
    await colleague.goto(`/de/konto/angebote/${weekly.id}`);
    const summary = colleague.getByLabel(optional("OfferForm.basics.summary"), { exact: true });
    await waitForHydration(summary);
    await summary.fill("Jeden Dienstag Hilfe bei den Hausaufgaben – jetzt auch mit Mathe-Ecke.");
    await clickWhenHydrated(colleague.getByRole("button", { name: deText("OfferForm.actions.saveChanges"), exact: true }));
    await expect(colleague.getByRole("status").getByText(deText("OfferForm.notice.published"))).toBeVisible();
    const edited = await db.offer.findUniqueOrThrow({
      where: { id: weekly.id },
      select: { summary: true, updatedBy: { select: { email: true } } },
    });
    expect(edited).toEqual({
      summary: "Jeden Dienstag Hilfe bei den Hausaufgaben – jetzt auch mit Mathe-Ecke.",
      updatedBy: { email: colleagueEmail },
    });
    await colleague.context().close();

    // ── An editor approves the organisation in the editor area; its admin is told by mail ──
    await approveOrganizationAsEditor(browser, db, provider, {
      editor: { email: DEMO_LOGINS.editor, password: DEMO_PASSWORD },
      viaList: true,
    });

    // ── Both offers are found in the public search ──
    await page.goto(`/de/angebote?q=${encodeURIComponent(`Lindenhof ${run}`)}`);
    await expect(page.getByRole("heading", { name: weeklyTitle })).toBeVisible();
    await expect(page.getByRole("heading", { name: eventTitle })).toBeVisible();
  });
});
