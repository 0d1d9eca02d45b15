import { test as base, expect, type Locator, type Page } from "@playwright/test";
import type { PrismaClient } from "../generated/prisma/client";
import { createPrismaClient } from "../lib/db";
import { publishedOffersWhere } from "../features/search/visibility";
import { normalizeSearchText } from "../features/search/normalize";
import { E2E_DATABASE_URL } from "../scripts/lib/e2e-env";
import { DEMO_PASSWORD } from "../scripts/lib/demo-accounts";
import fs from "node:fs";

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
  await waitForHydration(control);
  await control.click();
}

/**
 * Waits until React has hydrated the element. Typing into a form field before that can be undone
 * (or doubled) when the form's own state takes over.
 */
export async function waitForHydration(control: Locator): Promise<void> {
  await expect
    .poll(() => control.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactProps$"))), {
      message: "the control is hydrated",
    })
    .toBe(true);
}

/** The portal name as the server shows it (the settings row, or the schema default before one exists). */
export async function portalName(db: PrismaClient): Promise<string> {
  const settings = await db.settings.findUnique({ where: { id: 1 }, select: { portalName: true } });
  return settings?.portalName ?? "Chancenportal";
}

/**
 * Titles the home page lists under "Aktuelle Angebote": upcoming dated offers (no permanent
 * services), soonest first, each title once (features/home/queries.ts upcomingDatedOffers).
 */
export async function upcomingPublishedTitles(db: PrismaClient, limit = 8): Promise<string[]> {
  const now = new Date();
  const offers = await db.offer.findMany({
    where: { AND: [publishedOffersWhere({ now }), { scheduleKind: { not: "PERMANENT" }, nextOccurrenceAt: { gte: now } }] },
    orderBy: [{ nextOccurrenceAt: "asc" }, { id: "asc" }],
    take: 200,
    select: { title: true },
  });
  const titles: string[] = [];
  for (const { title } of offers) if (!titles.some((t) => normalizeSearchText(t) === normalizeSearchText(title))) titles.push(title);
  return titles.slice(0, limit);
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

// ───────────── Search and detail pages (issue 3) ─────────────

export type KeywordChoice = {
  /** A lower-case word from seeded titles (at least 5 letters, so the trigram index finds it). */
  keyword: string;
  /** Current published offers whose title contains the word (the search finds at least these). */
  titleMatches: number;
  /** Of those, how many are free: strictly between 0 and titleMatches, so the free filter changes the count. */
  freeTitleMatches: number;
};

/**
 * A keyword for the search flow, chosen from the database: it occurs in the titles of several
 * current published offers, some free and some not (so "kostenlos" visibly narrows the result).
 */
export async function searchKeyword(db: PrismaClient): Promise<KeywordChoice> {
  const offers = await db.offer.findMany({ where: publishedOffersWhere(), select: { title: true, isFree: true, lat: true } });
  const stats = new Map<string, { all: number; free: number }>();
  for (const { title, isFree } of offers) {
    const words = new Set(title.toLowerCase().match(/\p{L}{5,}/gu) ?? []);
    for (const word of words) {
      const entry = stats.get(word) ?? { all: 0, free: 0 };
      entry.all += 1;
      if (isFree) entry.free += 1;
      stats.set(word, entry);
    }
  }
  // Title counts are per distinct title word; count substring matches so "turnen" in "Kinderturnen" counts too.
  const candidates = [...stats.keys()]
    .map((word) => {
      const matching = offers.filter((o) => o.title.toLowerCase().includes(word));
      const free = matching.filter((o) => o.isFree);
      return {
        keyword: word,
        titleMatches: matching.length,
        freeTitleMatches: free.length,
        freeOnMap: free.filter((o) => o.lat !== null).length,
      };
    })
    // Some free matches have coordinates, so the map of the filtered result shows markers.
    .filter(
      (c) =>
        c.titleMatches >= 3 && c.titleMatches <= 20 && c.freeTitleMatches > 0 && c.freeTitleMatches < c.titleMatches && c.freeOnMap > 0,
    )
    .sort((a, b) => b.titleMatches - a.titleMatches || a.keyword.localeCompare(b.keyword));
  if (candidates.length === 0) throw new Error("The seed has no title word shared by free and paid offers");
  const { keyword, titleMatches, freeTitleMatches } = candidates[0];
  return { keyword, titleMatches, freeTitleMatches };
}

/** Number of current published offers (the unfiltered search total). */
export async function currentOfferCount(db: PrismaClient): Promise<number> {
  return db.offer.count({ where: publishedOffersWhere() });
}

/** A published offer of an approved provider whose last date has passed: reachable, marked expired. */
export async function expiredOffer(db: PrismaClient): Promise<{ slug: string; title: string }> {
  const now = new Date();
  return db.offer.findFirstOrThrow({
    where: { ...publishedOffersWhere({ current: false }), endsAt: { lt: now } },
    orderBy: { id: "asc" },
    select: { slug: true, title: true },
  });
}

/** An offer slug the public must not see (a draft of an approved provider). */
export async function draftOfferSlug(db: PrismaClient): Promise<string> {
  const offer = await db.offer.findFirstOrThrow({
    where: { status: "DRAFT", deletedAt: null },
    orderBy: { id: "asc" },
    select: { slug: true },
  });
  return offer.slug;
}

/**
 * A current published offer with dates ahead (so it has an .ics download and a schedule), without
 * translations (pages in every language show its German text; e2e/translations.spec.ts covers those).
 */
export async function upcomingOffer(
  db: PrismaClient,
): Promise<{ slug: string; title: string; organization: { slug: string; name: string } }> {
  return db.offer.findFirstOrThrow({
    where: { ...publishedOffersWhere(), nextOccurrenceAt: { gt: new Date() }, scheduleKind: "WEEKLY", translations: { none: {} } },
    orderBy: { id: "asc" },
    select: { slug: true, title: true, organization: { select: { slug: true, name: true } } },
  });
}

/** Titles of a provider's current published offers (what its page lists as current). */
export async function currentOfferTitlesOf(db: PrismaClient, organizationSlug: string): Promise<string[]> {
  const offers = await db.offer.findMany({
    where: { ...publishedOffersWhere(), organization: { slug: organizationSlug, status: "APPROVED", deletedAt: null } },
    select: { title: true },
  });
  return offers.map((o) => o.title);
}

/** Title, provider and slug of a current published offer, by title (the first one shown in a list). */
export async function offerByTitle(
  db: PrismaClient,
  title: string,
): Promise<{ slug: string; organization: { slug: string; name: string } }[]> {
  return db.offer.findMany({
    where: { ...publishedOffersWhere(), title },
    select: { slug: true, organization: { select: { slug: true, name: true } } },
  });
}

/** How many current published offers carry exactly this title (titles are not unique). */
export async function currentOfferCountWithTitle(db: PrismaClient, title: string): Promise<number> {
  return db.offer.count({ where: { ...publishedOffersWhere(), title } });
}

// ───────────── UI strings ─────────────

type Messages = { [key: string]: string | Messages };

const deMessages = JSON.parse(fs.readFileSync(new URL("../messages/de.json", import.meta.url), "utf8")) as Messages;

/**
 * A German UI string from messages/de.json, with simple ICU placeholders filled in: `{name}` and
 * `{count, plural, one {…} other {…}}` (`#` becomes the number). Tests select by accessible names,
 * and reading them from the messages keeps specs in step with wording changes.
 */
export function deText(key: string, values: Record<string, string | number> = {}): string {
  let node: string | Messages = deMessages;
  for (const part of key.split(".")) {
    if (typeof node === "string" || !(part in node)) throw new Error(`messages/de.json has no ${key}`);
    node = node[part];
  }
  if (typeof node !== "string") throw new Error(`messages/de.json: ${key} is not a string`);
  return formatIcu(node, values);
}

/** A RegExp for a message whose numbers are unknown: every placeholder matches any text. */
export function deTextPattern(key: string): RegExp {
  const template = deText(key, {});
  const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\{}]/g, "\\$&");
  let pattern = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) {
      pattern += escape(template.slice(i));
      break;
    }
    pattern += `${escape(template.slice(i, open))}.+?`;
    i = matchingBrace(template, open) + 1;
  }
  return new RegExp(`^${pattern}$`);
}

