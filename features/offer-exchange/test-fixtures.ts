import * as XLSX from "xlsx";
import type { PrismaClient } from "@/generated/prisma/client";
import { loadSessionUser } from "@/features/accounts/session-user";
import type { SessionUser } from "@/features/accounts/types";
import { COLUMNS, type ColumnKey } from "./columns";

// Shared by the import/export tests and the benchmark: a small portal vocabulary, organisations,
// users of every role, and workbooks built cell by cell with SheetJS.

export const NOW = new Date("2026-11-27T10:00:00Z");

export type ExchangeWorld = {
  orgA: number;
  orgB: number;
  sport: number;
  culture: number;
  kids: number;
  parents: number;
  memberA: SessionUser;
  memberB: SessionUser;
  editor: SessionUser;
  planner: SessionUser;
};

async function sessionFor(
  p: PrismaClient,
  email: string,
  role: "NONE" | "EDITOR" | "PLANNER",
  organizationId?: number,
): Promise<SessionUser> {
  const user = await p.user.create({ data: { email, name: email.split("@")[0], passwordHash: "x", role, emailVerifiedAt: NOW } });
  if (organizationId) await p.membership.create({ data: { userId: user.id, organizationId, role: "ORG_ADMIN" } });
  const session = await loadSessionUser({ userId: user.id, sessionVersion: 0, sessionId: "test-session-0000000001" });
  if (!session) throw new Error("no session");
  return session;
}

export async function seedExchangeWorld(p: PrismaClient): Promise<ExchangeWorld> {
  await p.settings.upsert({ where: { id: 1 }, update: { requireOfferApproval: false }, create: { id: 1, requireOfferApproval: false } });
  const sportRoot = await p.category.create({ data: { slug: "freizeit", name: "Freizeit und Kultur" } });
  const sport = (await p.category.create({ data: { slug: "sport", name: "Sport und Bewegung", parentId: sportRoot.id } })).id;
  const culture = (await p.category.create({ data: { slug: "kreativ", name: "Kreativität, Medien, Musik", parentId: sportRoot.id } })).id;
  await p.categoryTranslation.create({ data: { categoryId: sport, locale: "en", name: "Sports and exercise" } });
  const kids = (await p.targetGroup.create({ data: { slug: "kinder", name: "7–13 Jahre" } })).id;
  const parents = (await p.targetGroup.create({ data: { slug: "eltern", name: "Eltern/Kind" } })).id;
  const district = await p.district.create({ data: { slug: "nordstadt", name: "Nordstadt", centroidLat: 51.52, centroidLng: 7.46 } });
  await p.postalCode.create({
    data: { code: "44135", city: "Musterstadt", districtId: district.id, centroidLat: 51.521, centroidLng: 7.462 },
  });
  const orgA = (
    await p.organization.create({
      data: {
        slug: "regenbogen",
        name: "Familienzentrum Regenbogen",
        status: "APPROVED",
        street: "Hauptstraße 1",
        postalCode: "44135",
        city: "Musterstadt",
        lat: 51.52,
        lng: 7.46,
        geoSource: "GEOCODED",
        districtId: district.id,
        website: "https://regenbogen.example",
      },
    })
  ).id;
  const orgB = (await p.organization.create({ data: { slug: "tsv", name: "TSV Musterstadt", status: "APPROVED" } })).id;
  return {
    orgA,
    orgB,
    sport,
    culture,
    kids,
    parents,
    memberA: await sessionFor(p, "a@example.test", "NONE", orgA),
    memberB: await sessionFor(p, "b@example.test", "NONE", orgB),
    editor: await sessionFor(p, "redaktion@example.test", "EDITOR"),
    planner: await sessionFor(p, "planung@example.test", "PLANNER"),
  };
}

/** An .xlsx (or other SheetJS book type) from rows of cells. */
export function workbookBytes(rows: unknown[][], bookType: XLSX.BookType = "xlsx"): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, "Angebote");
  return new Uint8Array(XLSX.write(book, { type: "buffer", bookType, compression: true }) as Buffer);
}

const HEADER = COLUMNS.map((c) => c.de);

/** A portal-format workbook: the German header row and one row per entry (cells by column key). */
export function portalWorkbook(rows: Partial<Record<ColumnKey, unknown>>[], bookType: XLSX.BookType = "xlsx"): Uint8Array {
  return workbookBytes([HEADER, ...rows.map((row) => COLUMNS.map((c) => row[c.key] ?? null))], bookType);
}

/** A valid weekly offer row. */
export function weeklyRow(title: string, extra: Partial<Record<ColumnKey, unknown>> = {}): Partial<Record<ColumnKey, unknown>> {
  return {
    title,
    summary: "Bewegung für Kinder",
    categories: "Sport und Bewegung",
    targetGroups: "7–13 Jahre",
    scheduleKind: "wöchentlich",
    weekdays: "Di",
    startTime: "16:00",
    endTime: "17:30",
    date: "01.09.2026",
    endDate: "30.06.2027",
    isFree: "ja",
    ...extra,
  };
}
