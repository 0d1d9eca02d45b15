"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { formFields } from "@/lib/action";
import { logger } from "@/lib/logger";
import { RateLimitError, requestIp } from "@/lib/rate-limit";
import { registerAction, requestPasswordResetAction, resendVerificationAction, resetPasswordAction } from "./actions";
import { toLocale } from "./account-context";
import { safeCallbackUrl } from "./callback-url";
import { authenticateWithPassword, EmailNotVerifiedError } from "./credentials";
import type {
  ForgotPasswordFormState,
  LoginFormState,
  RegisterFormState,
  RegisterFormValues,
  ResendVerificationFormState,
  ResetPasswordFormState,
} from "./form-states";
import { sessionCookiesFor } from "./session-cookie";

// The account forms without JavaScript. Each form posts (a real <form action>, never GET: passwords
// and tokens stay in the body, out of URLs, history and logs) to one of these; with JavaScript the
// form's own submit handler runs instead and these are never called. They go through the same
// actions and rules as the JavaScript path (registerAction, …; throttling in authenticateWithPassword)
// and answer the form's state (./form-states.ts) for useActionState to render.

/** Login: checks the password like the credentials provider, then sets next-auth's session cookie. */
export async function loginFormAction(_previous: LoginFormState, formData: FormData): Promise<LoginFormState> {
  const { email, password, callbackUrl } = formFields(formData, ["email", "password", "callbackUrl"]);
  const shown = (email ?? "").slice(0, 320);
  const locale = toLocale(await getLocale());
  let user: Awaited<ReturnType<typeof authenticateWithPassword>>;
  try {
    user = await authenticateWithPassword({ email, password }, { ip: await requestIp() });
  } catch (error) {
    if (error instanceof RateLimitError) return { email: shown, error: "rateLimited", waitMinutes: error.minutes };
    if (error instanceof EmailNotVerifiedError) return { email: shown, error: "unverified", waitMinutes: 15 };
    logger.error("login check failed", { error });
    return { email: shown, error: "unavailable", waitMinutes: 15 };
  }
  if (!user) return { email: shown, error: "invalidCredentials", waitMinutes: 15 };

  const [requestHeaders, store] = await Promise.all([headers(), cookies()]);
  const toSet = await sessionCookiesFor(user, {
    forwardedProto: requestHeaders.get("x-forwarded-proto"),
    existingCookieNames: store.getAll().map((c) => c.name),
  });
  for (const cookie of toSet) store.set(cookie.name, cookie.value, cookie.options);
  // Where the login page was asked to return (checked again: the field is the client's), else the
  // account; a user who must accept new terms is sent there by that page (requireUser).
  redirect(safeCallbackUrl(callbackUrl) ?? getPathname({ locale, href: "/account" }));
}

const MODES = ["new", "join"] as const;

function registerValues(formData: FormData): RegisterFormValues {
  const fields = formFields(formData, ["mode", "organizationName", "name", "email"]);
  return {
    mode: MODES.find((m) => m === fields.mode) ?? "new",
    organizationName: (fields.organizationName ?? "").slice(0, 300),
    name: (fields.name ?? "").slice(0, 300),
    email: (fields.email ?? "").slice(0, 320),
    // A checked box posts its value ("on", or "true" from react-hook-form's register); unchecked posts nothing.
    acceptTerms: formData.get("acceptTerms") !== null,
  };
}

export async function registerFormAction(_previous: RegisterFormState, formData: FormData): Promise<RegisterFormState> {
  const values = registerValues(formData);
  const { mode, password } = formFields(formData, ["mode", "password"]);
  const result = await registerAction({ ...values, mode, password, acceptTerms: values.acceptTerms || undefined });
  return { values, result };
}

export async function resendVerificationFormAction(
  _previous: ResendVerificationFormState,
  formData: FormData,
): Promise<ResendVerificationFormState> {
  const { email } = formFields(formData, ["email"]);
  const result = await resendVerificationAction({ email });
  return { email: (email ?? "").slice(0, 320), result };
}

export async function forgotPasswordFormAction(_previous: ForgotPasswordFormState, formData: FormData): Promise<ForgotPasswordFormState> {
  const { email } = formFields(formData, ["email"]);
  const result = await requestPasswordResetAction({ email });
  return { email: (email ?? "").slice(0, 320), result };
}

/**
 * On success the reset page itself cannot show it any more (its link is used up now), so the login
 * page does (?reset=1 — no secret in it).
 */
export async function resetPasswordFormAction(_previous: ResetPasswordFormState, formData: FormData): Promise<ResetPasswordFormState> {
  const result = await resetPasswordAction(formFields(formData, ["token", "password", "passwordConfirm"]));
  if (!result.ok) return { result };
  const locale = toLocale(await getLocale());
  redirect(getPathname({ locale, href: { pathname: "/login", query: { reset: "1" } } }));
}
