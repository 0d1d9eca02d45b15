// The fixed demo accounts (password for all: see scripts/lib/demo-accounts.ts). Everyone — README,
// e2e tests, the demo script — relies on these e-mail addresses and roles.

export type DemoUser = {
  email: string;
  name: string;
  role: "NONE" | "EDITOR" | "PLANNER" | "ADMIN";
  disabled?: boolean;
  membership?: { organization: string; role: "ORG_ADMIN" | "ORG_MEMBER" };
};

export const DEMO_USERS: DemoUser[] = [
  { email: "anbieter@musterstadt.example", name: "Sabine Hoffmann", role: "NONE", membership: { organization: "familienzentrum-regenbogen", role: "ORG_ADMIN" } },
  { email: "mitglied@musterstadt.example", name: "Murat Kaya", role: "NONE", membership: { organization: "familienzentrum-regenbogen", role: "ORG_MEMBER" } },
  { email: "anbieter2@musterstadt.example", name: "Jonas Becker", role: "NONE", membership: { organization: "tsv-musterstadt", role: "ORG_ADMIN" } },
  { email: "redaktion@musterstadt.example", name: "Claudia Richter", role: "EDITOR" },
  { email: "planung@musterstadt.example", name: "Stefan Wagner", role: "PLANNER" },
  { email: "admin@musterstadt.example", name: "Petra Neumann", role: "ADMIN" },
  { email: "gesperrt@musterstadt.example", name: "Tobias Lange", role: "NONE", disabled: true, membership: { organization: "familienzentrum-regenbogen", role: "ORG_MEMBER" } },
];
