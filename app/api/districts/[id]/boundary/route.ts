import { revalidatePath } from "next/cache";
import { getSessionUser } from "@/features/accounts/session";
import { handleBoundaryUpload } from "@/features/settings/boundary-request";

// Upload of a district's boundary (GeoJSON Polygon/MultiPolygon, ≤ 1 MB) from the admins' district
// page (features/settings/components/district-boundary-upload.tsx); the body is the file itself.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleBoundaryUpload(request, await getSessionUser(), id, () => revalidatePath("/", "layout"));
}
