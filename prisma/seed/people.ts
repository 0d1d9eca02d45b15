import { CONTACT_ROLES, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SURNAMES } from "./data/people";
import type { Random } from "./random";
import { slugify } from "./slugs";

export type Person = { firstName: string; lastName: string; salutation: "Frau" | "Herr" | null };

export function randomPerson(rng: Random): Person {
  const roll = rng.float();
  const female = roll < 0.55;
  const firstName = female ? rng.pick(FEMALE_FIRST_NAMES) : rng.pick(MALE_FIRST_NAMES);
  const lastName = rng.pick(SURNAMES);
  // A few people prefer no salutation (the form offers "keine Angabe").
  const salutation = roll > 0.97 ? null : female ? "Frau" : "Herr";
  return { firstName, lastName, salutation };
}

export function fullName(person: Person): string {
  return `${person.firstName} ${person.lastName}`;
}

export function randomRole(rng: Random): string {
  return rng.pick(CONTACT_ROLES);
}

/** "vorname.nachname" in ASCII, e.g. "Ayşe Yılmaz" → "ayse.yilmaz". */
export function emailLocalPart(person: Person): string {
  return `${slugify(person.firstName)}.${slugify(person.lastName)}`;
}

/**
 * Phone numbers from the block the Bundesnetzagentur reserves for fiction (0221 4710 xxx),
 * so demo data never rings a real line.
 */
export function fictionalPhone(rng: Random): string {
  return `0221 4710 ${String(rng.int(0, 999)).padStart(3, "0")}`;
}
