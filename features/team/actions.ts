"use server";

import { getLocale } from "next-intl/server";
import { z } from "zod";
import { rememberCurrentOrganization } from "@/features/accounts/current-organization";
import { siteBaseUrl } from "@/features/seo/base-url";
import { defineAction, definePublicAction } from "@/lib/action";
import { IdSchema } from "@/lib/ids";
import { acceptInvitationFor, acceptInvitationWithNewAccount } from "./invitations";
import { decideJoinRequestFor } from "./join-request-decisions";
import { changeMemberRoleFor, inviteMemberFor, leaveOrganizationFor, removeMemberFor, revokeInvitationFor } from "./mutations";

// The team page's actions, on the action pipeline (lib/action.ts). Ids come from the client; the
// mutations check them against the signed-in user and parse the payload with the team schemas.

const ACCOUNT_PAGES = ["/[locale]/account"];
const done = () => ({ data: undefined });

const OrganizationInput = z.object({ organizationId: IdSchema, input: z.unknown() });
const byOrganization = (organizationId: unknown, input?: unknown) => ({ organizationId, input });

export const inviteMember = defineAction({
  args: byOrganization,
  schema: OrganizationInput,
  run: async (user, { organizationId, input }) => inviteMemberFor(user, organizationId, input, { baseUrl: await siteBaseUrl() }),
  revalidate: ACCOUNT_PAGES,
  reply: (result) => ({ data: { mailStatus: result.mailStatus as string } }),
});

export const revokeInvitation = defineAction({
  schema: IdSchema,
  run: (user, invitationId) => revokeInvitationFor(user, invitationId),
  revalidate: ACCOUNT_PAGES,
  reply: done,
});

export const changeMemberRole = defineAction({
  args: byOrganization,
  schema: OrganizationInput,
  run: (user, { organizationId, input }) => changeMemberRoleFor(user, organizationId, input),
  revalidate: ACCOUNT_PAGES,
  reply: done,
});

export const removeMember = defineAction({
  args: (organizationId: unknown, userId: unknown) => ({ organizationId, userId }),
  schema: z.object({ organizationId: IdSchema, userId: IdSchema }),
  run: (user, { organizationId, userId }) => removeMemberFor(user, organizationId, userId),
  revalidate: ACCOUNT_PAGES,
  reply: done,
});

export const leaveOrganization = defineAction({
  schema: IdSchema,
  run: (user, organizationId) => leaveOrganizationFor(user, organizationId),
  revalidate: ACCOUNT_PAGES,
  reply: done,
});

export const decideJoinRequest = defineAction({
  args: (joinRequestId: unknown, decision: unknown) => ({ joinRequestId, decision }),
  schema: z.object({ joinRequestId: IdSchema, decision: z.unknown() }),
  run: async (user, { joinRequestId, decision }) => decideJoinRequestFor(user, joinRequestId, decision, { baseUrl: await siteBaseUrl() }),
  revalidate: ACCOUNT_PAGES,
  reply: done,
});

export const acceptInvitation = defineAction({
  schema: z.unknown(),
  run: async (user, token) => {
    const data = await acceptInvitationFor(user, token);
    // The account pages open on the organisation just joined (see current-organization.ts); a team
    // invitation (global role) joins no organisation.
    if (data.organizationId !== null) await rememberCurrentOrganization(data.organizationId);
    return data;
  },
  revalidate: ["/"],
});

/** Anonymous on purpose: the token in the input is the authorisation. */
export const acceptInvitationAndRegister = definePublicAction({
  schema: z.unknown(),
  run: async (_user, input) => acceptInvitationWithNewAccount(input, { locale: await getLocale() }),
  reply: ({ email }) => ({ data: { email } }),
});
