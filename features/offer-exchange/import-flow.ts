import "server-only";
import fs from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { routing, type Locale } from "@/i18n/routing";
import type { SessionUser } from "@/features/accounts/types";
import { env } from "@/lib/env";
import { applyImportPlan, type ImportOutcome } from "./apply";
import { fileLanguage, headerOf, type FileLanguage } from "./columns";
import { parseSpreadsheet, type FileFormat } from "./parse";
import { claimStagedUpload, readStagedUpload, stageUpload } from "./staging";
import { planImport, type ImportIssue, type ImportTarget, type ProgressReport } from "./validate";

// The two steps of an import. Preview: read and check the file, keep it staged, answer the figures
// and every problem in the user's language — nothing is written to the database. Confirm: read the
// staged file again, check it again against the database as it is now, and write it in one
// transaction (apply.ts).

/** How many problems the preview lists (all are counted). */
export const PREVIEW_ISSUE_LIMIT = 500;

export type PreviewIssue = { row: number; column: string | null; message: string };

export type ImportPreview = {
  /** Only for a file without errors: what the confirmation sends back. */
  token: string | null;
  fileName: string;
  format: FileFormat;
  counts: { created: number; updated: number; unchanged: number };
  errors: PreviewIssue[];
  errorCount: number;
  warnings: PreviewIssue[];
  warningCount: number;
  newOrganizations: string[];
  ignoredColumns: string[];
};

export type Translate = (key: string, values?: Record<string, string | number>) => string;

const messageCache = new Map<Locale, Record<string, unknown>>();

/** Messages of `locale` for a route handler, which has no next-intl request locale (as lib/mail does). */
export function importTranslator(locale: string | null | undefined): { translate: Translate; locale: Locale } {
  const resolved: Locale = (routing.locales as readonly string[]).includes(locale ?? "") ? (locale as Locale) : routing.defaultLocale;
  let messages = messageCache.get(resolved);
  if (!messages) {
    const file = path.join(/*turbopackIgnore: true*/ process.cwd(), "messages", `${resolved}.json`);
    messages = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
    if (env().NODE_ENV === "production") messageCache.set(resolved, messages);
  }
  const root = messages;
  const lookup = (key: string): string | null => {
    let node: unknown = root;
    for (const part of key.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
    return typeof node === "string" ? node : null;
  };
  return {
    locale: resolved,
    translate: (key, values) => {
      const message = lookup(key) ?? lookup("OfferExchange.row.invalid")!;
      return String(new IntlMessageFormat(message, resolved).format(values));
    },
  };
}

function describe(issues: ImportIssue[], translate: Translate, language: FileLanguage): PreviewIssue[] {
  return issues.slice(0, PREVIEW_ISSUE_LIMIT).map((issue) => ({
    row: issue.row,
    column: issue.column ? headerOf(issue.column, language) : null,
    message: translate(issue.code, issue.values),
  }));
}

export function importLimits() {
  const e = env();
  return { maxBytes: e.IMPORT_MAX_BYTES, maxOffers: e.IMPORT_MAX_OFFERS };
}

/** Step 1. Throws ImportFileError for a file refused as a whole, NotFound/Forbidden for a target the user may not import into. */
export async function previewImport(
  user: SessionUser,
  upload: { bytes: Uint8Array; fileName: string; target: ImportTarget; locale: string; onProgress?: ProgressReport },
): Promise<ImportPreview> {
  const limits = importLimits();
  const parsed = parseSpreadsheet(upload.bytes, upload.fileName, limits);
  const plan = await planImport(user, parsed, upload.target, { maxOffers: limits.maxOffers, onProgress: upload.onProgress });
  const { translate, locale } = importTranslator(upload.locale);
  const language = fileLanguage(locale);
  const token =
    plan.errors.length === 0
      ? await stageUpload(upload.bytes, { userId: user.id, target: upload.target, fileName: upload.fileName })
      : null;
  return {
    token,
    fileName: upload.fileName,
    format: plan.format,
    counts: plan.counts,
    errors: describe(plan.errors, translate, language),
    errorCount: plan.errors.length,
    warnings: describe(plan.warnings, translate, language),
    warningCount: plan.warnings.length,
    newOrganizations: plan.newOrganizations,
    ignoredColumns: parsed.ignoredHeaders,
  };
}

/** Step 2. The staged file of this user, checked again and written all or nothing. */
export async function confirmImportFor(
  user: SessionUser,
  token: unknown,
  { createOrganizations = false, now }: { createOrganizations?: boolean; now?: Date } = {},
): Promise<ImportOutcome> {
  const { staged, bytes } = await readStagedUpload(token, user.id);
  const claim = await claimStagedUpload(staged);
  try {
    const limits = importLimits();
    const parsed = parseSpreadsheet(bytes, staged.fileName, limits);
    const plan = await planImport(user, parsed, staged.target, { maxOffers: limits.maxOffers });
    const outcome = await applyImportPlan(user, plan, staged.target, { createOrganizations, now, fileName: staged.fileName });
    await claim.discard();
    return outcome;
  } catch (error) {
    await claim.release();
    throw error;
  }
}
