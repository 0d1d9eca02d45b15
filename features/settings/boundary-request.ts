import "server-only";
import type { SessionUser } from "@/features/accounts/types";
import { AppError, toAppError, UnauthorizedError } from "@/lib/errors";
import { BodyTooLargeError, readBodyWithLimit } from "@/lib/request-body";
import { invalidateSharedCache } from "@/lib/shared-cache";
import { setDistrictBoundaryFor } from "./district-mutations";
import { DISTRICT_ERRORS_NAMESPACE } from "./district-schemas";
import { BoundaryError, MAX_BOUNDARY_BYTES, parseBoundary } from "./geojson";
import { canManageSettings } from "./permissions";

// POST /api/districts/<id>/boundary with the GeoJSON file as the raw body, without the session
// lookup (the route passes the user) so tests call it directly. Answers {ok: true} or {error} with a
// message key (the admins' page translates it: the messages are in the client's DistrictSettings
// namespace). The body is read as a stream with a hard limit: a 10 MB file is cut off after 1 MB,
// never buffered whole. Nothing is stored unless the whole file passed every check.

function json(body: unknown, status: number): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

const fail = (key: string, status: number) => json({ error: `${DISTRICT_ERRORS_NAMESPACE}.${key}` }, status);

export async function handleBoundaryUpload(
  request: Request,
  user: SessionUser | null,
  districtId: string,
  afterSave: () => void,
): Promise<Response> {
  if (!user) return json({ error: new UnauthorizedError().code }, 401);
  if (!canManageSettings(user)) return json({ error: "ActionErrors.forbidden" }, 403);
  try {
    const bytes = await readBodyWithLimit(request, MAX_BOUNDARY_BYTES);
    const geometry = parseBoundary(bytes);
    const { changed } = await setDistrictBoundaryFor(user, districtId, geometry);
    if (changed) {
      invalidateSharedCache();
      afterSave();
    }
    return json({ ok: true }, 200);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return fail("boundaryTooLarge", 413);
    if (error instanceof BoundaryError) return fail(error.key, 400);
    const appError: AppError = toAppError(error);
    return json({ error: appError.status >= 500 ? "ActionErrors.unexpected" : appError.code }, appError.status);
  }
}
