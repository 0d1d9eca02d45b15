import "server-only";
import { prisma } from "@/lib/db";

// Signing out of a JWT session only deletes the browser's cookie; a copy of it (another tab's
// history, a proxy log, a stolen cookie) would stay valid until it expires. So every login gets a
// random session id inside the token, and signing out records that id here until the token would
// have expired anyway. "Log out everywhere" bumps User.sessionVersion instead.

/** The tokens' lifetime, in seconds (features/accounts/auth-options.ts). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export async function revokeSession(sessionId: string, userId: number, now = new Date()): Promise<void> {
  const expiresAt = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  await prisma.revokedSession.upsert({ where: { sessionId }, create: { sessionId, userId, expiresAt }, update: { expiresAt } });
  await prisma.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } });
}

export async function isSessionRevoked(sessionId: string): Promise<boolean> {
  return (await prisma.revokedSession.findUnique({ where: { sessionId }, select: { sessionId: true } })) !== null;
}
