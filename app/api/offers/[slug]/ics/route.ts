import { getPathname } from "@/i18n/navigation";
import { locales, type Locale } from "@/i18n/routing";
import { getPublicOffer } from "@/features/offers/detail-queries";
import { buildOfferCalendar } from "@/features/offers/ics";
import { siteBaseUrl } from "@/features/seo/base-url";
import { recordEvent } from "@/features/analytics/record";

// The offer's dates as an .ics download. Same visibility as the offer page (expired offers included);
// everything else is a 404.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const requested = new URL(request.url).searchParams.get("locale");
  const locale: Locale = (locales as readonly string[]).includes(requested ?? "") ? (requested as Locale) : "de";
  const data = await getPublicOffer(slug);
  if (!data) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { offer, schedule } = data;
  const url = (await siteBaseUrl()) + getPathname({ locale, href: { pathname: "/offers/[slug]", params: { slug } } });
  const location =
    offer.locationType === "ONLINE"
      ? offer.onlineUrl
      : offer.locationType === "ADDRESS"
        ? [offer.locationName, offer.street, [offer.postalCode, offer.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") || null
        : null;
  const { ics, eventCount } = buildOfferCalendar({ uuid: offer.uuid, title: offer.title, summary: offer.summary, url, location, schedule });
  if (eventCount === 0) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  // The slug is [a-z0-9-] by construction; strip anything else to keep the header well-formed.
  // A download is a user action of its own (links to it are never prefetched); bots are not counted.
  if (request.method === "GET") {
    recordEvent(
      { type: "ICS", offerId: offer.id, organizationId: offer.organization.id, locale },
      { userAgent: request.headers.get("user-agent") },
    );
  }
  const filename = `${offer.slug.replace(/[^a-z0-9-]/gi, "") || "angebot"}.ics`;
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "public, max-age=300",
      "X-Robots-Tag": "noindex",
    },
  });
}
