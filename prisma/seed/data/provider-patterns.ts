import type { CarrierTypeName, HoursPattern } from "./provider-types";

// Name patterns for providers beyond the hand-written ones (large seeds for load tests).
// Placeholders: {district}, {inDistrict} ("in der Altstadt"), {street}, {surname}, {surname2}, {flower}, {saint}, {prefix}, {year}.

export type ProviderPattern = {
  name: string;
  carrierType: CarrierTypeName;
  categories: string[];
  summary: string;
  focus: string;
  hours: HoursPattern;
  weight: number;
};

export const FLOWERS = [
  "Sonnenblume", "Löwenzahn", "Gänseblümchen", "Kunterbunt", "Regenbogen", "Schmetterling", "Marienkäfer", "Pusteblume",
  "Sternschnuppe", "Wirbelwind", "Zwergenland", "Wichtelhaus", "Arche Noah", "Abenteuerland", "Rasselbande", "Spatzennest",
  "Kleeblatt", "Glühwürmchen", "Sausewind", "Bärenhöhle", "Zauberwald", "Wolkenschiff", "Purzelbaum", "Seepferdchen",
];

export const SAINTS = ["St. Antonius", "St. Barbara", "St. Joseph", "St. Martin", "St. Michael", "St. Paulus", "St. Petrus", "Christus", "Zion", "Lukas", "Markus", "Matthäus"];

export const SPORT_PREFIXES = ["SV", "TuS", "SC", "FC", "TV", "VfL", "Sportfreunde", "Turnerschaft", "DJK", "SuS"];

