import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { getLocale } from "next-intl/server";
import type { GlobalRole } from "@/generated/prisma/enums";
import { redirect } from "@/i18n/navigation";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { authOptions } from "./auth-options";
import { hasRole } from "./permissions";
import { safeCallbackUrl } from "./callback-url";
import { loadSessionUser, sessionClaims } from "./session-user";
import { mustAcceptTerms, TermsNotAcceptedError } from "./terms";
import type { SessionUser } from "./types";

/**
 * The signed-in user, re-loaded from the database (see loadSessionUser), or null. Once per request.
 * A disabled or deleted account, or a session from before a sessionVersion bump, counts as signed out.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  return loadSessionUser(sessionClaims(session));
});

/**
 * The signed-in user, or a redirect to the login page of the current locale. `callbackUrl` is the
 * already-localized path to come back to (e.g. from getPathname); unsafe values are dropped.
 * A user who has not accepted the current terms of use is sent to /account/terms first (and back to
 * `callbackUrl` afterwards); only the terms page itself passes `skipTermsCheck`.
 */
export async function requireUser(options: { callbackUrl?: string; skipTermsCheck?: boolean } = {}): Promise<SessionUser> {
  const user = await getSessionUser();
  const locale = await getLocale();
  const callbackUrl = safeCallbackUrl(options.callbackUrl);
  const query = callbackUrl ? { callbackUrl } : {};
  if (!user) return redirect({ href: { pathname: "/login", query }, locale });
  if (!options.skipTermsCheck && (await mustAcceptTerms(user.id))) return redirect({ href: { pathname: "/account/terms", query }, locale });
  return user;
}

/** The signed-in user if they have one of the roles (ADMIN always does); ForbiddenError otherwise. */
export async function requireRole(...roles: GlobalRole[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!hasRole(user, ...roles)) throw new ForbiddenError();
  return user;
}

/**
 * The signed-in user for a server action or route handler: UnauthorizedError instead of a redirect,
 * so the caller answers with a translated failure (actions) or a 401 (routes). Until the current
 * terms are accepted it throws TermsNotAcceptedError ("please accept the new terms"); only the
 * accept action itself passes `skipTermsCheck`.
 */
export async function requireActionUser(options: { skipTermsCheck?: boolean } = {}): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new UnauthorizedError();
  if (!options.skipTermsCheck && (await mustAcceptTerms(user.id))) throw new TermsNotAcceptedError();
  return user;
}
