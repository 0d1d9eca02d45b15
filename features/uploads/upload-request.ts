import { BodyTooLargeError, readBodyWithLimit } from "@/lib/request-body";
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { routing, type Locale } from "@/i18n/routing";
import type { SessionUser } from "@/features/accounts/types";
import { AppError, toAppError } from "@/lib/errors";
import { MAX_UPLOAD_BYTES, storeImage, type UploadKind } from "@/lib/uploads";
import { env } from "@/lib/env";
import { canUpload } from "./permissions";

// POST /api/uploads, without the session lookup (the route passes the user) so tests call it directly.
// Every failure is a JSON {error} with a translated message and a 4xx status: bad input never
// produces a 500. The body is read as a stream with a hard limit, so a client lying about (or
// omitting) Content-Length cannot make the server buffer more than the limit.

/** Room for the multipart boundaries and part headers around a file of MAX_UPLOAD_BYTES. */
const MULTIPART_OVERHEAD = 64 * 1024;
export const MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD;

/** Uploads per user per window: generous for filling a profile, a brake on scripts filling the disk. */
export const UPLOAD_LIMIT = { max: 30, windowMs: 10 * 60 * 1000 };
const recentUploads = new Map<number, number[]>();

export type Translate = (key: string) => string;

const messageCache = new Map<Locale, Record<string, string>>();

/**
 * The Uploads messages of a locale (unknown locales fall back to the default), read from
 * messages/<locale>.json like lib/mail does — a route handler has no next-intl request locale, and
 * these messages are plain strings without placeholders.
 */
export function uploadTranslator(locale: string | null | undefined): Translate {
  const resolved: Locale = (routing.locales as readonly string[]).includes(locale ?? "") ? (locale as Locale) : routing.defaultLocale;
  let messages = messageCache.get(resolved);
  if (!messages) {
    const file = path.join(/*turbopackIgnore: true*/ process.cwd(), "messages", `${resolved}.json`);
    messages = (JSON.parse(fs.readFileSync(file, "utf8")) as { Uploads?: Record<string, string> }).Uploads ?? {};
    if (env().NODE_ENV === "production") messageCache.set(resolved, messages);
  }
  const current = messages;
  return (key) => current[key] ?? key;
}

class TooLargeError extends AppError {
  constructor() {
    super("Uploads.tooLarge", 413);
  }
}

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** True when the user is still under the limit; counts this attempt. */
function takeUploadSlot(userId: number, now = Date.now()): boolean {
  const since = now - UPLOAD_LIMIT.windowMs;
  const times = (recentUploads.get(userId) ?? []).filter((t) => t > since);
  if (times.length >= UPLOAD_LIMIT.max) {
    recentUploads.set(userId, times);
    return false;
  }
  times.push(now);
  recentUploads.set(userId, times);
  return true;
}

/** For tests: forget the counted uploads. */
export function resetUploadLimit(): void {
  recentUploads.clear();
}

async function parseUploadForm(request: Request): Promise<{ bytes: Uint8Array; kind: UploadKind }> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) throw new AppError("Uploads.missingFile", 400);
  const body = await readBodyWithLimit(request, MAX_REQUEST_BYTES).catch((error: unknown) => {
    throw error instanceof BodyTooLargeError ? new TooLargeError() : error;
  });
  let form: FormData;
  try {
    form = await new Request("http://upload.invalid/", { method: "POST", headers: { "content-type": contentType }, body }).formData();
  } catch {
    throw new AppError("Uploads.missingFile", 400);
  }
  const file = form.get("file");
  if (!file || typeof file === "string") throw new AppError("Uploads.missingFile", 400);
  if (file.size > MAX_UPLOAD_BYTES) throw new TooLargeError();
  const kindValue = form.get("kind");
  const kind: UploadKind = kindValue === "logo" ? "logo" : "image";
  if (kindValue !== null && kindValue !== "logo" && kindValue !== "image") throw new AppError("Uploads.invalidKind", 400);
  return { bytes: new Uint8Array(await file.arrayBuffer()), kind };
}

/** Answers an upload request for `user` (null = not signed in). */
export async function handleUploadRequest(request: Request, user: SessionUser | null, t: Translate): Promise<Response> {
  const fail = (code: string, status: number, headers?: Record<string, string>) =>
    json({ error: t(code.startsWith("Uploads.") ? code.slice("Uploads.".length) : "unexpected") }, status, headers);
  if (!user) return fail("Uploads.unauthorized", 401);
  if (!canUpload(user)) return fail("Uploads.forbidden", 403);
  if (!takeUploadSlot(user.id)) {
    return fail("Uploads.tooMany", 429, { "Retry-After": String(Math.ceil(UPLOAD_LIMIT.windowMs / 1000)) });
  }
  try {
    const { bytes, kind } = await parseUploadForm(request);
    const { path } = await storeImage(bytes, kind);
    return json({ path }, 201);
  } catch (error) {
    const appError = toAppError(error);
    if (appError.status >= 500) return fail("Uploads.unexpected", 500);
    const status = appError.code === "Uploads.tooLarge" ? 413 : appError.status;
    return fail(appError.code.startsWith("Uploads.") ? appError.code : "Uploads.invalidType", status);
  }
}
