import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { GlobalRole } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
// Message keys live with the user management ("Users.errors"), which is where role changes are made.
const USERS_ERRORS_NAMESPACE = "Users.errors";

type Tx = Prisma.TransactionClient;

/** The portal always keeps one active admin: call inside the transaction after the change, to undo it otherwise. */
export async function assertActiveAdminRemains(tx: Tx): Promise<void> {
  const admins = await tx.user.count({ where: { role: "ADMIN", disabledAt: null } });
  if (admins === 0) throw new AppError(`${USERS_ERRORS_NAMESPACE}.lastAdmin`, 409);
}

/**
 * Sets a user's global role inside the caller's transaction (role change by an admin, accepted
 * team invitation) and writes "user.role". The session re-reads the role on every request, so it
 * takes effect immediately. Returns false when the user already had the role.
 */
export async function applyGlobalRole(tx: Tx, userId: number, role: GlobalRole, actorId: number): Promise<boolean> {
  const current = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!current) throw new AppError("ActionErrors.notFound", 404);
  if (current.role === role) return false;
  // Conditional on the role read, so two admins changing the same user at once cannot interleave.
  const updated = await tx.user.updateMany({ where: { id: userId, role: current.role }, data: { role } });
  if (updated.count === 0) throw new AppError(`${USERS_ERRORS_NAMESPACE}.changedMeanwhile`, 409);
  if (current.role === "ADMIN") await assertActiveAdminRemains(tx);
  await recordAudit(tx, { actorId, action: "user.role", entityType: "user", entityId: userId, changedFields: ["role"] });
  return true;
}
