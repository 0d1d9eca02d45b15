import "server-only";
import type { SessionUser } from "@/features/accounts/types";
import { parseOfferSearch } from "@/features/search/params/parse";
import { parseId } from "@/lib/ids";
import { toAppError } from "@/lib/errors";
import { fileLanguage } from "./columns";
import { exportOffersFor, offerTemplate, type ExportScope } from "./export";
import { importTranslator } from "./import-flow";

// GET /api/offer-export and /api/offer-import/template, without the session lookup (the routes
// pass the user) so tests call them directly. Who may export what is checked in export.ts; a
// refusal is a plain-text 4xx in the user's language, never a 500 for bad input.
//   ?organization=<id>         one organisation's offers (its members, editors)
//   ?scope=all                 every offer (editors; planners: the published ones)
//   ?scope=search&<search>     the offers of a search URL (editors, planners)

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function download(fileName: string, bytes: Buffer): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, "")}"`,
      "Cache-Control": "no-store",
    },
  });
}

function text(message: string, status: number): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

function scopeOf(params: URLSearchParams): ExportScope | null {
  const organization = params.get("organization");
  if (organization !== null) {
    const id = parseId(organization);
    return id === null ? null : { kind: "organization", organizationId: id };
  }
  const scope = params.get("scope");
  if (scope === "all") return { kind: "all" };
  if (scope === "search") {
    const search: Record<string, string | string[]> = {};
    for (const key of new Set(params.keys())) if (key !== "scope" && key !== "locale") search[key] = params.getAll(key);
    return { kind: "search", query: parseOfferSearch(search).query };
  }
  return null;
}

export async function handleExportRequest(request: Request, user: SessionUser | null): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const { translate, locale } = importTranslator(params.get("locale") ?? user?.locale);
  if (!user) return text(translate("ActionErrors.unauthorized"), 401);
  const scope = scopeOf(params);
  if (!scope) return text(translate("ActionErrors.notFound"), 404);
  try {
    const file = await exportOffersFor(user, scope, fileLanguage(locale));
    return download(file.fileName, file.bytes);
  } catch (error) {
    const appError = toAppError(error);
    return text(translate(appError.status >= 500 ? "ActionErrors.unexpected" : appError.code), appError.status);
  }
}

export async function handleTemplateRequest(request: Request, user: SessionUser | null): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const { translate, locale } = importTranslator(params.get("locale") ?? user?.locale);
  if (!user) return text(translate("ActionErrors.unauthorized"), 401);
  const file = await offerTemplate(fileLanguage(locale));
  return download(file.fileName, file.bytes);
}
