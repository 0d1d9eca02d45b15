import { DISTRICTS, type DistrictSeed } from "./data/districts";
import { SURNAMES } from "./data/people";
import { FLOWERS, PROVIDER_PATTERNS, SAINTS, SPORT_PREFIXES } from "./data/provider-patterns";
import type { CarrierTypeName, HoursPattern, ProviderSeed } from "./data/provider-types";
import { COMMUNITY_PROVIDERS } from "./data/providers-community";
import { INSTITUTION_PROVIDERS } from "./data/providers-institutions";
import { SOCIAL_PROVIDERS } from "./data/providers-social";
import { emailLocalPart, fictionalPhone, fullName, randomPerson, randomRole, type Person } from "./people";
import type { Random } from "./random";
import { SlugRegistry, slugify } from "./slugs";

// Builds the provider records: the hand-written ones first (the two demo organisations lead),
// then pattern-generated ones for large seeds.

const DAY_MS = 86_400_000;

export type OrganizationStatusName = "PENDING" | "APPROVED" | "REJECTED" | "BLOCKED";

export type OrgRecord = {
  index: number;
  id: number;
  uuid: string;
  slug: string;
  name: string;
  subline: string | null;
  summary: string;
  description: string;
  carrierType: CarrierTypeName;
  employeeCount: number | null;
  volunteering: "WANTED" | "POSSIBLE" | "NOT_POSSIBLE" | null;
  domain: string;
  email: string;
  phone: string;
  phone2: string | null;
  website: string | null;
  street: string;
  postalCode: string;
  district: DistrictSeed;
  lat: number;
  lng: number;
  geoSource: "GEOCODED" | "POSTAL_CODE";
  openingHoursNote: string | null;
  contact: Person & { role: string; phone: string; email: string };
  status: OrganizationStatusName;
  statusReason: string | null;
  createdAt: Date;
  approvedAt: Date | null;
  lastConfirmedAt: Date;
  updatedAt: Date;
  hours: { weekday: number; startMinute: number; endMinute: number }[];
  facts: { label: string; value: string }[];
  categories: string[];
  /** Relative share of the generated offers. */
  offerWeight: number;
};

const HOURS: Record<HoursPattern, [number[], number, number][]> = {
  office: [
    [[1, 2, 3, 4], 540, 960],
    [[5], 540, 780],
  ],
  counselling: [
    [[1, 2, 4, 5], 540, 720],
    [[2], 840, 1080],
  ],
  club: [
    [[2], 1020, 1140],
    [[4], 600, 720],
  ],
  school: [[[1, 2, 3, 4, 5], 450, 960]],
  care: [[[1, 2, 3, 4, 5, 6, 7], 540, 1140]],
  daycare: [[[1, 2, 3, 4, 5], 420, 990]],
  practice: [
    [[1, 2, 4], 480, 720],
    [[1, 2, 4], 840, 1080],
    [[3, 5], 480, 780],
  ],
  youth: [
    [[1, 2, 3, 4], 840, 1200],
    [[5], 840, 1320],
  ],
  library: [
    [[2, 3, 4, 5], 600, 1080],
    [[6], 600, 840],
  ],
  none: [],
};

const HOURS_NOTES: Partial<Record<HoursPattern, string>> = {
  office: "Termine außerhalb der Öffnungszeiten nach Vereinbarung.",
  counselling: "Offene Sprechstunde ohne Termin; Beratungstermine nach Vereinbarung.",
  club: "Geschäftsstelle; Trainingszeiten siehe Angebote.",
  care: "Besuchszeiten; die Verwaltung ist Mo–Fr 8–16 Uhr erreichbar.",
  practice: "Termine nach telefonischer Vereinbarung.",
  none: "Erreichbar per E-Mail und telefonisch; Treffen nach Vereinbarung.",
};

const CARRIER_PHRASES: Record<CarrierTypeName, string> = {
  ASSOCIATION: "ein gemeinnütziger Verein",
  FOUNDATION: "eine gemeinnützige Stiftung",
  WELFARE_ASSOCIATION: "eine Einrichtung der freien Wohlfahrtspflege",
  CHURCH: "eine Kirchengemeinde",
  PUBLIC_BODY: "eine Einrichtung der Stadt Musterstadt",
  SCHOOL: "eine Schule",
  COMPANY: "ein privater Anbieter",
  INITIATIVE: "eine ehrenamtliche Initiative",
  OTHER: "ein Anbieter",
};

