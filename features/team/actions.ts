"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { getLocale } from "next-intl/server";
import { CURRENT_ORGANIZATION_COOKIE } from "@/features/accounts/current-organization";
import { requireActionUser } from "@/features/accounts/session";
import { siteBaseUrl } from "@/features/seo/base-url";
import { env } from "@/lib/env";
import { actionError, type ActionResult } from "@/lib/errors";
import { acceptInvitationFor, acceptInvitationWithNewAccount } from "./invitations";
import { decideJoinRequestFor } from "./join-request-decisions";
import { changeMemberRoleFor, inviteMemberFor, leaveOrganizationFor, removeMemberFor, revokeInvitationFor } from "./mutations";

// Every action: session → (permission, parse, transaction, audit inside the mutation) → revalidate.
// Ids come from the input; the mutations check them against the signed-in user.

function refresh(): void {
  revalidatePath("/[locale]/account", "layout");
}

export async function inviteMember(organizationId: number, input: unknown): Promise<ActionResult<{ mailStatus: string }>> {
  try {
    const user = await requireActionUser();
    const result = await inviteMemberFor(user, Number(organizationId), input, { baseUrl: await siteBaseUrl() });
    refresh();
    return { ok: true, data: { mailStatus: result.mailStatus } };
  } catch (error) {
    return actionError(error);
  }
}

export async function revokeInvitation(invitationId: number): Promise<ActionResult> {
  try {
    const user = await requireActionUser();
    await revokeInvitationFor(user, Number(invitationId));
    refresh();
    return { ok: true, data: undefined };
  } catch (error) {
    return actionError(error);
  }
}

export async function changeMemberRole(organizationId: number, input: unknown): Promise<ActionResult> {
  try {
    const user = await requireActionUser();
    await changeMemberRoleFor(user, Number(organizationId), input);
    refresh();
    return { ok: true, data: undefined };
  } catch (error) {
    return actionError(error);
  }
}

export async function removeMember(organizationId: number, userId: number): Promise<ActionResult> {
  try {
    const user = await requireActionUser();
    await removeMemberFor(user, Number(organizationId), userId);
    refresh();
    return { ok: true, data: undefined };
  } catch (error) {
    return actionError(error);
  }
}

export async function leaveOrganization(organizationId: number): Promise<ActionResult> {
  try {
    const user = await requireActionUser();
    await leaveOrganizationFor(user, Number(organizationId));
    refresh();
    return { ok: true, data: undefined };
  } catch (error) {
    return actionError(error);
  }
}

export async function decideJoinRequest(joinRequestId: number, decision: unknown): Promise<ActionResult> {
  try {
    const user = await requireActionUser();
    await decideJoinRequestFor(user, Number(joinRequestId), decision, { baseUrl: await siteBaseUrl() });
    refresh();
    return { ok: true, data: undefined };
  } catch (error) {
    return actionError(error);
  }
}

export async function acceptInvitation(token: unknown): Promise<ActionResult<{ organizationId: number | null }>> {
  try {
    const user = await requireActionUser();
    const data = await acceptInvitationFor(user, token);
    // The account pages open on the organisation just joined (see current-organization.ts); a team
    // invitation (global role) joins no organisation.
    if (data.organizationId !== null) {
      (await cookies()).set(CURRENT_ORGANIZATION_COOKIE, String(data.organizationId), {
        httpOnly: true,
        sameSite: "lax",
        secure: env().APP_URL?.startsWith("https:") ?? false,
        path: "/",
        maxAge: 365 * 24 * 60 * 60,
      });
    }
    revalidatePath("/", "layout");
    return { ok: true, data };
  } catch (error) {
    return actionError(error);
  }
}

/** Anonymous on purpose: the token in the input is the authorisation. */
export async function acceptInvitationAndRegister(input: unknown): Promise<ActionResult<{ email: string }>> {
  try {
    const { email } = await acceptInvitationWithNewAccount(input, { locale: await getLocale() });
    return { ok: true, data: { email } };
  } catch (error) {
    return actionError(error);
  }
}
