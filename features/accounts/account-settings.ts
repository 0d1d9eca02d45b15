import "server-only";
import { changedFields, recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { sendMail } from "@/lib/mail";
import { hashPassword, verifyPassword } from "@/lib/passwords";
import { hitRateLimit } from "@/lib/rate-limit";
import { absoluteLink, parseAccountInput, type AccountRequestContext } from "./account-context";
import { issueToken } from "./account-tokens";
import { AccountProfileSchema, ChangeEmailSchema, ChangePasswordSchema } from "./schemas";
import type { SessionUser } from "./types";

// The signed-in user's own account: password, e-mail address, name and language. Checking the
// current password is throttled per account like a login.

async function checkCurrentPassword(user: SessionUser, password: string, ip: string | null): Promise<void> {
  await hitRateLimit("password-check", { ip, account: user.email });
  const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(stored.passwordHash, password))) {
    throw new ValidationError({ currentPassword: ["Auth.currentPasswordWrong"], password: ["Auth.currentPasswordWrong"] });
  }
}

/**
 * Sets a new password after checking the current one. Every session of the account ends (the form
 * signs the user in again with the new password, so only other devices are logged out).
 */
export async function changePasswordFor(user: SessionUser, raw: unknown, ctx: Pick<AccountRequestContext, "ip">): Promise<void> {
  const data = parseAccountInput(ChangePasswordSchema, raw);
  await checkCurrentPassword(user, data.currentPassword, ctx.ip);
  const passwordHash = await hashPassword(data.newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "user.changePassword",
      entityType: "user",
      entityId: user.id,
      changedFields: ["passwordHash", "sessionVersion"],
    });
  });
}

/**
 * Starts an e-mail change: a confirmation link goes to the new address; the address changes only
 * when it is opened (see confirmEmailToken). If the new address already has an account, its owner
 * gets a hint instead — the answer is the same, so nothing is revealed.
 */
export async function requestEmailChangeFor(user: SessionUser, raw: unknown, ctx: AccountRequestContext): Promise<{ newEmail: string }> {
  const data = parseAccountInput(ChangeEmailSchema, raw);
  if (data.newEmail === user.email) throw new ValidationError({ newEmail: ["Auth.emailUnchanged"] });
  await checkCurrentPassword(user, data.password, ctx.ip);
  const owner = await prisma.user.findUnique({ where: { email: data.newEmail }, select: { email: true, name: true, locale: true } });
  if (owner) {
    await sendMail({
      to: owner.email,
      template: "accountExists",
      locale: owner.locale,
      params: { name: owner.name, url: absoluteLink(ctx.baseUrl, owner.locale, "/forgot-password") },
    });
    return { newEmail: data.newEmail };
  }
  const token = await prisma.$transaction(async (tx) => {
    const issued = await issueToken(tx, user.id, "EMAIL_CHANGE", { newEmail: data.newEmail });
    await recordAudit(tx, { actorId: user.id, action: "user.requestEmailChange", entityType: "user", entityId: user.id });
    return issued;
  });
  await sendMail({
    to: data.newEmail,
    template: "emailChange",
    locale: user.locale,
    params: { name: user.name, url: absoluteLink(ctx.baseUrl, user.locale, "/verify-email", { token }) },
  });
  return { newEmail: data.newEmail };
}

/** Name and preferred language. */
export async function updateAccountProfileFor(user: SessionUser, raw: unknown): Promise<void> {
  const data = parseAccountInput(AccountProfileSchema, raw);
  await prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, locale: true } });
    const fields = changedFields(before, data);
    if (fields.length === 0) return;
    await tx.user.update({ where: { id: user.id }, data });
    await recordAudit(tx, { actorId: user.id, action: "user.update", entityType: "user", entityId: user.id, changedFields: fields });
  });
}

/**
 * "Log out everywhere": every session of the account ends with its next request (including this
 * one; the page then signs the browser out and goes to the login page).
 */
export async function endAllSessionsFor(user: SessionUser): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "user.endAllSessions",
      entityType: "user",
      entityId: user.id,
      changedFields: ["sessionVersion"],
    });
  });
}
