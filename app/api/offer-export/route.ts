import { getSessionUser } from "@/features/accounts/session";
import { handleExportRequest } from "@/features/offer-exchange/export-request";

// Offers as .xlsx (features/offer-exchange/export-request.ts says which and for whom).
export async function GET(request: Request) {
  return handleExportRequest(request, await getSessionUser());
}
