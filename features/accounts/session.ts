import "server-only";

// Placeholder replaced by the auth implementation (next-auth JWT session).
export async function getSessionUser(): Promise<null> {
  return null;
}
