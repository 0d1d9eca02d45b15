import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/features/accounts/types";
import { getEndedOffers, getHiddenOffers, getOrganizationDashboard, getProfileConfirmationDue } from "@/features/dashboard/queries";
import { confirmOffersFor, duplicateOfferFor } from "@/features/offer-management/mutations";
import { createTwoOrganizations, sessionUser, type TwoOrganizations } from "@/features/organizations/test-fixtures";
import { useTestDatabase } from "@/test/helpers/db";
import { confirmProfileFor, updateReminderModeFor } from "./mutations";

// The provider side of freshness: what the dashboard lists (hidden, ended, profile due) and its
// one-click actions, each refused for another organisation's records.

const NOW = new Date("2027-03-01T10:00:00Z");
const DAY = 86_400_000;

describe("freshness on the provider dashboard", () => {
  const db = useTestDatabase();
  let orgs: TwoOrganizations;
  let adminA: SessionUser;
  let adminB: SessionUser;
  let outsider: SessionUser;
  let hidden: number;
  let ended: number;
  let otherHidden: number;

  beforeAll(async () => {
    orgs = await createTwoOrganizations(db.prisma);
    [adminA, adminB, outsider] = await Promise.all([sessionUser(orgs.adminA), sessionUser(orgs.adminB), sessionUser(orgs.outsider)]);
    const offer = (slug: string, organizationId: number, data: object) =>
      db.prisma.offer.create({
        data: { slug, title: slug, organizationId, status: "PUBLISHED", lastConfirmedAt: new Date(NOW.getTime() - 200 * DAY), ...data },
      });
    hidden = (await offer("versteckt", orgs.orgA, { staleHiddenAt: new Date(NOW.getTime() - 2 * DAY) })).id;
    ended = (
      await offer("sommerfest", orgs.orgA, {
        endsAt: new Date(NOW.getTime() - 20 * DAY),
        archivedAt: new Date(NOW.getTime() - 19 * DAY),
        scheduleKind: "DATES",
        dates: {
          create: [
            {
              date: "2027-02-09",
              startMinute: 600,
              endMinute: 720,
              startsAt: new Date("2027-02-09T09:00:00Z"),
              endsAt: new Date("2027-02-09T11:00:00Z"),
            },
          ],
        },
        categories: { create: [] },
      })
    ).id;
    otherHidden = (await offer("fremd", orgs.orgB, { staleHiddenAt: new Date(NOW.getTime() - 2 * DAY) })).id;
    await db.prisma.organization.update({ where: { id: orgs.orgA }, data: { lastConfirmedAt: new Date(NOW.getTime() - 400 * DAY) } });
  });

  it("lists hidden and ended offers and a due profile confirmation of the own organisation only", async () => {
    const data = await getOrganizationDashboard(adminA, orgs.orgA, NOW);
    expect(data.hidden.map((o) => o.id)).toEqual([hidden]);
    expect(data.ended.map((o) => o.id)).toEqual([ended]);
    expect(data.stale.offers.map((o) => o.id)).not.toContain(hidden); // listed once, under "hidden"
    expect(data.profileDue).toEqual(new Date(NOW.getTime() - 400 * DAY));
    for (const query of [
      getHiddenOffers(outsider, orgs.orgA),
      getEndedOffers(adminB, orgs.orgA, NOW),
      getProfileConfirmationDue(adminB, orgs.orgA, NOW),
    ]) {
      await expect(query).rejects.toMatchObject({ status: 404 });
    }
  });

  it("'still current' from the dashboard shows a hidden offer again; another organisation's offer is refused and nothing changes", async () => {
    await expect(confirmOffersFor(adminA, [String(otherHidden)], NOW)).rejects.toMatchObject({ status: 404 });
    await expect(confirmOffersFor(adminA, [String(hidden), String(otherHidden)], NOW)).rejects.toMatchObject({ status: 404 });
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: hidden } })).staleHiddenAt).not.toBeNull(); // all or nothing
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: otherHidden } })).staleHiddenAt).not.toBeNull();
    await confirmOffersFor(adminA, [String(hidden)], NOW);
    const row = await db.prisma.offer.findUniqueOrThrow({ where: { id: hidden } });
    expect(row.staleHiddenAt).toBeNull();
    expect(row.lastConfirmedAt).toEqual(NOW);
  });

  it("duplicates an ended offer as a fresh draft for new dates; another organisation cannot", async () => {
    await expect(duplicateOfferFor(adminB, ended)).rejects.toMatchObject({ status: 404 });
    const copy = await duplicateOfferFor(adminA, ended, { copyTitle: (t) => `Kopie von ${t}` });
    const row = await db.prisma.offer.findUniqueOrThrow({ where: { id: copy.id }, include: { dates: true } });
    expect(row).toMatchObject({
      status: "DRAFT",
      title: "Kopie von sommerfest",
      archivedAt: null,
      staleHiddenAt: null,
      organizationId: orgs.orgA,
    });
    expect(row.dates).toHaveLength(1); // the old dates come along, to be replaced in the edit form
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: ended } })).archivedAt).not.toBeNull(); // the original stays archived
  });

  it("confirms the profile for its own members only", async () => {
    await expect(confirmProfileFor(adminB, orgs.orgA, NOW)).rejects.toMatchObject({ status: 404 });
    await expect(confirmProfileFor(outsider, orgs.orgA, NOW)).rejects.toMatchObject({ status: 404 });
    await expect(confirmProfileFor(null, orgs.orgA, NOW)).rejects.toMatchObject({ status: 401 });
    await confirmProfileFor(adminA, orgs.orgA, NOW);
    expect((await db.prisma.organization.findUniqueOrThrow({ where: { id: orgs.orgA } })).lastConfirmedAt).toEqual(NOW);
    expect(await getProfileConfirmationDue(adminA, orgs.orgA, NOW)).toBeNull();
  });

  it("stores the member's reminder choice and refuses anything else", async () => {
    await updateReminderModeFor(adminA, { reminderMode: "WEEKLY" });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: orgs.adminA } })).reminderMode).toBe("WEEKLY");
    for (const bad of [{ reminderMode: "NONE" }, { reminderMode: "<script>" }, {}, null]) {
      await expect(updateReminderModeFor(adminA, bad)).rejects.toMatchObject({ status: 400 });
    }
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: orgs.adminA } })).reminderMode).toBe("WEEKLY");
  });
});
