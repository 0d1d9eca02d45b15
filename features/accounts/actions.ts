"use server";

import { getLocale } from "next-intl/server";
import { z } from "zod";
import { siteBaseUrl } from "@/features/seo/base-url";
import { defineAction, definePublicAction } from "@/lib/action";
import { requestIp } from "@/lib/rate-limit";
import { toLocale, type AccountRequestContext } from "./account-context";
import { changePasswordFor, endAllSessionsFor, requestEmailChangeFor, updateAccountProfileFor } from "./account-settings";
import { createJoinRequest } from "./join-requests";
import { requestPasswordReset, resetPassword } from "./password-reset";
import { registerAccount, resendVerification } from "./registration";
import { acceptTermsFor } from "./terms";

// Server actions of the account pages, on the action pipeline (lib/action.ts). The functions they
// call parse the input with the feature's schema and write the audit entries; a rate limit answers
// with its waiting time (RateLimitError carries it).

async function requestContext(): Promise<AccountRequestContext> {
  const [ip, baseUrl, locale] = await Promise.all([requestIp(), siteBaseUrl(), getLocale()]);
  return { ip, baseUrl, locale: toLocale(locale) };
}

/** Parsed by the called function with the account schemas, so the pipeline passes it on as it is. */
const Payload = z.unknown();
const EVERY_PAGE = ["/"];
const done = () => ({ data: undefined });

export const registerAction = definePublicAction({
  schema: Payload,
  run: async (_user, input) => registerAccount(input, await requestContext()),
});

export const resendVerificationAction = definePublicAction({
  schema: Payload,
  run: async (_user, input) => resendVerification(input, await requestContext()),
  reply: done,
});

export const requestPasswordResetAction = definePublicAction({
  schema: Payload,
  run: async (_user, input) => requestPasswordReset(input, await requestContext()),
  reply: done,
});

export const resetPasswordAction = definePublicAction({
  schema: Payload,
  run: (_user, input) => resetPassword(input),
  reply: done,
});

export const changePasswordAction = defineAction({
  schema: Payload,
  run: async (user, input) => changePasswordFor(user, input, await requestContext()),
  reply: done,
});

export const endAllSessionsAction = defineAction({
  skipTermsCheck: true,
  schema: Payload,
  run: (user) => endAllSessionsFor(user),
  reply: done,
});

export const changeEmailAction = defineAction({
  schema: Payload,
  run: async (user, input) => requestEmailChangeFor(user, input, await requestContext()),
});

export const updateAccountProfileAction = defineAction({
  schema: Payload,
  run: (user, input) => updateAccountProfileFor(user, input),
  revalidate: EVERY_PAGE,
  reply: done,
});

export const acceptTermsAction = defineAction({
  skipTermsCheck: true,
  schema: Payload,
  run: (user, input) => acceptTermsFor(user, input),
  revalidate: EVERY_PAGE,
  reply: done,
});

/** Anything but a text name is an empty one, which createJoinRequest then refuses with its message. */
const JoinRequestInput = z.object({ organizationName: z.string().catch("") }).catch({ organizationName: "" });

export const joinRequestAction = defineAction({
  schema: JoinRequestInput,
  run: async (user, { organizationName }) => createJoinRequest(user, organizationName, { baseUrl: (await requestContext()).baseUrl }),
  revalidate: EVERY_PAGE,
  reply: ({ organizationName }) => ({ data: { organizationName } }),
});
