import "server-only";
import type { SessionUser } from "@/features/accounts/types";
import {
  storedOfferSnapshot,
  offerSnapshot,
  storedSnapshotSelect,
  type StoredOffer,
  type ResolvedLocation,
} from "@/features/offers/offer-snapshot";
import { OfferInputSchema, type OfferInput } from "@/features/offers/schemas";
import { changedFields } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { NotFoundError, ForbiddenError } from "@/lib/errors";
import { isUploadPath } from "@/lib/uploads";
import { cellText, splitNames } from "./cells";
import type { ColumnKey } from "./columns";
import { resolveImportLocation, type OrganizationPlace, type PostalCentres } from "./import-location";
import { ImportFileError, type FileFormat, type ParsedFile, type SheetRow } from "./parse";
import { canImportOffersInto, canImportPortalFile } from "./permissions";
import { createRowReader, issueSource, lookupKey, schemaMessageKey, type NameLookup } from "./row-values";

// The whole file checked against the database without writing anything: every offer's rows through
// the offer form's schema, names resolved to categories, target groups and organisations, ids to
// offers of the right organisation, positions resolved, and each offer classified as new, changed
// or unchanged. The preview shows this plan; the confirmed import builds it again and writes it.

export type ImportTarget = { kind: "organization"; organizationId: number } | { kind: "file" };

export type ImportIssue = { row: number; column: ColumnKey | null; code: string; values?: Record<string, string | number> };

export type PlannedOffer = {
  row: number;
  organization: { id: number } | { newName: string };
  offerId: number | null;
  input: OfferInput;
  location: ResolvedLocation;
  action: "create" | "update" | "unchanged";
  stored: StoredOffer | null;
};

export type ImportPlan = {
  format: FileFormat;
  offers: PlannedOffer[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Organisations a portal file names that do not exist yet (created on confirmation when asked to). */
  newOrganizations: string[];
  counts: { created: number; updated: number; unchanged: number };
};

export type ProgressReport = (done: number, total: number) => void | Promise<void>;

/** Stands in for an organisation that the confirmed import creates, so the schema sees a valid id. */
const NEW_ORGANIZATION_ID = 2_000_000_000;

type Group = { key: string; rows: SheetRow[]; offerId: number | null; idProblem: boolean };

function groupRows(rows: SheetRow[]): Group[] {
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const raw = row.cells.id;
    const text = cellText(raw);
    let key: string;
    let offerId: number | null = null;
    let idProblem = false;
    if (text === "") key = `row:${row.row}`;
    else if (/^\d+$/.test(text) && Number(text) > 0 && Number(text) <= 2_147_483_647) {
      offerId = Number(text);
      key = `id:${offerId}`;
    } else if (typeof raw === "number") {
      key = `row:${row.row}`;
      idProblem = true;
    } else key = `key:${text.toLowerCase()}`;
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else groups.set(key, { key, rows: [row], offerId, idProblem });
  }
  return [...groups.values()];
}

/** Values looked up in the slug alias tables per statement (the file's unknown names, bounded). */
const ALIAS_CHUNK = 500;

/**
 * Former slugs (CategorySlugAlias, TargetGroupSlugAlias: renamed or merged-away terms) among the
 * values the file names that no current term has: a municipality's saved spreadsheet keeps working
 * after a rename or merge. Only the file's distinct unknown values are looked up, ALIAS_CHUNK at a
 * time; a current name or slug always wins over an alias.
 */
async function withAliases(
  lookups: { categories: Map<string, number>; targetGroups: Map<string, number> },
  rows: SheetRow[],
): Promise<{ categories: NameLookup; targetGroups: NameLookup }> {
  const unknown = (key: "categories" | "targetGroups") => {
    const lookup = lookups[key];
    const values = new Set<string>();
    for (const row of rows) {
      for (const name of splitNames(row.cells[key], (n) => lookup.has(lookupKey(n)))) {
        const wanted = lookupKey(name);
        if (!lookup.has(wanted) && wanted.length > 0 && wanted.length <= 200) values.add(wanted);
      }
    }
    return [...values];
  };
  const chunks = (values: string[]) =>
    Array.from({ length: Math.ceil(values.length / ALIAS_CHUNK) }, (_, i) => values.slice(i * ALIAS_CHUNK, (i + 1) * ALIAS_CHUNK));
  for (const slugs of chunks(unknown("categories"))) {
    const aliases = await prisma.categorySlugAlias.findMany({ where: { slug: { in: slugs } }, select: { slug: true, categoryId: true } });
    for (const alias of aliases) if (!lookups.categories.has(alias.slug)) lookups.categories.set(alias.slug, alias.categoryId);
  }
  for (const slugs of chunks(unknown("targetGroups"))) {
    const aliases = await prisma.targetGroupSlugAlias.findMany({
      where: { slug: { in: slugs } },
      select: { slug: true, targetGroupId: true },
    });
    for (const alias of aliases) if (!lookups.targetGroups.has(alias.slug)) lookups.targetGroups.set(alias.slug, alias.targetGroupId);
  }
  return lookups;
}