const VOLUNTEERING_SENTENCES = {
  WANTED: "Wir freuen uns über neue Ehrenamtliche – sprechen Sie uns an!",
  POSSIBLE: "Ehrenamtliches Engagement ist nach Absprache möglich.",
  NOT_POSSIBLE: "",
};

const LANDMARKS = [
  "Nord",
  "Süd",
  "Ost",
  "West",
  "Mitte",
  "am Park",
  "am Markt",
  "am Bahnhof",
  "am Kanal",
  "an der Kirche",
  "im Grünen",
  "am Wasserturm",
];

function districtBySlug(slug: string): DistrictSeed {
  const district = DISTRICTS.find((d) => d.slug === slug);
  if (!district) throw new Error(`Unknown district ${slug}`);
  return district;
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);
}

/** A provider from a pattern, with a name not used before. */
function patternProvider(rng: Random, usedNames: Set<string>): ProviderSeed {
  const pattern = rng.weighted(PROVIDER_PATTERNS.map((p) => [p, p.weight] as const));
  const district = rng.pick(DISTRICTS);
  const street = rng.pick(district.streets);
  const values = {
    district: district.name,
    inDistrict: district.inName,
    street,
    surname: rng.pick(SURNAMES),
    surname2: rng.pick(SURNAMES),
    flower: rng.pick(FLOWERS),
    saint: rng.pick(SAINTS),
    prefix: rng.pick(SPORT_PREFIXES),
    year: String(rng.int(1895, 2012)),
  };
  const base = fill(pattern.name, values);
  // Large seeds exhaust the name patterns; distinguish by district, then by a local landmark.
  const [stem, suffix] = base.endsWith(" e.V.") ? [base.slice(0, -5), " e.V."] : [base, ""];
  const byDistrict = base.includes(district.name) ? [] : [`${stem} ${district.name}${suffix}`];
  const variants = [base, ...byDistrict, ...LANDMARKS.map((landmark) => `${stem} ${landmark}${suffix}`)];
  let name = variants.find((candidate) => !usedNames.has(candidate)) ?? base;
  for (let n = 2; usedNames.has(name); n++) name = `${stem} ${n}${suffix}`;
  return {
    name,
    carrierType: pattern.carrierType,
    district: district.slug,
    categories: pattern.categories,
    summary: fill(pattern.summary, values),
    focus: pattern.focus,
    hours: pattern.hours,
    founded: rng.chance(0.6) ? rng.int(1950, 2022) : undefined,
    members: pattern.carrierType === "ASSOCIATION" ? rng.int(25, 900) : undefined,
    staff: pattern.carrierType === "INITIATIVE" ? undefined : rng.int(2, 40),
    volunteers: rng.chance(0.6) ? rng.int(3, 80) : undefined,
    volunteering: rng.pick(["WANTED", "POSSIBLE", "NOT_POSSIBLE"] as const),
    status: rng.weighted([
      [undefined, 90],
      ["PENDING", 6],
      ["REJECTED", 2],
      ["BLOCKED", 2],
    ] as const),
  };
}

function facts(seed: ProviderSeed): { label: string; value: string }[] {
  const list: { label: string; value: string }[] = [];
  const number = (n: number) => n.toLocaleString("de-DE");
  if (seed.founded) list.push({ label: "Gegründet", value: String(seed.founded) });
  if (seed.members) list.push({ label: "Mitglieder", value: number(seed.members) });
  if (seed.staff) list.push({ label: "Hauptamtliche Mitarbeitende", value: number(seed.staff) });
  if (seed.volunteers) list.push({ label: "Ehrenamtliche", value: number(seed.volunteers) });
  if (seed.places) list.push({ label: "Plätze", value: number(seed.places) });
  return list;
}

