import type { SessionUser } from "@/features/accounts/types";
import { addMember, createUser, sessionUser } from "@/features/organizations/test-fixtures";
import type { PrismaClient } from "@/generated/prisma/client";

/**
 * The people of a settings test: an admin, and everyone every settings action must refuse (signed
 * out, an editor, a planner, a provider's admin), with the provider's approved organisation.
 */
export async function settingsPeople(db: PrismaClient, organization: { carrierType?: "ASSOCIATION" } = {}) {
  const admin = await sessionUser(await createUser(db, "Adam", "ADMIN"));
  const editor = await sessionUser(await createUser(db, "Rita", "EDITOR"));
  const planner = await sessionUser(await createUser(db, "Paula", "PLANNER"));
  const created = await db.organization.create({ data: { slug: "verein", name: "Verein", status: "APPROVED", ...organization } });
  const providerId = await createUser(db, "Olga");
  await addMember(db, providerId, created.id, "ORG_ADMIN");
  const others: (SessionUser | null)[] = [null, editor, planner, await sessionUser(providerId)];
  return { admin, editor, others, organizationId: created.id };
}
