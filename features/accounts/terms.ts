import "server-only";
import { recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { parseAccountInput } from "./account-context";
import { AcceptTermsSchema } from "./schemas";
import type { SessionUser } from "./types";

// Re-acceptance of the terms of use: when Settings.termsVersion is newer than what a user accepted,
// account pages send them to /account/terms and server actions refuse (see session.ts).

/** Server actions answer with this until the current terms are accepted. */
export class TermsNotAcceptedError extends ForbiddenError {
  constructor() {
    super("Terms.mustAccept");
  }
}

/** The current terms version (1 when settings were never saved). */
export async function currentTermsVersion(): Promise<number> {
  const settings = await prisma.settings.findUnique({ where: { id: 1 }, select: { termsVersion: true } });
  return settings?.termsVersion ?? 1;
}

/** True when the user has not accepted the current version of the terms. */
export async function mustAcceptTerms(userId: number): Promise<boolean> {
  const [version, user] = await Promise.all([
    currentTermsVersion(),
    prisma.user.findUnique({ where: { id: userId }, select: { termsAcceptedVersion: true } }),
  ]);
  return (user?.termsAcceptedVersion ?? 0) < version;
}

/**
 * Records acceptance of the version that was shown; if the terms changed in the meantime the user
 * must read the new version first.
 */
export async function acceptTermsFor(user: SessionUser, raw: unknown): Promise<void> {
  const { version } = parseAccountInput(AcceptTermsSchema, raw);
  const current = await currentTermsVersion();
  if (version !== current) throw new ValidationError({}, "Terms.changedMeanwhile");
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { termsAcceptedVersion: version, termsAcceptedAt: new Date() } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "user.acceptTerms",
      entityType: "user",
      entityId: user.id,
      changedFields: ["termsAcceptedVersion"],
    });
  });
}