export function buildOrganizations(count: number, rng: Random, uuidRng: Random, now: Date): OrgRecord[] {
  const handWritten = [
    SOCIAL_PROVIDERS[0],
    COMMUNITY_PROVIDERS[0],
    ...SOCIAL_PROVIDERS.slice(1),
    ...COMMUNITY_PROVIDERS.slice(1),
    ...INSTITUTION_PROVIDERS,
  ];
  const slugs = new SlugRegistry();
  const usedNames = new Set(handWritten.map((p) => p.name));
  const records: OrgRecord[] = [];
  for (let index = 0; index < count; index++) {
    const seed = index < handWritten.length ? handWritten[index] : patternProvider(rng, usedNames);
    usedNames.add(seed.name);
    const uuid = uuidRng.uuid();
    const slug = seed.slug ? slugs.reserve(seed.slug) : slugs.claim(seed.name, uuid);
    const district = districtBySlug(seed.district);
    const postal = rng.pick(district.postalCodes);
    const geocoded = rng.chance(0.88);
    const point = geocoded ? rng.jitter(district.lat, district.lng, 900) : { lat: postal.lat, lng: postal.lng };
    // Legal-form suffixes make clumsy host names: "TSV Musterstadt 1920 e.V." → tsv-musterstadt-1920.example
    const domain = `${slugify(seed.name.replace(/\s+(e\.\s?V\.|gGmbH|GmbH)$/, ""), 40)}.example`;
    const person = randomPerson(rng);
    const status: OrganizationStatusName = seed.status ?? "APPROVED";
    const createdAt = new Date(now.getTime() - rng.int(20, 3 * 365) * DAY_MS - rng.int(0, 86_399) * 1000);
    const decidedAt = new Date(createdAt.getTime() + rng.int(1, 6) * DAY_MS);
    const approvedAt = status === "APPROVED" || status === "BLOCKED" ? decidedAt : null;
    // About one in eight providers has not confirmed its data for more than six months (reminders).
    const staleDays = rng.chance(0.12) ? rng.int(190, 400) : rng.int(0, 170);
    const confirmed = new Date(Math.max(createdAt.getTime(), now.getTime() - staleDays * DAY_MS - rng.int(0, 86_399) * 1000));
    const selfRegistered = status === "PENDING" || status === "REJECTED";
    const lastConfirmedAt = selfRegistered ? createdAt : confirmed;
    const volunteering = seed.volunteering ?? null;
    const description = [
      `${seed.name} ist ${CARRIER_PHRASES[seed.carrierType]} ${district.inName}. ${seed.summary}`,
      [seed.focus, volunteering ? VOLUNTEERING_SENTENCES[volunteering] : ""].filter(Boolean).join(" "),
    ].join("\n\n");
    records.push({
      index,
      id: 0,
      uuid,
      slug,
      name: seed.name,
      subline: seed.subline ?? null,
      summary: seed.summary,
      description,
      carrierType: seed.carrierType,
      employeeCount: seed.staff ?? null,
      volunteering,
      domain,
      email: `info@${domain}`,
      phone: fictionalPhone(rng),
      phone2: rng.chance(0.2) ? fictionalPhone(rng) : null,
      website: rng.chance(0.7) ? `https://www.${domain}` : null,
      street: `${rng.pick(district.streets)} ${rng.int(1, 120)}${rng.chance(0.1) ? "a" : ""}`,
      postalCode: postal.code,
      district,
      lat: point.lat,
      lng: point.lng,
      geoSource: geocoded ? "GEOCODED" : "POSTAL_CODE",
      openingHoursNote: HOURS_NOTES[seed.hours] ?? null,
      contact: { ...person, role: randomRole(rng), phone: fictionalPhone(rng), email: `${emailLocalPart(person)}@${domain}` },
      status,
      statusReason:
        seed.statusReason ??
        (status === "REJECTED"
          ? "Kein Bezug zu Musterstadt erkennbar; bitte Adresse und Angebote ergänzen."
          : status === "BLOCKED"
            ? "Nach Beschwerden vorübergehend gesperrt; Angaben werden geprüft."
            : null),
      createdAt,
      approvedAt,
      lastConfirmedAt,
      updatedAt: status === "REJECTED" ? decidedAt : new Date(Math.max(lastConfirmedAt.getTime(), approvedAt?.getTime() ?? 0)),
      hours: HOURS[seed.hours].flatMap(([weekdays, startMinute, endMinute]) =>
        weekdays.map((weekday) => ({ weekday, startMinute, endMinute })),
      ),
      facts: facts(seed),
      categories: seed.categories,
      offerWeight: offerWeight(rng, status, seed),
    });
  }
  return records;
}

function offerWeight(rng: Random, status: OrganizationStatusName, seed: ProviderSeed): number {
  const spread = 0.4 + rng.float() * 1.6;
  // The demo organisations get exactly their hand-written offers.
  if (seed.slug === "familienzentrum-regenbogen" || seed.slug === "tsv-musterstadt") return 0;
  if (status === "PENDING") return 0.3 * spread;
  if (status === "REJECTED") return 0.15 * spread;
  if (status === "BLOCKED") return 0.6 * spread;
  return spread;
}

export function contactName(record: OrgRecord): string {
  return fullName(record.contact);
}