function formatIcu(template: string, values: Record<string, string | number>): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const close = matchingBrace(template, open);
    const body = template.slice(open + 1, close);
    const [name, type, ...rest] = body.split(",");
    const value = values[name.trim()];
    if (type?.trim() === "plural" && value !== undefined) {
      const options = rest.join(",");
      const n = Number(value);
      const choice =
        pluralOption(options, `=${n}`) ?? pluralOption(options, n === 1 ? "one" : "other") ?? pluralOption(options, "other") ?? "";
      out += formatIcu(choice, values).replaceAll("#", String(n));
    } else if (value !== undefined) {
      out += String(value);
    } else {
      out += `{${body}}`; // left for deTextPattern
    }
    i = close + 1;
  }
  return out;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return text.length - 1;
}

function pluralOption(options: string, selector: string): string | null {
  const at = options.search(new RegExp(`(^|\\s)${selector.replace(/[=]/g, "\\=")}\\s*\\{`));
  if (at < 0) return null;
  const open = options.indexOf("{", at);
  return options.slice(open + 1, matchingBrace(options, open));
}

/** A current published offer by slug, with its provider (for following links from a result list). */
export async function offerBySlug(
  db: PrismaClient,
  slug: string,
): Promise<{ title: string; organization: { slug: string; name: string } }> {
  return db.offer.findFirstOrThrow({
    where: { ...publishedOffersWhere(), slug },
    select: { title: true, organization: { select: { slug: true, name: true } } },
  });
}

/** Opens the header's language menu and picks a language by its own name ("English", "Türkçe"). */
export async function switchLanguage(page: Page, name: string): Promise<void> {
  const menu = page.getByRole("banner").locator("details");
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator("summary").click();
  await menu.getByRole("link", { name, exact: true }).click();
}
