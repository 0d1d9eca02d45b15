import "server-only";
import { shownText, translationFor } from "@/lib/content-translation";
import { getPublicOffer } from "./detail-queries";
import { buildOfferCalendar } from "./ics";

export type OfferCalendar = { ics: string; eventCount: number; offerId: number; organizationId: number; slug: string };

/**
 * The .ics download of a public offer (same visibility as its page) in the visitor's locale: title
 * and summary from the locale's translation where it has them, else the provider's German text,
 * each marked with its language. Null when the offer is not public.
 */
export async function publicOfferCalendar(
  slug: string,
  locale: string,
  pageUrl: (slug: string) => string,
  now: Date = new Date(),
): Promise<OfferCalendar | null> {
  const data = await getPublicOffer(slug, now);
  if (!data) return null;
  const { offer, schedule } = data;
  const translation = translationFor(offer.translations, locale);
  const title = shownText(offer.title, translation, translation?.title);
  const summary = shownText(offer.summary, translation, translation?.summary);
  const location =
    offer.locationType === "ONLINE"
      ? offer.onlineUrl
      : offer.locationType === "ADDRESS"
        ? [offer.locationName, offer.street, [offer.postalCode, offer.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") || null
        : null;
  const { ics, eventCount } = buildOfferCalendar(
    {
      uuid: offer.uuid,
      title: title?.text ?? offer.title,
      titleLang: title?.lang,
      summary: summary?.text ?? null,
      summaryLang: summary?.lang,
      url: pageUrl(offer.slug),
      location,
      schedule,
    },
    now,
  );
  return { ics, eventCount, offerId: offer.id, organizationId: offer.organization.id, slug: offer.slug };
}
