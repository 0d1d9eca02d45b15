// The original Chancenportal's taxonomy (6 root / 23 sub categories, 22 target groups), which
// municipalities already know, with English names. Colours keep ≥ 4.5:1 contrast with white text.

export type CategorySeed = { slug: string; name: string; nameEn: string; icon: string };
export type RootCategorySeed = CategorySeed & { color: string; children: CategorySeed[] };

export const CATEGORIES: RootCategorySeed[] = [
  {
    slug: "bildung-und-betreuung",
    name: "Bildung und Betreuung",
    nameEn: "Education and childcare",
    color: "#1d4ed8",
    icon: "school",
    children: [
      { slug: "kitas-und-kinderbetreuung", name: "Kitas und Kinder-/Ferienbetreuung", nameEn: "Day care and holiday care", icon: "baby" },
      { slug: "schulen", name: "Schulen", nameEn: "Schools", icon: "backpack" },
      { slug: "sprachen", name: "Sprachen", nameEn: "Languages", icon: "languages" },
    ],
  },
  {
    slug: "beratung-und-unterstuetzung",
    name: "Beratung und Unterstützung",
    nameEn: "Advice and support",
    color: "#6d28d9",
    icon: "handshake",
    children: [
      { slug: "vor-und-nach-der-geburt", name: "Vor und nach der Geburt", nameEn: "Pregnancy and after birth", icon: "stroller" },
      { slug: "leben-mit-kind", name: "Leben mit Kind", nameEn: "Family life", icon: "family" },
      { slug: "beratungsstellen", name: "Beratungsstellen", nameEn: "Counselling services", icon: "chat" },
      { slug: "finanzielle-hilfen", name: "Finanzielle Hilfen", nameEn: "Financial help", icon: "wallet" },
      { slug: "leben-im-alter", name: "Leben im Alter", nameEn: "Later life", icon: "cane" },
    ],
  },
  {
    slug: "gesund-leben",
    name: "Gesund leben",
    nameEn: "Healthy living",
    color: "#047857",
    icon: "heart",
    children: [
      { slug: "gesundes-aufwachsen", name: "Gesundes Aufwachsen", nameEn: "Growing up healthy", icon: "apple" },
      { slug: "aerzte-und-krankenhaeuser", name: "Ärzte und Krankenhäuser", nameEn: "Doctors and hospitals", icon: "stethoscope" },
      { slug: "therapeuten-und-foerderstellen", name: "Therapeuten und Förderstellen", nameEn: "Therapy and early intervention", icon: "puzzle" },
    ],
  },
  {
    slug: "uebergang-schule-beruf",
    name: "Übergang Schule & Beruf",
    nameEn: "From school to work",
    color: "#b45309",
    icon: "briefcase",
    children: [
      { slug: "hilfe-zur-berufswahl", name: "Hilfe zur Berufswahl", nameEn: "Career guidance", icon: "compass" },
      { slug: "berufsvorbereitung", name: "Berufsvorbereitung", nameEn: "Job preparation", icon: "clipboard" },
      { slug: "ausbildungsfoerderung", name: "Ausbildungsförderung", nameEn: "Apprenticeship support", icon: "graduation-cap" },
    ],
  },
  {
    slug: "freizeit-und-kultur",
    name: "Freizeit und Kultur",
    nameEn: "Leisure and culture",
    color: "#be185d",
    icon: "palette",
    children: [
      { slug: "sport-und-bewegung", name: "Sport und Bewegung", nameEn: "Sport and exercise", icon: "ball" },
      { slug: "kreativitaet-medien-musik", name: "Kreativität, Medien, Musik", nameEn: "Creativity, media, music", icon: "music" },
      { slug: "ferienangebote", name: "Ferienangebote", nameEn: "Holiday activities", icon: "sun" },
      { slug: "austausch-und-treffen", name: "Austausch und Treffen", nameEn: "Meeting and exchange", icon: "users" },
      { slug: "freizeitangebote", name: "Freizeitangebote", nameEn: "Leisure activities", icon: "tree" },
    ],
  },
  {
    slug: "betreuung-pflege-wohnen-im-alter",
    name: "Betreuung, Pflege und Wohnen im Alter",
    nameEn: "Care and housing in later life",
    color: "#0e7490",
    icon: "home",
    children: [
      { slug: "stationaere-einrichtungen", name: "Stationäre Einrichtungen", nameEn: "Care homes", icon: "building" },
      { slug: "ambulante-pflege", name: "Ambulante Pflege", nameEn: "Home care", icon: "car" },
      { slug: "kurzzeitpflege", name: "Kurzzeitpflege", nameEn: "Short-term care", icon: "calendar" },
      { slug: "tagespflege", name: "Tagespflege", nameEn: "Day care for older people", icon: "sunrise" },
    ],
  },
];

export type TargetGroupSeed = { slug: string; name: string; nameEn: string; ageMin?: number; ageMax?: number };

export const TARGET_GROUPS: TargetGroupSeed[] = [
  { slug: "schwangere", name: "Schwangere", nameEn: "Pregnant women" },
  { slug: "0-3-jahre", name: "0–3 Jahre", nameEn: "0–3 years", ageMin: 0, ageMax: 3 },
  { slug: "4-6-jahre", name: "4–6 Jahre", nameEn: "4–6 years", ageMin: 4, ageMax: 6 },
  { slug: "7-13-jahre", name: "7–13 Jahre", nameEn: "7–13 years", ageMin: 7, ageMax: 13 },
  { slug: "14-18-jahre", name: "14–18 Jahre", nameEn: "14–18 years", ageMin: 14, ageMax: 18 },
  { slug: "19-27-jahre", name: "19–27 Jahre", nameEn: "19–27 years", ageMin: 19, ageMax: 27 },
  { slug: "eltern", name: "Eltern", nameEn: "Parents" },
  { slug: "eltern-kind", name: "Eltern/Kind", nameEn: "Parents and children" },
  { slug: "fachkraefte", name: "Fachkräfte Kinder/Jugend/Familie", nameEn: "Professionals (children, youth, family)" },
  { slug: "zugewanderte", name: "Zugewanderte Menschen", nameEn: "Immigrants" },
  { slug: "junge-menschen-mit-foerderbedarf", name: "Junge Menschen mit Förderbedarf", nameEn: "Young people with special needs" },
  { slug: "senioren", name: "Senioren", nameEn: "Older people", ageMin: 65 },
  { slug: "erwachsene", name: "Erwachsene", nameEn: "Adults", ageMin: 18 },
  { slug: "frauen", name: "Frauen", nameEn: "Women" },
  { slug: "maenner", name: "Männer", nameEn: "Men" },
  { slug: "muetter", name: "Mütter", nameEn: "Mothers" },
  { slug: "vaeter", name: "Väter", nameEn: "Fathers" },
  { slug: "angehoerige", name: "Angehörige", nameEn: "Relatives and carers" },
  { slug: "hinterbliebene", name: "Hinterbliebene", nameEn: "The bereaved" },
  { slug: "singles", name: "Singles", nameEn: "Singles" },
  { slug: "neu-hinzugezogene", name: "Neu Hinzugezogene", nameEn: "Newcomers" },
  { slug: "engagierte", name: "Engagierte/Ehrenamtliche", nameEn: "Volunteers" },
];

