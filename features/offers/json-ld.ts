// schema.org structured data for an offer page: an Event when the offer has concrete upcoming dates,
// otherwise a Service. Built from public fields only.

export type JsonLdOffer = {
  title: string;
  summary: string | null;
  description: string | null;
  url: string;
  locationType: "ADDRESS" | "ONLINE" | "NONE";
  locationName: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  lat: number | null;
  lng: number | null;
  onlineUrl: string | null;
  isFree: boolean;
  costAmountCents: number | null;
  languages: string[];
  provider: { name: string; url: string };
  images: string[];
};

type Occurrence = { startsAt: Date; endsAt: Date };

function place(offer: JsonLdOffer): Record<string, unknown> | undefined {
  if (offer.locationType === "ONLINE") return { "@type": "VirtualLocation", ...(offer.onlineUrl ? { url: offer.onlineUrl } : {}) };
  if (offer.locationType !== "ADDRESS" || (!offer.street && !offer.city)) return undefined;
  return {
    "@type": "Place",
    ...(offer.locationName ? { name: offer.locationName } : {}),
    address: {
      "@type": "PostalAddress",
      ...(offer.street ? { streetAddress: offer.street } : {}),
      ...(offer.postalCode ? { postalCode: offer.postalCode } : {}),
      ...(offer.city ? { addressLocality: offer.city } : {}),
      addressCountry: "DE",
    },
    ...(offer.lat !== null && offer.lng !== null ? { geo: { "@type": "GeoCoordinates", latitude: offer.lat, longitude: offer.lng } } : {}),
  };
}

function price(offer: JsonLdOffer): Record<string, unknown> | undefined {
  if (offer.isFree) return { "@type": "Offer", price: 0, priceCurrency: "EUR", url: offer.url };
  if (offer.costAmountCents !== null)
    return { "@type": "Offer", price: (offer.costAmountCents / 100).toFixed(2), priceCurrency: "EUR", url: offer.url };
  return undefined;
}

export function offerJsonLd(offer: JsonLdOffer, upcoming: Occurrence[]): Record<string, unknown> {
  const common = {
    "@context": "https://schema.org",
    name: offer.title,
    ...(offer.summary || offer.description ? { description: offer.summary ?? offer.description } : {}),
    url: offer.url,
    ...(offer.images.length > 0 ? { image: offer.images } : {}),
  };
  const organization = { "@type": "Organization", name: offer.provider.name, url: offer.provider.url };
  const location = place(offer);
  const offers = price(offer);
  const next = upcoming[0];
  if (next) {
    return {
      ...common,
      "@type": "Event",
      startDate: next.startsAt.toISOString(),
      endDate: next.endsAt.toISOString(),
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode:
        offer.locationType === "ONLINE" ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode",
      ...(location ? { location } : {}),
      organizer: organization,
      isAccessibleForFree: offer.isFree,
      ...(offers ? { offers } : {}),
      ...(offer.languages.length > 0 ? { inLanguage: offer.languages } : {}),
      ...(upcoming.length > 1
        ? {
            subEvent: upcoming
              .slice(1)
              .map((o) => ({ "@type": "Event", name: offer.title, startDate: o.startsAt.toISOString(), endDate: o.endsAt.toISOString() })),
          }
        : {}),
    };
  }
  return {
    ...common,
    "@type": "Service",
    provider: organization,
    ...(location ? { areaServed: location } : {}),
    ...(offers ? { offers } : {}),
    ...(offer.languages.length > 0 ? { availableLanguage: offer.languages } : {}),
  };
}

/**
 * JSON for a <script type="application/ld+json">: `<`, `>` and `&` are escaped as \u sequences so a
 * title like "</script><script>…" cannot end the script element; U+2028/9 are escaped for old parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
