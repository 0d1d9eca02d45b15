import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { membershipIn } from "./permissions";
import type { SessionMembership, SessionUser } from "./types";
import { parseId } from "@/lib/ids";

// Most provider accounts belong to one organisation; people who help several clubs switch between
// them. The choice is a cookie that only selects among the user's own memberships (re-checked from
// the database on every request), so a forged value selects nothing. Server actions never rely on
// it: they take the organisation id from their input and check the membership themselves.

export const CURRENT_ORGANIZATION_COOKIE = "cp_org";

/** The organisation the account pages show: the chosen one if the user still belongs to it, else the first. */
export async function getCurrentMembership(user: SessionUser): Promise<SessionMembership | null> {
  const chosen = parseId((await cookies()).get(CURRENT_ORGANIZATION_COOKIE)?.value);
  return (chosen !== null ? membershipIn(user, chosen) : undefined) ?? user.memberships[0] ?? null;
}

/** Makes `organizationId` the current organisation of the account pages (a switch, or a team just joined). */
export async function rememberCurrentOrganization(organizationId: number): Promise<void> {
  (await cookies()).set(CURRENT_ORGANIZATION_COOKIE, String(organizationId), {
    httpOnly: true,
    sameSite: "lax",
    // Not a secret (it only selects among the user's own memberships); Secure where the site is https.
    secure: env().APP_URL?.startsWith("https:") ?? false,
    path: "/",
    maxAge: 365 * 24 * 60 * 60,
  });
}