export const PROVIDER_PATTERNS: ProviderPattern[] = [
  { name: "Kita {flower}", carrierType: "PUBLIC_BODY", categories: ["kitas-und-kinderbetreuung", "leben-mit-kind"], summary: "Kindertageseinrichtung {inDistrict} für Kinder von 1 bis 6 Jahren mit Sprachförderung und Elternangeboten.", focus: "Plätze vergeben wir über das Kita-Portal der Stadt.", hours: "daycare", weight: 6 },
  { name: "Elterninitiative {flower} e.V.", carrierType: "INITIATIVE", categories: ["kitas-und-kinderbetreuung", "leben-mit-kind"], summary: "Kleine Elterninitiative {inDistrict} mit familiärer Atmosphäre und viel Zeit draußen.", focus: "Eltern gestalten den Kita-Alltag aktiv mit.", hours: "daycare", weight: 2 },
  { name: "Familienzentrum {flower}", carrierType: "ASSOCIATION", categories: ["leben-mit-kind", "vor-und-nach-der-geburt", "austausch-und-treffen"], summary: "Treffpunkt für Familien {inDistrict}: Elterncafé, Krabbelgruppen und Beratung unter einem Dach.", focus: "Viele Angebote sind kostenfrei und ohne Anmeldung.", hours: "office", weight: 4 },
  { name: "Grundschule {street}", carrierType: "SCHOOL", categories: ["schulen", "kitas-und-kinderbetreuung"], summary: "Grundschule {inDistrict} mit offenem Ganztag, Schulbibliothek und Förderangeboten.", focus: "Der Förderverein unterstützt Ausflüge und AGs.", hours: "school", weight: 4 },
  { name: "Förderverein Grundschule {street} e.V.", carrierType: "ASSOCIATION", categories: ["schulen", "freizeitangebote"], summary: "Eltern und Freunde der Grundschule {street} finanzieren Projekte, AGs und Ausflüge.", focus: "Jede helfende Hand beim Schulfest ist willkommen.", hours: "none", weight: 3 },
  { name: "{prefix} {district} {year} e.V.", carrierType: "ASSOCIATION", categories: ["sport-und-bewegung", "ferienangebote"], summary: "Sportverein {inDistrict} mit Angeboten für Kinder, Familien und Ältere.", focus: "Probetrainings sind in allen Abteilungen kostenlos.", hours: "club", weight: 6 },
  { name: "Ev. Kirchengemeinde {saint} {district}", carrierType: "CHURCH", categories: ["austausch-und-treffen", "leben-im-alter", "freizeitangebote"], summary: "Gemeinde {inDistrict} mit Krabbelgruppe, Jugendarbeit, Seniorenkreis und offenem Café.", focus: "Alle Gruppen sind offen für Menschen jeder Herkunft.", hours: "office", weight: 2 },
  { name: "Kath. Gemeinde {saint} {district}", carrierType: "CHURCH", categories: ["austausch-und-treffen", "leben-im-alter", "ferienangebote"], summary: "Gemeinde {inDistrict} mit Familiengottesdiensten, Ferienfreizeiten und Seniorennachmittagen.", focus: "Die Kleiderkammer im Pfarrheim ist dienstags geöffnet.", hours: "office", weight: 2 },
  { name: "Nachbarschaftstreff {street}", carrierType: "INITIATIVE", categories: ["austausch-und-treffen", "freizeitangebote"], summary: "Nachbarinnen und Nachbarn treffen sich zum Kaffee, Reparieren, Spielen und Feiern.", focus: "Der Treff lebt vom Engagement der Nachbarschaft.", hours: "none", weight: 3 },
  { name: "Seniorentreff {district}", carrierType: "INITIATIVE", categories: ["leben-im-alter", "austausch-und-treffen"], summary: "Geselliger Treffpunkt für Menschen ab 60 {inDistrict} mit Mittagstisch, Ausflügen und Gymnastik.", focus: "Neue Gäste sind jederzeit willkommen.", hours: "none", weight: 2 },
  { name: "Praxis für Physiotherapie {surname}", carrierType: "COMPANY", categories: ["therapeuten-und-foerderstellen", "gesundes-aufwachsen"], summary: "Physiotherapie für Kinder und Erwachsene, Krankengymnastik und Rückenschule {inDistrict}.", focus: "Hausbesuche nach ärztlicher Verordnung.", hours: "practice", weight: 2 },
  { name: "Logopädie {surname} & {surname2}", carrierType: "COMPANY", categories: ["therapeuten-und-foerderstellen"], summary: "Logopädische Praxis für Sprach-, Sprech-, Stimm- und Schluckstörungen.", focus: "Wir arbeiten eng mit Kitas und Schulen im Stadtteil zusammen.", hours: "practice", weight: 2 },
  { name: "Kinderarztpraxis Dr. {surname}", carrierType: "COMPANY", categories: ["aerzte-und-krankenhaeuser", "gesundes-aufwachsen"], summary: "Kinder- und jugendärztliche Praxis mit Vorsorge, Impfungen und Akutsprechstunde.", focus: "Neue Familien nehmen wir nach Absprache auf.", hours: "practice", weight: 2 },
  { name: "Hebammenpraxis {flower}", carrierType: "COMPANY", categories: ["vor-und-nach-der-geburt"], summary: "Hebammen begleiten Schwangerschaft, Geburt und Wochenbett und bieten Kurse an.", focus: "Die Kurse werden von der Krankenkasse bezahlt.", hours: "practice", weight: 2 },
  { name: "Pflegedienst {surname} & {surname2}", carrierType: "COMPANY", categories: ["ambulante-pflege"], summary: "Ambulante Pflege, Hauswirtschaft und Beratungsbesuche in ganz Musterstadt.", focus: "Wir sind rund um die Uhr erreichbar.", hours: "office", weight: 2 },
  { name: "Seniorenwohnen {flower}", carrierType: "WELFARE_ASSOCIATION", categories: ["stationaere-einrichtungen", "kurzzeitpflege", "tagespflege"], summary: "Pflege, Kurzzeitpflege und Tagespflege unter einem Dach {inDistrict}.", focus: "Besuch ist jederzeit willkommen.", hours: "care", weight: 1 },
  { name: "Tagespflege {street}", carrierType: "WELFARE_ASSOCIATION", categories: ["tagespflege", "leben-im-alter"], summary: "Tagespflege mit Fahrdienst, Mittagessen und Aktivierung für ältere Menschen.", focus: "Ein Schnuppertag ist kostenlos.", hours: "care", weight: 1 },
  { name: "Jugendtreff {district}", carrierType: "PUBLIC_BODY", categories: ["freizeitangebote", "ferienangebote", "kreativitaet-medien-musik"], summary: "Offener Treff für Kinder und Jugendliche {inDistrict} mit Ferienprogramm und Projekten.", focus: "Alle Angebote sind kostenfrei.", hours: "youth", weight: 2 },
  { name: "Musikverein {district} {year} e.V.", carrierType: "ASSOCIATION", categories: ["kreativitaet-medien-musik"], summary: "Blasorchester, Jugendorchester und Instrumentalausbildung für alle Generationen.", focus: "Leihinstrumente stehen zur Verfügung.", hours: "none", weight: 1 },
  { name: "Kulturverein {district} e.V.", carrierType: "ASSOCIATION", categories: ["kreativitaet-medien-musik", "austausch-und-treffen", "freizeitangebote"], summary: "Theater, Lesungen, Konzerte und Kurse {inDistrict} – von Menschen aus dem Stadtteil organisiert.", focus: "Mitglieder erhalten ermäßigten Eintritt.", hours: "none", weight: 2 },
  { name: "Sprachtreff {district} e.V.", carrierType: "INITIATIVE", categories: ["sprachen", "austausch-und-treffen"], summary: "Ehrenamtliche bieten Deutschkurse, Sprachcafés und Hausaufgabenhilfe {inDistrict} an.", focus: "Alle Angebote sind kostenfrei.", hours: "none", weight: 2 },
  { name: "Sozialberatung {street}", carrierType: "WELFARE_ASSOCIATION", categories: ["beratungsstellen", "finanzielle-hilfen"], summary: "Beratung bei Geldsorgen, Anträgen und Behördenpost – kostenfrei und vertraulich.", focus: "Offene Sprechstunde ohne Termin.", hours: "counselling", weight: 2 },
  { name: "Bildungswerk {surname}", carrierType: "COMPANY", categories: ["berufsvorbereitung", "ausbildungsfoerderung", "hilfe-zur-berufswahl"], summary: "Berufsorientierung, Bewerbungstraining und Ausbildungsbegleitung für junge Menschen.", focus: "Viele Maßnahmen werden vom Jobcenter gefördert.", hours: "office", weight: 2 },
  { name: "Lernhilfe {district} e.V.", carrierType: "ASSOCIATION", categories: ["schulen", "sprachen"], summary: "Ehrenamtliche Nachhilfe und Hausaufgabenbetreuung für Schülerinnen und Schüler {inDistrict}.", focus: "Die Förderung ist kostenfrei.", hours: "none", weight: 2 },
  { name: "Kleingartenverein {flower} e.V.", carrierType: "ASSOCIATION", categories: ["freizeitangebote", "austausch-und-treffen", "gesundes-aufwachsen"], summary: "Gärtnern, Feiern und Naturerlebnisse – mit einem Schulgarten für Kinder aus dem Stadtteil.", focus: "Der Vereinsgarten ist für Kita-Gruppen geöffnet.", hours: "none", weight: 1 },
];
