import { beforeAll, describe, expect, it } from "vitest";
import { loadSessionUser } from "@/features/accounts/session-user";
import type { SessionUser } from "@/features/accounts/types";
import { createOfferFor } from "@/features/offers/mutations";
import type { ScheduleInput } from "@/features/offers/schedule-schema";
import { offerFormValues } from "@/features/offers/test-fixtures";
import { useTestDatabase } from "@/test/helpers/db";
import { searchOffers } from "./offer-search";
import { type SearchParamsInput } from "./params/vocabulary";
import { parseOfferSearch } from "./params/parse";

// The reproductions of issue 10 (demo data, today = 2026-12-02): offers saved through the providers'
// save path, searched with the URLs that used to find them although they have no occurrence that
// fits. Each also has a search that must still find it.

const NOW = new Date("2026-12-02T10:00:00Z");

const SCHEDULES: Record<string, ScheduleInput> = {
  // Mondays 19 Dec – 26 Mar; its only Monday in 20 Mar – 18 Jun (22 Mar) is an exception day.
  "monday-winter": {
    kind: "WEEKLY",
    windows: [{ weekday: 1, startTime: "17:00", endTime: "18:30" }],
    startDate: "2026-12-19",
    endDate: "2027-03-26",
    intervalWeeks: 1,
    exceptions: ["2027-03-22"],
  },
  // Every Friday until Thursday 22 Jul: the last meeting is Friday 16 Jul.
  "friday-until-thursday": {
    kind: "WEEKLY",
    windows: [{ weekday: 5, startTime: "15:00", endTime: "16:00" }],
    startDate: "2026-12-04",
    endDate: "2027-07-22",
    intervalWeeks: 1,
    exceptions: [],
  },
  // Holiday week Mon 28 Dec – Fri 1 Jan, not on 31 Dec and 1 Jan.
  "holiday-week": {
    kind: "PERIOD",
    startDate: "2026-12-28",
    endDate: "2027-01-01",
    weekdays: [],
    windows: [{ startTime: "09:00", endTime: "13:00" }],
    exceptions: ["2026-12-31", "2027-01-01"],
  },
  // Slots on all seven weekdays, but valid only Mon 28 Dec – Fri 1 Jan.
  "seven-days-one-week": {
    kind: "WEEKLY",
    windows: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startTime: "10:00", endTime: "11:00" })),
    startDate: "2026-12-28",
    endDate: "2027-01-01",
    intervalWeeks: 1,
    exceptions: [],
  },
  // Every 4th Wednesday from 23 Dec until 1 Jun: 12 May is the last meeting (9 Jun is past the end).
  "every-fourth-wednesday": {
    kind: "WEEKLY",
    windows: [{ weekday: 3, startTime: "19:00", endTime: "21:00" }],
    startDate: "2026-12-23",
    endDate: "2027-06-01",
    intervalWeeks: 4,
    exceptions: [],
  },
  // For the soonest order: an always-open service and dated offers today (Wed 2 Dec) and tomorrow.
  "open-weekdays": {
    kind: "PERMANENT",
    windows: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startTime: "08:00", endTime: "18:00" })),
    exceptions: [],
  },
  "dated-today": { kind: "DATES", dates: [{ date: "2026-12-02", startTime: "15:00", endTime: "16:00" }], exceptions: [] },
  "dated-tomorrow": { kind: "DATES", dates: [{ date: "2026-12-03", startTime: "09:00", endTime: "10:00" }], exceptions: [] },
  // A one-off date with a start time only: it occupies 11:30, the morning — not the whole afternoon.
  "start-time-only": { kind: "DATES", dates: [{ date: "2027-02-10", startTime: "11:30" }], exceptions: [] },
};

