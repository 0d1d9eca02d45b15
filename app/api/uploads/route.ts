import { getSessionUser } from "@/features/accounts/session";
import { handleUploadRequest, uploadTranslator } from "@/features/uploads/upload-request";

// Image upload for profile and offer forms (features/uploads/components/image-upload-field.tsx).
// Multipart: "file" (JPEG/PNG/WebP ≤ 5 MB) and "kind" ("logo" | "image"); answers {path} or {error}
// with the message in ?locale= (the form's language), else the user's, else German.
export async function POST(request: Request) {
  const user = await getSessionUser();
  const t = uploadTranslator(new URL(request.url).searchParams.get("locale") ?? user?.locale);
  return handleUploadRequest(request, user, t);
}
