import { BodyTooLargeError, readBodyWithLimit } from "@/lib/request-body";
import "server-only";
import type { SessionUser } from "@/features/accounts/types";
import { parseId } from "@/lib/ids";
import { toAppError } from "@/lib/errors";
import { importLimits, importTranslator, previewImport, type ImportPreview } from "./import-flow";
import { canImportOffersInto, canImportPortalFile } from "./permissions";
import type { ImportTarget } from "./validate";

// POST /api/offer-import: multipart "file" + "target" (an organisation id, or "file" for an
// editor's portal file). Answers newline-delimited JSON so the page can show progress while a large
// file is checked: {"type":"progress","done":n,"total":m}… then {"type":"preview",…} or
// {"type":"error","message":…}. Refusals before reading (not signed in, no permission, too large)
// are plain JSON errors with a 4xx status. Nothing is written to the database here.

export type ImportStreamEvent =
  { type: "progress"; done: number; total: number } | { type: "preview"; preview: ImportPreview } | { type: "error"; message: string };

const MULTIPART_OVERHEAD = 64 * 1024;

/** Checks per user per window: plenty for fixing a file several times, a brake on scripts filling the staging folder. */
export const PREVIEW_LIMIT = { max: 30, windowMs: 10 * 60 * 1000 };
const recentPreviews = new Map<number, number[]>();

function takePreviewSlot(userId: number, now = Date.now()): boolean {
  const times = (recentPreviews.get(userId) ?? []).filter((t) => t > now - PREVIEW_LIMIT.windowMs);
  const allowed = times.length < PREVIEW_LIMIT.max;
  if (allowed) times.push(now);
  recentPreviews.set(userId, times);
  return allowed;
}

function json(body: unknown, status: number): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

function targetOf(value: FormDataEntryValue | null): ImportTarget | null {
  if (value === "file") return { kind: "file" };
  const id = parseId(typeof value === "string" ? value : null);
  return id === null ? null : { kind: "organization", organizationId: id };
}

export async function handleImportPreviewRequest(request: Request, user: SessionUser | null): Promise<Response> {
  const { translate } = importTranslator(new URL(request.url).searchParams.get("locale") ?? user?.locale);
  const locale = new URL(request.url).searchParams.get("locale") ?? user?.locale ?? "de";
  const fail = (key: string, status: number, values?: Record<string, string | number>) => json({ error: translate(key, values) }, status);
  if (!user) return fail("ActionErrors.unauthorized", 401);
  if (!takePreviewSlot(user.id)) return fail("OfferExchange.file.tooMany", 429);
  const limits = importLimits();
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) return fail("OfferExchange.file.missingFile", 400);
  let form: FormData;
  try {
    const body = await readBodyWithLimit(request, limits.maxBytes + MULTIPART_OVERHEAD);
    form = await new Request("http://import.invalid/", { method: "POST", headers: { "content-type": contentType }, body }).formData();
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      return fail("OfferExchange.file.tooLarge", 413, { megabytes: Math.round((limits.maxBytes / 1048576) * 10) / 10 });
    return fail("OfferExchange.file.missingFile", 400);
  }
  const target = targetOf(form.get("target"));
  if (!target) return fail("ActionErrors.notFound", 404);
  if (target.kind === "organization" && !canImportOffersInto(user, target.organizationId)) return fail("ActionErrors.notFound", 404);
  if (target.kind === "file" && !canImportPortalFile(user)) return fail("ActionErrors.forbidden", 403);
  const file = form.get("file");
  if (!file || typeof file === "string") return fail("OfferExchange.file.missingFile", 400);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const fileName = file.name || "upload";

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: ImportStreamEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      try {
        const preview = await previewImport(user, {
          bytes,
          fileName,
          target,
          locale,
          onProgress: (done, total) => send({ type: "progress", done, total }),
        });
        send({ type: "preview", preview });
      } catch (error) {
        const appError = toAppError(error);
        send({
          type: "error",
          message: appError.status >= 500 ? translate("ActionErrors.unexpected") : translate(appError.code, appError.values),
        });
      }
      controller.close();
    },
  });
  return new Response(stream, {
    status: 200,
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" },
  });
}
