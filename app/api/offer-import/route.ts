import { getSessionUser } from "@/features/accounts/session";
import { handleImportPreviewRequest } from "@/features/offer-exchange/import-request";

// Upload of an offer spreadsheet for the import preview (features/offer-exchange/import-request.ts):
// streams progress and the preview; writes nothing to the database.
export async function POST(request: Request) {
  return handleImportPreviewRequest(request, await getSessionUser());
}
