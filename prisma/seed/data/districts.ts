// The fictional town of Musterstadt: eight districts around a centre. Coordinates are placed on a
// real map area so tiles look like a town; all names, streets and postal codes are invented.

export const MAP_CENTER = { lat: 51.5105, lng: 7.4625, zoom: 13 } as const;

export type DistrictSeed = {
  slug: string;
  name: string;
  /** Locative for running text: "in der Altstadt", "im Hafenviertel". */
  inName: string;
  nameEn?: string;
  lat: number;
  lng: number;
  postalCodes: { code: string; lat: number; lng: number }[];
  streets: string[];
  /** Public places where offers take place (besides the providers' own addresses). */
  venues: string[];
};

export const DISTRICTS: DistrictSeed[] = [
  {
    slug: "altstadt",
    name: "Altstadt",
    inName: "in der Altstadt",
    nameEn: "Old Town",
    lat: 51.5136,
    lng: 7.4651,
    postalCodes: [
      { code: "12345", lat: 51.5142, lng: 7.4622 },
      { code: "12347", lat: 51.5121, lng: 7.4689 },
    ],
    streets: ["Marktplatz", "Kirchstraße", "Am Rathaus", "Große Brückstraße", "Schustergasse", "Goethestraße", "Kleiner Wall"],
    venues: ["Stadtteilzentrum Altstadt", "Rathaus, Bürgersaal", "Stadtbibliothek, Veranstaltungsraum", "Kulturhaus Alte Weberei"],
  },
  {
    slug: "nordstadt",
    name: "Nordstadt",
    inName: "in der Nordstadt",
    lat: 51.5291,
    lng: 7.4583,
    postalCodes: [
      { code: "12351", lat: 51.5312, lng: 7.4541 },
      { code: "12353", lat: 51.5277, lng: 7.4632 },
      { code: "12355", lat: 51.5335, lng: 7.4655 },
    ],
    streets: ["Lessingplatz", "Amselweg", "Nordmarkt", "Schützenstraße", "Lortzingstraße", "Weißenburger Straße", "Am Volkspark"],
    venues: ["Stadtteilzentrum Nordstadt", "Bürgerhaus Nordmarkt", "Sporthalle der Gesamtschule Nord", "Familienbüro Nordstadt"],
  },
  {
    slug: "hafenviertel",
    name: "Hafenviertel",
    inName: "im Hafenviertel",
    nameEn: "Harbour Quarter",
    lat: 51.5238,
    lng: 7.4332,
    postalCodes: [{ code: "12357", lat: 51.5241, lng: 7.4318 }],
    streets: ["Hafenstraße", "Speicherstraße", "Am Kanal", "Lotsenweg", "Kranstraße", "Fährstraße"],
    venues: ["Jugendzentrum am Hafen", "Begegnungsstätte Alter Speicher", "Bootshaus am Kanal"],
  },
  {
    slug: "lindenhof",
    name: "Lindenhof",
    inName: "in Lindenhof",
    lat: 51.5003,
    lng: 7.4329,
    postalCodes: [
      { code: "12359", lat: 51.5019, lng: 7.4297 },
      { code: "12361", lat: 51.4978, lng: 7.4371 },
    ],
    streets: ["Lindenallee", "Rosenweg", "Fröbelstraße", "Am Mühlenteich", "Ulmenstraße", "Kastanienweg", "Fliederstraße"],
    venues: ["Gemeindezentrum Lindenhof", "Sporthalle Lindenhof", "Familienzentrum am Mühlenteich"],
  },
  {
    slug: "suedstadt",
    name: "Südstadt",
    inName: "in der Südstadt",
    lat: 51.4939,
    lng: 7.4702,
    postalCodes: [
      { code: "12363", lat: 51.4951, lng: 7.4664 },
      { code: "12365", lat: 51.4912, lng: 7.4748 },
    ],
    streets: ["Südwall", "Kreuzstraße", "Hohe Straße", "Hölderlinstraße", "Am Südpark", "Sonnenstraße", "Prinz-Friedrich-Straße"],
    venues: ["Nachbarschaftshaus Südstadt", "Gemeindehaus St. Johannis", "Südbad, Lehrschwimmbecken", "Bürgerpark-Pavillon"],
  },
  {
    slug: "oststadt",
    name: "Oststadt",
    inName: "in der Oststadt",
    lat: 51.5122,
    lng: 7.4951,
    postalCodes: [
      { code: "12367", lat: 51.5139, lng: 7.4912 },
      { code: "12369", lat: 51.5098, lng: 7.5003 },
    ],
    streets: ["Ostwall", "Turnerplatz", "Sportplatzweg", "Am Turnerheim", "Liebigstraße", "Blücherweg", "Heiliger Weg"],
    venues: ["Sportpark Oststadt", "Seniorenbegegnungsstätte Turnerplatz", "Vereinsheim am Sportplatzweg"],
  },
  {
    slug: "westerfeld",
    name: "Westerfeld",
    inName: "in Westerfeld",
    lat: 51.5098,
    lng: 7.4176,
    postalCodes: [{ code: "12371", lat: 51.5104, lng: 7.4162 }],
    streets: ["Westerfelder Straße", "Am Grünzug", "Haselnussweg", "Feldstraße", "Zum Wasserturm", "Äußere Ringstraße"],
    venues: ["Stadtteiltreff Westerfeld", "Grundschule Westerfeld, Aula", "Naturgarten am Wasserturm"],
  },
  {
    slug: "brueckenau",
    name: "Brückenau",
    inName: "in Brückenau",
    lat: 51.4878,
    lng: 7.5049,
    postalCodes: [
      { code: "12373", lat: 51.4893, lng: 7.5012 },
      { code: "12375", lat: 51.4851, lng: 7.5098 },
    ],
    streets: ["Brückenauer Straße", "Am Wehr", "Schleusenweg", "Mühlbachstraße", "Im Wiesengrund", "Grüner Weg"],
    venues: ["Bürgerhaus Brückenau", "Pfarrheim St. Marien", "Turnhalle an der Mühlbachstraße"],
  },
];
