import "server-only";
import { encode } from "next-auth/jwt";
import type { JWT } from "next-auth/jwt";
import { authOptions } from "./auth-options";
import type { AuthenticatedUser } from "./credentials";
import { SESSION_MAX_AGE_SECONDS } from "./session-revocation";
import { authSecret, authUsesSecureCookies } from "@/lib/env";

// The session cookie next-auth sets after a credentials sign-in (core/routes/callback.js), minted by
// our own code for the login form's no-JavaScript path (a server action). Same token (the jwt
// callback of auth-options.ts, so a fresh session id and the session version), same secret, same
// cookie name and options, same chunking above 4 kB — getServerSession reads it like its own.

const ALLOWED_COOKIE_SIZE = 4096;
const ESTIMATED_EMPTY_COOKIE_SIZE = 163;
const CHUNK_SIZE = ALLOWED_COOKIE_SIZE - ESTIMATED_EMPTY_COOKIE_SIZE;

export type CookieToSet = {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; expires?: Date; maxAge?: number };
};

/** next-auth's session cookie name for this request (see authUsesSecureCookies). */
export function sessionCookieName(forwardedProto: string | null): string {
  return `${authUsesSecureCookies(forwardedProto) ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * The cookies that sign `user` in: the encoded token (in chunks when too long), and expired blanks
 * for session cookies of an earlier login that the new one does not overwrite.
 */
export async function sessionCookiesFor(
  user: AuthenticatedUser,
  request: { forwardedProto: string | null; existingCookieNames: readonly string[] },
  now = new Date(),
): Promise<CookieToSet[]> {
  const jwtCallback = authOptions.callbacks?.jwt;
  if (!jwtCallback) throw new Error("auth-options has no jwt callback");
  const defaultToken: JWT = { name: user.name, email: user.email, sub: String(user.id) };
  const token = await jwtCallback({
    token: defaultToken,
    user: {
      id: String(user.id),
      name: user.name,
      email: user.email,
      role: user.role,
      sessionVersion: user.sessionVersion,
      memberships: user.memberships,
    },
    account: null,
    trigger: "signIn",
  });
  const value = await encode({ token, secret: authSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
  const name = sessionCookieName(request.forwardedProto);
  const secure = authUsesSecureCookies(request.forwardedProto);
  const base = { httpOnly: true, sameSite: "lax", path: "/", secure } as const;
  const expires = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);

  const count = Math.ceil(value.length / CHUNK_SIZE);
  const fresh: CookieToSet[] =
    count <= 1
      ? [{ name, value, options: { ...base, expires } }]
      : Array.from({ length: count }, (_, i) => ({
          name: `${name}.${i}`,
          value: value.slice(i * CHUNK_SIZE, (i + 1) * CHUNK_SIZE),
          options: { ...base, expires },
        }));
  const freshNames = new Set(fresh.map((c) => c.name));
  const stale: CookieToSet[] = request.existingCookieNames
    .filter((existing) => existing.startsWith(name) && !freshNames.has(existing))
    .map((existing) => ({ name: existing, value: "", options: { ...base, maxAge: 0 } }));
  return [...stale, ...fresh];
}