async function nameLookups(): Promise<{ categories: Map<string, number>; targetGroups: Map<string, number> }> {
  const [categories, targetGroups] = await Promise.all([
    prisma.category.findMany({ select: { id: true, slug: true, name: true, translations: { select: { name: true } } } }),
    prisma.targetGroup.findMany({ select: { id: true, slug: true, name: true, translations: { select: { name: true } } } }),
  ]);
  const lookup = (items: typeof categories) => {
    const map = new Map<string, number>();
    for (const item of items) {
      for (const name of [item.name, item.slug, String(item.id), ...item.translations.map((t) => t.name)]) {
        if (!map.has(lookupKey(name))) map.set(lookupKey(name), item.id);
      }
    }
    return map;
  };
  return { categories: lookup(categories), targetGroups: lookup(targetGroups) };
}

const organizationSelect = {
  id: true,
  name: true,
  website: true,
  street: true,
  postalCode: true,
  city: true,
  lat: true,
  lng: true,
  districtId: true,
  geoSource: true,
} as const;

type OrganizationRecord = OrganizationPlace & { name: string; website: string | null };

function organizationMatcher(organizations: OrganizationRecord[]) {
  const byKey = new Map<string, OrganizationRecord>();
  const bare = (url: string) =>
    url
      .toLowerCase()
      .replace(/^https?:\/\//, "")
      .replace(/^www\./, "")
      .replace(/\/+$/, "");
  for (const o of organizations) {
    byKey.set(`id:${o.id}`, o);
    byKey.set(`name:${lookupKey(o.name)}`, o);
    if (o.website) byKey.set(`web:${bare(o.website)}`, o);
  }
  return (reference: string): OrganizationRecord | null => {
    if (/^\d+$/.test(reference)) return byKey.get(`id:${Number(reference)}`) ?? null;
    return byKey.get(`name:${lookupKey(reference)}`) ?? byKey.get(`web:${bare(reference)}`) ?? null;
  };
}

async function loadStoredOffers(ids: number[]): Promise<Map<number, StoredOffer>> {
  const stored = new Map<number, StoredOffer>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = await prisma.offer.findMany({
      where: { id: { in: ids.slice(i, i + 500) }, deletedAt: null },
      select: storedSnapshotSelect,
    });
    for (const offer of chunk) stored.set(offer.id, offer);
  }
  return stored;
}

