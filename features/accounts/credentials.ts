import "server-only";
import { prisma } from "@/lib/db";
import { verifyPassword } from "@/lib/passwords";
import { recordLoginFailure, throttleLogin, type ThrottleOptions } from "./login-throttle";
import { LoginSchema } from "./schemas";
import type { TokenMembership } from "./types";
import type { GlobalRole } from "@/generated/prisma/enums";

/** The identity a successful login puts into the session token. */
export type AuthenticatedUser = {
  id: number;
  email: string;
  name: string;
  role: GlobalRole;
  sessionVersion: number;
  memberships: TokenMembership[];
};

// An argon2id hash (same parameters as lib/passwords.ts) of a random string nobody knows. Verifying
// against it when the e-mail is unknown makes that answer take as long as a wrong password, so
// response times do not reveal which addresses have an account.
const TIMING_EQUALISER_HASH = "$argon2id$v=19$m=19456,t=2,p=1$ZC4Qkwt50CozR81Z2ZN+Sw$mC6bs3BNoiHD/4LYy/fY1rFkknJeBkT4JxGWqq8F1Xo";

/** The password was right but the address is not confirmed yet: the login form offers a new link. */
export class EmailNotVerifiedError extends Error {
  constructor() {
    super("EmailNotVerified");
    this.name = "EmailNotVerifiedError";
  }
}

/**
 * Checks e-mail and password. Unknown e-mail, wrong password and disabled account all return null
 * (one generic failure, no user enumeration); the password is verified in every case.
 * Failed attempts are throttled (features/accounts/login-throttle.ts: RateLimitError for a refused
 * IP, growing delays per address — never a hard block of the owner). Only with
 * the right password does an unconfirmed account learn that it must be confirmed
 * (EmailNotVerifiedError) — someone without the password gets the generic failure.
 */
export async function authenticateWithPassword(
  raw: unknown,
  context: { ip?: string | null } & ThrottleOptions = {},
): Promise<AuthenticatedUser | null> {
  const parsed = LoginSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const subject = { ip: context.ip, email };
  await throttleLogin(subject, context);

  const user = await prisma.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      passwordHash: true,
      disabledAt: true,
      emailVerifiedAt: true,
      sessionVersion: true,
      memberships: {
        where: { organization: { deletedAt: null } },
        select: { role: true, organization: { select: { id: true, slug: true, name: true } } },
        orderBy: { organization: { name: "asc" } },
      },
    },
  });

  const passwordMatches = await verifyPassword(user?.passwordHash ?? TIMING_EQUALISER_HASH, password);
  if (!user || !passwordMatches || user.disabledAt) {
    // Only failures count towards the limit.
    await recordLoginFailure(subject);
    return null;
  }
  if (!user.emailVerifiedAt) throw new EmailNotVerifiedError();

  await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() }, select: { id: true } });

  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    sessionVersion: user.sessionVersion,
    memberships: user.memberships.map((m) => ({
      organizationId: m.organization.id,
      slug: m.organization.slug,
      name: m.organization.name,
      role: m.role,
    })),
  };
}
