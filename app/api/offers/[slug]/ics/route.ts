import { getPathname } from "@/i18n/navigation";
import { locales, type Locale } from "@/i18n/routing";
import { publicOfferCalendar } from "@/features/offers/calendar-download";
import { siteBaseUrl } from "@/features/seo/base-url";
import { recordEvent } from "@/features/analytics/record";

// The offer's dates as an .ics download. Same visibility as the offer page (expired offers included);
// everything else is a 404.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const requested = new URL(request.url).searchParams.get("locale");
  const locale: Locale = (locales as readonly string[]).includes(requested ?? "") ? (requested as Locale) : "de";
  const baseUrl = await siteBaseUrl();
  const calendar = await publicOfferCalendar(
    slug,
    locale,
    (offerSlug) => baseUrl + getPathname({ locale, href: { pathname: "/offers/[slug]", params: { slug: offerSlug } } }),
  );
  if (!calendar || calendar.eventCount === 0)
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { ics } = calendar;
  // The slug is [a-z0-9-] by construction; strip anything else to keep the header well-formed.
  // A download is a user action of its own (links to it are never prefetched); bots are not counted.
  if (request.method === "GET") {
    recordEvent(
      { type: "ICS", offerId: calendar.offerId, organizationId: calendar.organizationId, locale },
      { userAgent: request.headers.get("user-agent") },
    );
  }
  const filename = `${calendar.slug.replace(/[^a-z0-9-]/gi, "") || "angebot"}.ics`;
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "public, max-age=300",
      "X-Robots-Tag": "noindex",
    },
  });
}
