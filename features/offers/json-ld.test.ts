import { describe, expect, it } from "vitest";
import { offerJsonLd, serializeJsonLd, type JsonLdOffer } from "./json-ld";

const offer: JsonLdOffer = {
  title: "</script><script>alert(1)</script> & Co",
  summary: "Kurz",
  description: null,
  url: "https://example.org/de/angebote/x",
  locationType: "ADDRESS",
  locationName: "Turnhalle",
  street: "Hauptstraße 1",
  postalCode: "44135",
  city: "Dortmund",
  lat: 51.5,
  lng: 7.46,
  onlineUrl: null,
  isFree: false,
  costAmountCents: 1250,
  languages: ["de", "tr"],
  provider: { name: "TV Beispiel", url: "https://example.org/de/anbieter/tv" },
  images: [],
};

describe("serializeJsonLd", () => {
  it("cannot close the script element and round-trips as JSON", () => {
    const text = serializeJsonLd(offerJsonLd(offer, []));
    expect(text).not.toContain("<");
    expect(text).not.toContain(">");
    expect(text).not.toContain("&");
    expect(JSON.parse(text).name).toBe(offer.title);
    expect(serializeJsonLd({ a: "\u2028" })).toBe('{"a":"\\u2028"}');
  });
});

describe("offerJsonLd", () => {
  it("is an Event with the next dates when there are upcoming occurrences", () => {
    const upcoming = [
      { startsAt: new Date("2026-09-01T14:00:00Z"), endsAt: new Date("2026-09-01T15:30:00Z") },
      { startsAt: new Date("2026-09-08T14:00:00Z"), endsAt: new Date("2026-09-08T15:30:00Z") },
    ];
    const data = offerJsonLd(offer, upcoming);
    expect(data).toMatchObject({
      "@type": "Event",
      startDate: "2026-09-01T14:00:00.000Z",
      location: { "@type": "Place", address: { postalCode: "44135" }, geo: { latitude: 51.5 } },
      offers: { price: "12.50", priceCurrency: "EUR" },
      organizer: { name: "TV Beispiel" },
    });
    expect(data.subEvent).toHaveLength(1);
  });

  it("is a Service without dates, with a virtual location for online offers", () => {
    const data = offerJsonLd({ ...offer, locationType: "ONLINE", onlineUrl: "https://meet.example.org", isFree: true }, []);
    expect(data).toMatchObject({ "@type": "Service", areaServed: { "@type": "VirtualLocation" }, offers: { price: 0 } });
  });
});
