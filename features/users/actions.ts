"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { siteBaseUrl } from "@/features/seo/base-url";
import { defineAction } from "@/lib/action";
import { IdSchema } from "@/lib/ids";
import type { MailResult } from "@/lib/mail";
import { addMembershipFor, changeMembershipFor, removeMembershipFor } from "./membership-mutations";
import { changeGlobalRoleFor, disableUserFor, enableUserFor, sendPasswordResetFor } from "./mutations";
import { inviteStaffFor, revokeStaffInvitationFor } from "./staff-invitations";

// The user management's actions on the action pipeline (lib/action.ts), each answering with a
// translated success message. Ids come from the client; the mutations check them and parse the
// payload with the users schemas.

const EDITOR_PAGES = ["/[locale]/editorial"];
// Memberships show on the account pages of the person and on the organisation's team page.
const EDITOR_AND_ACCOUNT_PAGES = ["/[locale]/editorial", "/[locale]/account"];

const MAIL_OUTCOME: Record<MailResult["status"], "Sent" | "Stored" | "Failed"> = { SENT: "Sent", STORED: "Stored", FAILED: "Failed" };

const UserInput = z.object({ userId: IdSchema, input: z.unknown() });
const byUser = (userId: unknown, input: unknown) => ({ userId, input });

/** A success without data whose message is `key` in `namespace`. */
function said(namespace: "Users.invite" | "Users.actions" | "Users.memberships", key: string) {
  return async () => ({ data: undefined, message: (await getTranslations(namespace))(key as never) });
}

export const inviteStaff = defineAction({
  schema: z.unknown(),
  run: async (user, input) => inviteStaffFor(user, input, { baseUrl: await siteBaseUrl() }),
  revalidate: EDITOR_PAGES,
  reply: async (result) => {
    const t = await getTranslations("Users.invite");
    const key = ({ SENT: "sent", STORED: "stored", FAILED: "failed" } as const)[result.mailStatus];
    return { data: { mailStatus: result.mailStatus }, message: t(key, { email: result.email }) };
  },
});

export const revokeStaffInvitation = defineAction({
  schema: IdSchema,
  run: (user, invitationId) => revokeStaffInvitationFor(user, invitationId),
  revalidate: EDITOR_PAGES,
  reply: said("Users.invite", "revoked"),
});

export const changeGlobalRole = defineAction({
  args: byUser,
  schema: UserInput,
  run: (user, { userId, input }) => changeGlobalRoleFor(user, userId, input),
  revalidate: EDITOR_PAGES,
  reply: async ({ changed }) => said("Users.actions", changed ? "roleChanged" : "roleUnchanged")(),
});

export const disableUser = defineAction({
  schema: IdSchema,
  run: (user, userId) => disableUserFor(user, userId),
  revalidate: EDITOR_PAGES,
  reply: said("Users.actions", "disabled"),
});

export const enableUser = defineAction({
  schema: IdSchema,
  run: (user, userId) => enableUserFor(user, userId),
  revalidate: EDITOR_PAGES,
  reply: said("Users.actions", "enabled"),
});

export const sendPasswordReset = defineAction({
  schema: IdSchema,
  run: async (user, userId) => sendPasswordResetFor(user, userId, { baseUrl: await siteBaseUrl() }),
  revalidate: EDITOR_PAGES,
  reply: async (result) => {
    const t = await getTranslations("Users.actions");
    return { data: { mailStatus: result.mailStatus }, message: t(`reset${MAIL_OUTCOME[result.mailStatus]}`, { email: result.email }) };
  },
});

export const addMembership = defineAction({
  args: byUser,
  schema: UserInput,
  run: (user, { userId, input }) => addMembershipFor(user, userId, input),
  revalidate: EDITOR_AND_ACCOUNT_PAGES,
  reply: said("Users.memberships", "added"),
});

export const changeMembership = defineAction({
  args: byUser,
  schema: UserInput,
  run: (user, { userId, input }) => changeMembershipFor(user, userId, input),
  revalidate: EDITOR_AND_ACCOUNT_PAGES,
  reply: async ({ changed }) => said("Users.memberships", changed ? "changed" : "unchanged")(),
});

export const removeMembership = defineAction({
  args: byUser,
  schema: UserInput,
  run: (user, { userId, input }) => removeMembershipFor(user, userId, input),
  revalidate: EDITOR_AND_ACCOUNT_PAGES,
  reply: said("Users.memberships", "removed"),
});