describe("issue 10 reproductions", () => {
  const db = useTestDatabase();
  const slugOf = new Map<string, string>();

  async function found(sp: SearchParamsInput): Promise<string[]> {
    const result = await searchOffers(parseOfferSearch(sp).query, { now: NOW, pageSize: 100 });
    const names = new Map([...slugOf].map(([name, slug]) => [slug, name]));
    return result.offers.map((o) => names.get(o.slug) ?? o.slug).sort();
  }

  beforeAll(async () => {
    const p = db.prisma;
    const org = await p.organization.create({ data: { slug: "verein", name: "Verein", status: "APPROVED" } });
    const category = await p.category.create({ data: { slug: "freizeit", name: "Freizeit" } });
    const user = await p.user.create({
      data: { email: "anbieter@example.test", name: "Anbieter", passwordHash: "x", emailVerifiedAt: NOW },
    });
    await p.membership.create({ data: { userId: user.id, organizationId: org.id, role: "ORG_ADMIN" } });
    const session = (await loadSessionUser({ userId: user.id, sessionVersion: 0, sessionId: "test-session-0000000001" })) as SessionUser;
    for (const [name, schedule] of Object.entries(SCHEDULES)) {
      const saved = await createOfferFor(session, offerFormValues(org.id, category.id, { title: name, schedule }), "publish", { now: NOW });
      slugOf.set(name, saved.slug);
    }
  });

  it("does not find a weekly offer whose only fitting day in a long range is an exception", async () => {
    expect(await found({ von: "2027-03-20", bis: "2027-06-18" })).not.toContain("monday-winter");
    expect(await found({ von: "2027-03-20", bis: "2027-05-20" })).not.toContain("monday-winter");
    expect(await found({ von: "2027-03-13", bis: "2027-06-18" })).toContain("monday-winter");
  });

  it("does not find a weekly offer after its last meeting (open-ended von)", async () => {
    expect(await found({ von: "2027-07-21" })).not.toContain("friday-until-thursday");
    expect(await found({ von: "2027-07-16" })).toContain("friday-until-thursday");
  });

  it("honours exception days for an open-ended von and a weekday without a date", async () => {
    expect(await found({ von: "2027-01-01" })).not.toContain("holiday-week");
    expect(await found({ tag: "do" })).not.toContain("holiday-week");
    expect(await found({ tag: "mi" })).toContain("holiday-week");
    expect(await found({ von: "2026-12-30" })).toContain("holiday-week");
  });

  it("finds slots only on the weekdays that fall inside their validity", async () => {
    expect(await found({ tag: "so" })).not.toContain("seven-days-one-week");
    expect(await found({ tag: "sa" })).not.toContain("seven-days-one-week");
    expect(await found({ tag: "fr", zeit: "vormittag" })).toContain("seven-days-one-week");
  });

  it("counts every-n-weeks meetings in long ranges", async () => {
    expect(await found({ von: "2027-05-22", bis: "2027-08-20" })).not.toContain("every-fourth-wednesday");
    expect(await found({ von: "2027-05-01", bis: "2027-08-20" })).toContain("every-fourth-wednesday");
    // 14 Apr is a meeting (23 Dec + 16 weeks), 21 Apr is not.
    expect(await found({ von: "2027-04-15", bis: "2027-05-11", tag: "mi" })).not.toContain("every-fourth-wednesday");
    expect(await found({ von: "2027-04-14", bis: "2027-05-11", tag: "mi" })).toContain("every-fourth-wednesday");
  });

  it("lists dated offers of a day before the permanent services open that day", async () => {
    const order = (await searchOffers(parseOfferSearch({}).query, { now: NOW, pageSize: 100 })).offers
      .map((o) => [...slugOf].find(([, slug]) => slug === o.slug)?.[0])
      .filter((name) => name === "open-weekdays" || name === "dated-today" || name === "dated-tomorrow");
    expect(order).toEqual(["dated-today", "open-weekdays", "dated-tomorrow"]);
  });

  it("gives a one-off date with only a start time that minute, not the rest of the day", async () => {
    expect(await found({ datum: "2027-02-10", zeit: "vormittag" })).toContain("start-time-only");
    expect(await found({ datum: "2027-02-10", zeit: "nachmittag" })).not.toContain("start-time-only");
    expect(await found({ von: "2027-02-01", zeit: "abend" })).not.toContain("start-time-only");
  });
});
