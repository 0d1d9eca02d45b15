import "server-only";
import { prisma } from "@/lib/db";
import { isSessionRevoked } from "./session-revocation";
import type { SessionUser } from "./types";

/**
 * What a session must prove: who it belongs to, which session generation it was issued in and
 * which login it is (the id that signing out revokes).
 */
export type SessionClaims = { userId: number; sessionVersion: number; sessionId: string };

/** Reads the claims from a next-auth session object; anything malformed (or without a session id) counts as no session. */
export function sessionClaims(session: unknown): SessionClaims | null {
  const user = (session as { user?: { id?: unknown; sessionVersion?: unknown; sessionId?: unknown } } | null | undefined)?.user;
  const userId = user?.id;
  const sessionVersion = user?.sessionVersion;
  const sessionId = user?.sessionId;
  if (typeof userId !== "number" || !Number.isInteger(userId) || typeof sessionVersion !== "number") return null;
  if (typeof sessionId !== "string" || sessionId.length < 16 || sessionId.length > 100) return null;
  return { userId, sessionVersion, sessionId };
}

/**
 * The user behind valid claims, fresh from the database. Null when the account was deleted or
 * disabled, when its sessionVersion moved on (password reset, "log out everywhere") or when this
 * session was signed out — so such a session ends with the next request, not when the token expires.
 */
export async function loadSessionUser(claims: SessionClaims | null): Promise<SessionUser | null> {
  if (!claims) return null;
  const [user, revoked] = await Promise.all([loadUser(claims.userId), isSessionRevoked(claims.sessionId)]);
  if (!user || revoked || user.disabledAt || user.sessionVersion !== claims.sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    memberships: user.memberships.map((m) => ({
      organizationId: m.organization.id,
      slug: m.organization.slug,
      name: m.organization.name,
      status: m.organization.status,
      role: m.role,
    })),
  };
}

function loadUser(userId: number) {
  return prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      disabledAt: true,
      sessionVersion: true,
      memberships: {
        where: { organization: { deletedAt: null } },
        select: { role: true, organization: { select: { id: true, slug: true, name: true, status: true } } },
        orderBy: { organization: { name: "asc" } },
      },
    },
  });
}
