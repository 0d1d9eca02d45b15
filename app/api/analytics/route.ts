import { acceptBeacon } from "@/features/analytics/beacon";

// The analytics beacon (features/analytics/components/analytics-beacon.tsx): a signed token and an
// action. Always 204 and never an error page — the browser does not wait for or read the answer.
// Cross-site posts are ignored: only the portal's own pages count.
const MAX_BODY = 4096;

export async function POST(request: Request) {
  const noContent = new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return noContent;
  const origin = request.headers.get("origin");
  if (origin && hostOf(origin) !== request.headers.get("host")) return noContent;
  try {
    const text = await request.text();
    if (text.length > MAX_BODY) return noContent;
    acceptBeacon(JSON.parse(text), { userAgent: request.headers.get("user-agent") });
  } catch {
    // Malformed body: nothing to count.
  }
  return noContent;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
