import "server-only";
import { randomUUID } from "node:crypto";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { routing } from "@/i18n/routing";
import { authSecret, configureAuthOrigin, env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { clientIpFrom, RateLimitError } from "@/lib/rate-limit";
import { authenticateWithPassword, EmailNotVerifiedError } from "./credentials";
import { LOGIN_RATE_LIMITED_PREFIX, LOGIN_UNAVAILABLE, LOGIN_UNVERIFIED } from "./schemas";
import { revokeSession, SESSION_MAX_AGE_SECONDS } from "./session-revocation";

/**
 * How next-auth 4 finds the site's origin (node_modules/next-auth/utils/detect-origin.js):
 * NEXTAUTH_URL if set; otherwise — only if VERCEL or AUTH_TRUST_HOST is set — `x-forwarded-host`
 * (or `host`) with `x-forwarded-proto`; otherwise nothing, and utils/parse-url.js silently falls back
 * to http://localhost:3000. That origin decides the absolute redirect URLs next-auth returns and
 * whether its cookies get the `__Secure-` prefix, so a wrong guess breaks login on any other port.
 *
 * - APP_URL set (production behind a proxy): it is the public origin, so NEXTAUTH_URL is derived
 *   from it (with next-auth's default /api/auth path; a bare origin would become the base path).
 * - Otherwise AUTH_TRUST_HOST is turned on. Next.js fills `x-forwarded-host`/`-proto` from the
 *   socket when no proxy sent them (next/dist/server/base-server.js), so `next start -p <any port>`
 *   gets its real origin, and a proxy that forwards these headers works as well.
 * An explicitly set NEXTAUTH_URL or AUTH_TRUST_HOST is left alone. Our login form and logout
 * button navigate to relative paths themselves (redirect: false), so they never depend on this.
 * next-auth's getToken() reads NEXTAUTH_URL on its own — code using it outside this module's
 * process (e.g. proxy.ts) would need the same setting.
 */
export { configureAuthOrigin };
configureAuthOrigin(env().APP_URL);

// What getPathname() gives for the default locale (localePrefix "always"), built from the routing
// table directly so this module does not pull next-intl's navigation into the route handler or tests.
function defaultLocalePath(href: "/login" | "/logout"): string {
  return `/${routing.defaultLocale}${routing.pathnames[href][routing.defaultLocale]}`;
}
const loginPath = defaultLocalePath("/login");
const logoutPath = defaultLocalePath("/logout");

export const authOptions: AuthOptions = {
  // A getter: `next build` evaluates this module with NODE_ENV=production and possibly no secret;
  // the secret is needed (and checked) only when a request is handled.
  get secret() {
    return authSecret();
  },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: loginPath, signOut: logoutPath, error: loginPath },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "E-Mail",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        let user: Awaited<ReturnType<typeof authenticateWithPassword>>;
        try {
          const requestHeaders = (req?.headers ?? {}) as Record<string, string | string[] | undefined>;
          const header = (name: string) => {
            const value = requestHeaders[name];
            return (Array.isArray(value) ? value.join(",") : value) ?? null;
          };
          user = await authenticateWithPassword(credentials, { ip: clientIpFrom({ get: header }) });
        } catch (error) {
          // Reported to the login form as error codes it understands (see schemas.ts).
          if (error instanceof RateLimitError) throw new Error(`${LOGIN_RATE_LIMITED_PREFIX}${error.minutes}`);
          if (error instanceof EmailNotVerifiedError) throw new Error(LOGIN_UNVERIFIED);
          // next-auth would put the raw message into the URL it returns to the browser.
          logger.error("login check failed", { error });
          throw new Error(LOGIN_UNAVAILABLE);
        }
        if (!user) return null;
        return {
          id: String(user.id),
          name: user.name,
          email: user.email,
          role: user.role,
          sessionVersion: user.sessionVersion,
          memberships: user.memberships,
        };
      },
    }),
  ],
  callbacks: {
    // The token identifies the user; pages and actions re-load role and memberships from the
    // database (features/accounts/session.ts), so what is copied here is never trusted for access.
    async jwt({ token, user }) {
      if (user) {
        // A new id per login: signing out revokes exactly this session (features/accounts/session-revocation.ts).
        token.sessionId = randomUUID();
        token.userId = Number(user.id);
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
        token.memberships = user.memberships;
      }
      return token;
    },
    async session({ session, token }) {
      if (token.userId === undefined || token.role === undefined || token.sessionVersion === undefined || token.sessionId === undefined)
        return session;
      session.user = {
        id: token.userId,
        sessionId: token.sessionId,
        name: token.name ?? "",
        email: token.email ?? "",
        role: token.role,
        sessionVersion: token.sessionVersion,
        memberships: token.memberships ?? [],
      };
      return session;
    },
  },
  events: {
    // Signing out deletes the cookie in this browser; revoking its id ends copies of it too.
    async signOut({ token }) {
      if (typeof token?.sessionId === "string" && typeof token.userId === "number") await revokeSession(token.sessionId, token.userId);
    },
  },
  logger: {
    error: (code, metadata) => logger.error("auth error", { code, metadata }),
    warn: (code) => logger.warn("auth warning", { code }),
    debug: () => {},
  },
};
