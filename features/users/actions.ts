"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireActionUser } from "@/features/accounts/session";
import { siteBaseUrl } from "@/features/seo/base-url";
import { actionError, type ActionResult } from "@/lib/errors";
import type { MailResult } from "@/lib/mail";
import { addMembershipFor, changeMembershipFor, removeMembershipFor } from "./membership-mutations";
import { changeGlobalRoleFor, disableUserFor, enableUserFor, sendPasswordResetFor } from "./mutations";
import { inviteStaffFor, revokeStaffInvitationFor } from "./staff-invitations";

// Every action: session → (permission, parse, transaction, audit inside the mutation) → revalidate →
// a translated success message. Ids come from the client; the mutations check them.

function refresh(options: { accounts?: boolean } = {}): void {
  revalidatePath("/[locale]/editorial", "layout");
  // Memberships show on the account pages of the person and on the organisation's team page.
  if (options.accounts) revalidatePath("/[locale]/account", "layout");
}

const MAIL_OUTCOME: Record<MailResult["status"], "Sent" | "Stored" | "Failed"> = { SENT: "Sent", STORED: "Stored", FAILED: "Failed" };

export async function inviteStaff(input: unknown): Promise<ActionResult<{ mailStatus: MailResult["status"] }>> {
  try {
    const user = await requireActionUser();
    const result = await inviteStaffFor(user, input, { baseUrl: await siteBaseUrl() });
    refresh();
    const t = await getTranslations("Users.invite");
    const key = ({ SENT: "sent", STORED: "stored", FAILED: "failed" } as const)[result.mailStatus];
    return { ok: true, data: { mailStatus: result.mailStatus }, message: t(key, { email: result.email }) };
  } catch (error) {
    return actionError(error);
  }
}

export async function revokeStaffInvitation(invitationId: unknown): Promise<ActionResult> {
  try {
    const user = await requireActionUser();
    await revokeStaffInvitationFor(user, invitationId);
    refresh();
    return { ok: true, data: undefined, message: (await getTranslations("Users.invite"))("revoked") };
  } catch (error) {
    return actionError(error);
  }
}

export async function changeGlobalRole(userId: unknown, input: unknown): Promise<ActionResult> {
  try {
    const user = await requireActionUser();
    const { changed } = await changeGlobalRoleFor(user, userId, input);
    refresh();
    const t = await getTranslations("Users.actions");
    return { ok: true, data: undefined, message: t(changed ? "roleChanged" : "roleUnchanged") };
  } catch (error) {
    return actionError(error);
  }
}

export async function disableUser(userId: unknown): Promise<ActionResult> {
  try {
    const user = await requireActionUser();
    await disableUserFor(user, userId);
    refresh();
    return { ok: true, data: undefined, message: (await getTranslations("Users.actions"))("disabled") };
  } catch (error) {
    return actionError(error);
  }
}

export async function enableUser(userId: unknown): Promise<ActionResult> {
  try {
    const user = await requireActionUser();
    await enableUserFor(user, userId);
    refresh();
    return { ok: true, data: undefined, message: (await getTranslations("Users.actions"))("enabled") };
  } catch (error) {
    return actionError(error);
  }
}

export async function sendPasswordReset(userId: unknown): Promise<ActionResult<{ mailStatus: MailResult["status"] }>> {
  try {
    const user = await requireActionUser();
    const result = await sendPasswordResetFor(user, userId, { baseUrl: await siteBaseUrl() });
    refresh();
    const t = await getTranslations("Users.actions");
    return { ok: true, data: { mailStatus: result.mailStatus }, message: t(`reset${MAIL_OUTCOME[result.mailStatus]}`, { email: result.email }) };
  } catch (error) {
    return actionError(error);
  }
}

export async function addMembership(userId: unknown, input: unknown): Promise<ActionResult> {
  try {
    const user = await requireActionUser();
    await addMembershipFor(user, userId, input);
    refresh({ accounts: true });
    return { ok: true, data: undefined, message: (await getTranslations("Users.memberships"))("added") };
  } catch (error) {
    return actionError(error);
  }
}

export async function changeMembership(userId: unknown, input: unknown): Promise<ActionResult> {
  try {
    const user = await requireActionUser();
    const { changed } = await changeMembershipFor(user, userId, input);
    refresh({ accounts: true });
    return { ok: true, data: undefined, message: (await getTranslations("Users.memberships"))(changed ? "changed" : "unchanged") };
  } catch (error) {
    return actionError(error);
  }
}

export async function removeMembership(userId: unknown, input: unknown): Promise<ActionResult> {
  try {
    const user = await requireActionUser();
    await removeMembershipFor(user, userId, input);
    refresh({ accounts: true });
    return { ok: true, data: undefined, message: (await getTranslations("Users.memberships"))("removed") };
  } catch (error) {
    return actionError(error);
  }
}
