import { getSessionUser } from "@/features/accounts/session";
import { handleTemplateRequest } from "@/features/offer-exchange/export-request";

// The import template (.xlsx) in the file language of ?locale= (German for "de", else English).
export async function GET(request: Request) {
  return handleTemplateRequest(request, await getSessionUser());
}
