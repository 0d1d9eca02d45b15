import { DEMO_USERS } from "./data/demo-users";
import type { OrgRecord } from "./organizations";
import { emailLocalPart, fullName, randomPerson } from "./people";
import type { Random } from "./random";

// Accounts of provider staff besides the demo accounts: most providers have one admin, some a
// second member; providers that registered themselves (pending, rejected) always have an admin.

const DAY_MS = 86_400_000;

export type MemberRecord = {
  email: string;
  name: string;
  organizationIndex: number;
  role: "ORG_ADMIN" | "ORG_MEMBER";
  createdAt: Date;
  lastLoginAt: Date | null;
};

export function buildMembers(organizations: OrgRecord[], rng: Random, now: Date): MemberRecord[] {
  const emails = new Set(DEMO_USERS.map((u) => u.email));
  const demoOrganizations = new Set(DEMO_USERS.flatMap((u) => (u.membership ? [u.membership.organization] : [])));
  const members: MemberRecord[] = [];
  const add = (org: OrgRecord, role: MemberRecord["role"]) => {
    const person = randomPerson(rng);
    let email = `${emailLocalPart(person)}@${org.domain}`;
    for (let n = 2; emails.has(email); n++) email = `${emailLocalPart(person)}${n}@${org.domain}`;
    emails.add(email);
    const createdAt = new Date(org.createdAt.getTime() + rng.int(0, 30) * DAY_MS);
    const lastLoginDays = rng.int(0, 200);
    members.push({
      email,
      name: fullName(person),
      organizationIndex: org.index,
      role,
      createdAt,
      lastLoginAt: createdAt.getTime() < now.getTime() - lastLoginDays * DAY_MS ? new Date(now.getTime() - lastLoginDays * DAY_MS) : null,
    });
  };
  for (const org of organizations) {
    const handWritten = org.index < 64;
    const adminRoll = rng.float();
    const memberRoll = rng.float();
    if (demoOrganizations.has(org.slug)) {
      // The TSV has a coach as second member; the Familienzentrum's members are the demo accounts.
      if (org.slug === "tsv-musterstadt") add(org, "ORG_MEMBER");
      continue;
    }
    const selfRegistered = org.status === "PENDING" || org.status === "REJECTED";
    if (selfRegistered || adminRoll < (handWritten ? 0.7 : 0.5)) add(org, "ORG_ADMIN");
    if (memberRoll < (handWritten ? 0.3 : 0.1)) add(org, "ORG_MEMBER");
  }
  return members;
}
