"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { siteBaseUrl } from "@/features/seo/base-url";
import { actionError, type ActionFailure, type ActionResult } from "@/lib/errors";
import { RateLimitError, requestIp } from "@/lib/rate-limit";
import { toLocale, type AccountRequestContext } from "./account-context";
import { changePasswordFor, endAllSessionsFor, requestEmailChangeFor, updateAccountProfileFor } from "./account-settings";
import { createJoinRequest } from "./join-requests";
import { requestPasswordReset, resetPassword } from "./password-reset";
import { registerAccount, resendVerification } from "./registration";
import { requireActionUser } from "./session";
import { acceptTermsFor } from "./terms";

// Server actions of the account pages. Each: (session →) parse → mutate (in the functions it calls,
// which also write the audit entries) → revalidate; failures come back translated.

async function requestContext(): Promise<AccountRequestContext> {
  const [ip, baseUrl, locale] = await Promise.all([requestIp(), siteBaseUrl(), getLocale()]);
  return { ip, baseUrl, locale: toLocale(locale) };
}

/** Like actionError, with the waiting time filled into the rate-limit message. */
async function failure(error: unknown): Promise<ActionFailure> {
  if (error instanceof RateLimitError) {
    const t = await getTranslations("Auth");
    return { ok: false, message: t("rateLimited", { minutes: error.minutes }), fieldErrors: {} };
  }
  return actionError(error);
}

export async function registerAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  try {
    return { ok: true, data: await registerAccount(input, await requestContext()) };
  } catch (error) {
    return failure(error);
  }
}

export async function resendVerificationAction(input: unknown): Promise<ActionResult> {
  try {
    await resendVerification(input, await requestContext());
    return { ok: true, data: undefined };
  } catch (error) {
    return failure(error);
  }
}

export async function requestPasswordResetAction(input: unknown): Promise<ActionResult> {
  try {
    await requestPasswordReset(input, await requestContext());
    return { ok: true, data: undefined };
  } catch (error) {
    return failure(error);
  }
}

export async function resetPasswordAction(input: unknown): Promise<ActionResult> {
  try {
    await resetPassword(input);
    return { ok: true, data: undefined };
  } catch (error) {
    return failure(error);
  }
}

export async function changePasswordAction(input: unknown): Promise<ActionResult> {
  try {
    const user = await requireActionUser();
    await changePasswordFor(user, input, await requestContext());
    return { ok: true, data: undefined };
  } catch (error) {
    return failure(error);
  }
}

export async function endAllSessionsAction(): Promise<ActionResult> {
  try {
    const user = await requireActionUser({ skipTermsCheck: true });
    await endAllSessionsFor(user);
    return { ok: true, data: undefined };
  } catch (error) {
    return failure(error);
  }
}

export async function changeEmailAction(input: unknown): Promise<ActionResult<{ newEmail: string }>> {
  try {
    const user = await requireActionUser();
    const data = await requestEmailChangeFor(user, input, await requestContext());
    return { ok: true, data };
  } catch (error) {
    return failure(error);
  }
}

export async function updateAccountProfileAction(input: unknown): Promise<ActionResult> {
  try {
    const user = await requireActionUser();
    await updateAccountProfileFor(user, input);
    revalidatePath("/", "layout");
    return { ok: true, data: undefined };
  } catch (error) {
    return failure(error);
  }
}

export async function acceptTermsAction(input: unknown): Promise<ActionResult> {
  try {
    const user = await requireActionUser({ skipTermsCheck: true });
    await acceptTermsFor(user, input);
    revalidatePath("/", "layout");
    return { ok: true, data: undefined };
  } catch (error) {
    return failure(error);
  }
}

export async function joinRequestAction(input: unknown): Promise<ActionResult<{ organizationName: string }>> {
  try {
    const user = await requireActionUser();
    const raw = (input ?? {}) as { organizationName?: unknown };
    const name = typeof raw.organizationName === "string" ? raw.organizationName : "";
    const { organizationName } = await createJoinRequest(user, name, { baseUrl: (await requestContext()).baseUrl });
    revalidatePath("/", "layout");
    return { ok: true, data: { organizationName } };
  } catch (error) {
    return failure(error);
  }
}
