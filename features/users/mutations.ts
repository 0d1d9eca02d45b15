import "server-only";
import { issueToken } from "@/features/accounts/account-tokens";
import { defaultBaseUrl } from "@/features/accounts/account-context";
import { mailPasswordResetLink } from "@/features/accounts/password-reset";
import type { SessionUser } from "@/features/accounts/types";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { AppError, ForbiddenError, NotFoundError } from "@/lib/errors";
import type { MailResult } from "@/lib/mail";
import { applyGlobalRole, assertActiveAdminRemains } from "@/features/accounts/global-role";
import { canChangeGlobalRole, canDisableUser, canManageUsers } from "./permissions";
import { GlobalRoleChangeSchema, USERS_ERRORS_NAMESPACE } from "./schemas";
import { requireId } from "@/lib/ids";

// What editors and admins do to an account: role, disable / re-enable, password-reset mail. Each
// mutation: permission → load → rules → one transaction with its audit entry. Callers revalidate.

export type UserMutationOptions = { now?: Date; baseUrl?: string };

const error = (key: string, status: number) => new AppError(`${USERS_ERRORS_NAMESPACE}.${key}`, status);

/** The target account, or NotFound for malformed and unknown ids (after the editor check, so outsiders learn nothing). */
export async function loadTargetUser(actor: SessionUser | null, userId: unknown) {
  if (!canManageUsers(actor)) throw new ForbiddenError();
  const id = requireId(userId);
  const target = await prisma.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, locale: true, role: true, disabledAt: true },
  });
  if (!target) throw new NotFoundError();
  return { actor, target };
}

/** Admins change other users' global role; the last active admin keeps theirs. */
export async function changeGlobalRoleFor(user: SessionUser | null, userId: unknown, input: unknown): Promise<{ changed: boolean }> {
  const { actor, target } = await loadTargetUser(user, userId);
  if (actor.id === target.id) throw error("self", 403);
  if (!canChangeGlobalRole(actor, target.id)) throw error("roleChangeForbidden", 403);
  const data = parseInput(GlobalRoleChangeSchema, input, USERS_ERRORS_NAMESPACE);
  const changed = await prisma.$transaction((tx) => applyGlobalRole(tx, target.id, data.role, actor.id));
  return { changed };
}

/**
 * Disables an account: it can no longer log in, and its sessions end with the next request
 * (sessionVersion); open reset and verification links stop working.
 */
export async function disableUserFor(user: SessionUser | null, userId: unknown, options: UserMutationOptions = {}): Promise<void> {
  const { actor, target } = await loadTargetUser(user, userId);
  if (actor.id === target.id) throw error("self", 403);
  if (!canDisableUser(actor, target)) throw error("disableForbidden", 403);
  if (target.disabledAt) throw error("alreadyDisabled", 409);
  const now = options.now ?? new Date();
  await prisma.$transaction(async (tx) => {
    const updated = await tx.user.updateMany({
      where: { id: target.id, disabledAt: null },
      data: { disabledAt: now, sessionVersion: { increment: 1 } },
    });
    if (updated.count === 0) throw error("alreadyDisabled", 409);
    if (target.role === "ADMIN") await assertActiveAdminRemains(tx);
    await tx.token.updateMany({ where: { userId: target.id, usedAt: null }, data: { usedAt: now } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.disable",
      entityType: "user",
      entityId: target.id,
      changedFields: ["disabledAt", "sessionVersion"],
    });
  });
}

/** Re-enables a disabled account (same rules as disabling); the person logs in with their old password. */
export async function enableUserFor(user: SessionUser | null, userId: unknown): Promise<void> {
  const { actor, target } = await loadTargetUser(user, userId);
  if (actor.id === target.id) throw error("self", 403);
  if (!canDisableUser(actor, target)) throw error("disableForbidden", 403);
  if (!target.disabledAt) throw error("notDisabled", 409);
  await prisma.$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id: target.id, disabledAt: { not: null } }, data: { disabledAt: null } });
    if (updated.count === 0) throw error("notDisabled", 409);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.enable",
      entityType: "user",
      entityId: target.id,
      changedFields: ["disabledAt"],
    });
  });
}

/**
 * Mails the account a password-reset link (valid one hour, single use — features/accounts/password-reset.ts).
 * The password itself is never set or sent by an editor.
 */
export async function sendPasswordResetFor(
  user: SessionUser | null,
  userId: unknown,
  options: UserMutationOptions = {},
): Promise<{ mailStatus: MailResult["status"]; email: string }> {
  const { actor, target } = await loadTargetUser(user, userId);
  if (target.disabledAt) throw error("accountDisabled", 409);
  const token = await prisma.$transaction(async (tx) => {
    const issued = await issueToken(tx, target.id, "PASSWORD_RESET", { now: options.now });
    await recordAudit(tx, { actorId: actor.id, action: "user.sendPasswordReset", entityType: "user", entityId: target.id });
    return issued;
  });
  const mail = await mailPasswordResetLink(target, token, options.baseUrl ?? defaultBaseUrl());
  return { mailStatus: mail.status, email: target.email };
}