async function loadPostalCentres(codes: Set<string>): Promise<PostalCentres> {
  const list = [...codes].filter((c) => /^\d{5}$/.test(c));
  const rows = list.length
    ? await prisma.postalCode.findMany({
        where: { code: { in: list } },
        select: { code: true, centroidLat: true, centroidLng: true, districtId: true },
      })
    : [];
  return new Map(rows.map((r) => [r.code, { lat: r.centroidLat, lng: r.centroidLng, districtId: r.districtId }]));
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Checks a parsed file for `user` importing into `target`. Throws for a target the user may not
 * import into (as "not found" for an organisation) and for a file over the offer limit; every
 * problem of a row is collected in the plan.
 */
export async function planImport(
  user: SessionUser,
  parsed: ParsedFile,
  target: ImportTarget,
  { maxOffers, onProgress }: { maxOffers: number; onProgress?: ProgressReport },
): Promise<ImportPlan> {
  if (target.kind === "organization" && !canImportOffersInto(user, target.organizationId)) throw new NotFoundError();
  if (target.kind === "file" && !canImportPortalFile(user)) throw new ForbiddenError();
  const groups = groupRows(parsed.rows);
  if (groups.length > maxOffers) throw new ImportFileError("tooManyOffers", { max: maxOffers, count: groups.length });

  const organizations: OrganizationRecord[] =
    target.kind === "organization"
      ? await prisma.organization.findMany({ where: { id: target.organizationId, deletedAt: null }, select: organizationSelect })
      : await prisma.organization.findMany({ where: { deletedAt: null }, select: organizationSelect });
  if (target.kind === "organization" && organizations.length === 0) throw new NotFoundError();
  const matchOrganization = organizationMatcher(organizations);
  const [lookups, storedById] = await Promise.all([
    nameLookups(),
    loadStoredOffers(groups.map((g) => g.offerId).filter((id): id is number => id !== null)),
  ]);
  const codes = new Set<string>();
  for (const row of parsed.rows) if (row.cells.postalCode !== undefined) codes.add(cellText(row.cells.postalCode).padStart(5, "0"));
  for (const o of organizations) if (o.postalCode) codes.add(o.postalCode);
  const centres = await loadPostalCentres(codes);
  const readRow = createRowReader(await withAliases(lookups, parsed.rows));

  const plan: ImportPlan = {
    format: parsed.format,
    offers: [],
    errors: [],
    warnings: [],
    newOrganizations: [],
    counts: { created: 0, updated: 0, unchanged: 0 },
  };
  const newOrganizations = new Map<string, string>();

  for (let index = 0; index < groups.length; index++) {
    if (index % 250 === 0) {
      await onProgress?.(index, groups.length);
      await yieldToEventLoop();
    }
    const group = groups[index];
    const first = group.rows[0];
    const errors: ImportIssue[] = [];
    const error = (column: ColumnKey | null, code: string, values?: ImportIssue["values"], row = first.row) =>
      errors.push({ row, column, code: `OfferExchange.row.${code}`, values });
    if (group.idProblem) error("id", "invalidId", { value: cellText(first.cells.id) });

    // Organisation: the target's, or the one the row names (portal files of editors).
    const reference = cellText(first.cells.organization);
    let organization: OrganizationRecord | { newName: string } | null = null;
    const stored = group.offerId !== null ? (storedById.get(group.offerId) ?? null) : null;
    if (target.kind === "organization") {
      organization = organizations[0];
      if (reference && matchOrganization(reference)?.id !== organization.id)
        error("organization", "organizationMismatch", { value: reference });
    } else if (reference) {
      organization = matchOrganization(reference);
      if (!organization) {
        if (/^\d+$/.test(reference)) error("organization", "unknownOrganizationId", { value: reference });
        else {
          const key = lookupKey(reference);
          if (!newOrganizations.has(key)) newOrganizations.set(key, reference.trim());
          organization = { newName: newOrganizations.get(key)! };
        }
      }
    } else if (stored) {
      organization = organizations.find((o) => o.id === stored.organizationId) ?? null;
    } else {
      error("organization", "organizationRequired");
    }

    if (group.offerId !== null) {
      const organizationId = organization && "id" in organization ? organization.id : null;
      // Another organisation's offer reads exactly like a missing one.
      if (!stored || stored.organizationId !== organizationId) error("id", "offerNotFound", { id: group.offerId });
    }

    const organizationId = organization && "id" in organization ? organization.id : NEW_ORGANIZATION_ID;
    const { values, entrySources, problems } = readRow(group.rows, organizationId);
    for (const p of problems) errors.push({ row: p.row, column: p.column, code: `OfferExchange.row.${p.code}`, values: p.values });
    const parsedInput = OfferInputSchema.safeParse(values);
    if (!parsedInput.success) {
      // A cell already reported (e.g. an unknown category) is not reported again by the schema ("category required").
      const reported = new Set(errors.map((e) => `${e.row}|${e.column}`));
      const seen = new Set<string>();
      for (const issue of parsedInput.error.issues) {
        const source = issueSource(issue.path, first.row, entrySources);
        const code = schemaMessageKey(issue.message);
        const key = `${source.row}|${source.column}|${code}`;
        if (seen.has(key) || reported.has(`${source.row}|${source.column}`)) continue;
        seen.add(key);
        errors.push({ row: source.row, column: source.column, code });
      }
    } else {
      parsedInput.data.images.forEach((image) => {
        if (!isUploadPath(image.path)) error("images", "imageMissing", { value: image.path });
      });
    }
    if (errors.length > 0 || !parsedInput.success || !organization) {
      plan.errors.push(...errors);
      continue;
    }
    const input = parsedInput.data;
    const place = "id" in organization ? organization : null;
    const { location, warning } = resolveImportLocation(input.location, place, stored, centres);
    if (warning) plan.warnings.push({ row: first.row, column: warning.column, code: `OfferExchange.warning.${warning.code}` });
    let action: PlannedOffer["action"] = stored ? "update" : "create";
    if (stored && changedFields(storedOfferSnapshot(stored), offerSnapshot(input, location, stored.status)).length === 0)
      action = "unchanged";
    plan.counts[action === "create" ? "created" : action === "update" ? "updated" : "unchanged"] += 1;
    plan.offers.push({
      row: first.row,
      organization: "id" in organization ? { id: organization.id } : organization,
      offerId: stored?.id ?? null,
      input,
      location,
      action,
      stored,
    });
  }
  plan.newOrganizations = [...newOrganizations.values()];
  await onProgress?.(groups.length, groups.length);
  return plan;
}
