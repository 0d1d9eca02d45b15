import { test as base, expect, type Locator } from "@playwright/test";
import type { PrismaClient } from "../generated/prisma/client";
import { createPrismaClient } from "../lib/db";
import { publishedOffersWhere } from "../features/offers/visibility";
import { E2E_DATABASE_URL } from "../scripts/lib/e2e-env";
import { DEMO_PASSWORD } from "../scripts/lib/demo-accounts";

// Expectations come from the same database the server uses (seeded by scripts/e2e-server.ts),
// so specs never hard-code seed content.

export { expect, DEMO_PASSWORD };

export const DEMO_LOGINS = {
  providerAdmin: "anbieter@musterstadt.example",
  providerMember: "mitglied@musterstadt.example",
  secondProviderAdmin: "anbieter2@musterstadt.example",
  editor: "redaktion@musterstadt.example",
  planner: "planung@musterstadt.example",
  admin: "admin@musterstadt.example",
  disabled: "gesperrt@musterstadt.example",
} as const;

export type DemoUser = {
  email: string;
  name: string;
  role: "NONE" | "EDITOR" | "PLANNER" | "ADMIN";
  disabledAt: Date | null;
  memberships: { role: "ORG_ADMIN" | "ORG_MEMBER"; organization: { name: string; slug: string } }[];
};

type WorkerFixtures = { db: PrismaClient };

export const test = base.extend<object, WorkerFixtures>({
  db: [
    async ({}, use) => {
      const db = createPrismaClient(E2E_DATABASE_URL);
      await use(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
});

/**
 * Clicks a control of a client component once React has hydrated it. Before hydration a button
 * with an onClick handler does nothing, which makes tests flaky on a busy machine. React marks
 * hydrated elements with a `__reactProps$…` key.
 */
export async function clickWhenHydrated(control: Locator): Promise<void> {
  await expect
    .poll(() => control.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactProps$"))), {
      message: "the control is hydrated",
    })
    .toBe(true);
  await control.click();
}

/** The portal name as the server shows it (the settings row, or the schema default before one exists). */
export async function portalName(db: PrismaClient): Promise<string> {
  const settings = await db.settings.findUnique({ where: { id: 1 }, select: { portalName: true } });
  return settings?.portalName ?? "Chancenportal";
}

/** Titles the home page lists: the same rule and order as features/offers/queries.ts. */
export async function newestPublishedTitles(db: PrismaClient, limit = 8): Promise<string[]> {
  const offers = await db.offer.findMany({
    where: publishedOffersWhere(),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { title: true },
  });
  return offers.map((offer) => offer.title);
}

/** A draft title that no published offer shares (so its absence on a page means something). */
export async function someDraftTitle(db: PrismaClient): Promise<string | null> {
  const drafts = await db.offer.findMany({ where: { status: "DRAFT", deletedAt: null }, select: { title: true }, take: 20 });
  for (const { title } of drafts) {
    const published = await db.offer.count({ where: { title, status: "PUBLISHED" } });
    if (published === 0) return title;
  }
  return null;
}

export async function demoUser(db: PrismaClient, email: string): Promise<DemoUser> {
  return db.user.findUniqueOrThrow({
    where: { email },
    select: {
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      memberships: { select: { role: true, organization: { select: { name: true, slug: true } } }, orderBy: { organizationId: "asc" } },
    },
  });
}
