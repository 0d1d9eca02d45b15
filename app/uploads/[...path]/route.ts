import { serveUpload } from "@/features/uploads/serve-upload";

// Uploaded images (see lib/uploads.ts). Outside the [locale] tree and excluded from proxy.ts's matcher.
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  return serveUpload(request, path);
}
