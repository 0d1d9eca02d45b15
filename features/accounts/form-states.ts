import type { ActionResult } from "@/lib/errors";

// What the account forms' no-JavaScript server actions (./form-actions.ts) hand back to the page that
// rendered the form (useActionState): the outcome plus the fields to show again. Passwords and reset
// tokens are never part of it — they travel only in the POST body.

export type LoginFormError = "invalidCredentials" | "unavailable" | "unverified" | "rateLimited";
export type LoginFormState = { email: string; error: LoginFormError | null; waitMinutes: number };
export const initialLoginFormState: LoginFormState = { email: "", error: null, waitMinutes: 15 };

export type RegisterFormValues = { mode: "new" | "join"; organizationName: string; name: string; email: string; acceptTerms: boolean };
export type RegisterFormState = { values: RegisterFormValues | null; result: ActionResult<{ email: string }> | null };
export const initialRegisterFormState: RegisterFormState = { values: null, result: null };

export type ForgotPasswordFormState = { email: string; result: ActionResult | null };
export const initialForgotPasswordFormState: ForgotPasswordFormState = { email: "", result: null };

export type ResetPasswordFormState = { result: ActionResult | null };
export const initialResetPasswordFormState: ResetPasswordFormState = { result: null };

export type ResendVerificationFormState = { email: string; result: ActionResult | null };
export const initialResendVerificationFormState: ResendVerificationFormState = { email: "", result: null };
