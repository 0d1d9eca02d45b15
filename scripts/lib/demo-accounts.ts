// The fixed demo accounts the seed creates (documented in the README); printed by `npm run demo`.
export const DEMO_PASSWORD = "Chancen-Demo-2026";

export const DEMO_ACCOUNTS = [
  { email: "anbieter@musterstadt.example", description: "Anbieter-Admin, Familienzentrum Regenbogen e.V." },
  { email: "mitglied@musterstadt.example", description: "Anbieter-Mitglied, Familienzentrum Regenbogen e.V." },
  { email: "anbieter2@musterstadt.example", description: "Anbieter-Admin, TSV Musterstadt 1920 e.V." },
  { email: "redaktion@musterstadt.example", description: "Redaktion" },
  { email: "planung@musterstadt.example", description: "Planung" },
  { email: "admin@musterstadt.example", description: "Administration" },
  { email: "gesperrt@musterstadt.example", description: "gesperrt – Anmeldung nicht möglich" },
] as const;
