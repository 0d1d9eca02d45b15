import "server-only";
import { recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sendMail, type MailResult } from "@/lib/mail";
import { hashPassword } from "@/lib/passwords";
import { hitRateLimit } from "@/lib/rate-limit";
import { absoluteLink, parseAccountInput, type AccountRequestContext } from "./account-context";
import { consumeToken, findUsableToken, issueToken, type TokenProblem } from "./account-tokens";
import { EmailOnlySchema, ResetPasswordSchema } from "./schemas";

// "Forgot password": a link valid for one hour, usable once; setting the new password ends every
// session of the account (sessionVersion). The request answers the same whether or not the address
// has an account.

/** Mails a reset link if the address belongs to an active account. Same (silent) answer in every case. */
export async function requestPasswordReset(raw: unknown, ctx: AccountRequestContext): Promise<void> {
  const { email } = parseAccountInput(EmailOnlySchema, raw);
  await hitRateLimit("reset", { ip: ctx.ip, account: email });
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, name: true, locale: true, disabledAt: true } });
  if (!user || user.disabledAt) return;
  const token = await prisma.$transaction((tx) => issueToken(tx, user.id, "PASSWORD_RESET"));
  await mailPasswordResetLink({ email, name: user.name, locale: user.locale }, token, ctx.baseUrl);
}

/** The reset mail to the account's own address, in its language: a link only, never a password. */
export function mailPasswordResetLink(
  user: { email: string; name: string; locale: string },
  token: string,
  baseUrl: string,
): Promise<MailResult> {
  return sendMail({
    to: user.email,
    template: "resetPassword",
    locale: user.locale,
    params: { name: user.name, url: absoluteLink(baseUrl, user.locale, "/reset-password", { token }) },
  });
}

/** A reset link that cannot be used (any more); the code is a message key. */
export class TokenLinkError extends AppError {
  readonly problem: TokenProblem;
  constructor(problem: TokenProblem) {
    super(`Auth.token.${problem}`, 400);
    this.problem = problem;
  }
}

/** Whether a reset link can still be used — for the page, before the form is shown. */
export async function checkResetToken(raw: unknown): Promise<{ ok: true } | { ok: false; problem: TokenProblem }> {
  const lookup = await findUsableToken(raw, ["PASSWORD_RESET"]);
  return lookup.ok ? { ok: true } : { ok: false, problem: lookup.problem };
}

/**
 * Sets the new password with a reset token, ends all sessions of the account and counts the address
 * as confirmed (the link proved it). Throws TokenLinkError for unusable links.
 */
export async function resetPassword(raw: unknown, now = new Date()): Promise<void> {
  const data = parseAccountInput(ResetPasswordSchema, raw);
  const lookup = await findUsableToken(data.token, ["PASSWORD_RESET"], now);
  if (!lookup.ok) throw new TokenLinkError(lookup.problem);
  const passwordHash = await hashPassword(data.password);
  await prisma.$transaction(async (tx) => {
    if (!(await consumeToken(tx, lookup.token.id, now))) throw new TokenLinkError("used");
    const user = await tx.user.findUniqueOrThrow({ where: { id: lookup.token.userId }, select: { emailVerifiedAt: true } });
    await tx.user.update({
      where: { id: lookup.token.userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerifiedAt: user.emailVerifiedAt ?? now },
    });
    // Other reset links of this account stop working too.
    await tx.token.updateMany({ where: { userId: lookup.token.userId, type: "PASSWORD_RESET", usedAt: null }, data: { usedAt: now } });
    await recordAudit(tx, {
      actorId: lookup.token.userId,
      action: "user.resetPassword",
      entityType: "user",
      entityId: lookup.token.userId,
      changedFields: ["passwordHash", "sessionVersion"],
    });
  });
}
