import { z } from "zod";
import { locales } from "@/i18n/routing";
import { isCommonPassword } from "@/lib/common-passwords";

// Messages are message keys of the "Auth" namespace: the login form translates them, the server
// never shows them (a failed login only ever yields the generic message).

/** An e-mail address as stored: trimmed and lower-case (User.email is unique in that form). */
export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "emailRequired")
  .max(254, "emailInvalid")
  .pipe(z.email({ message: "emailInvalid" }));

/** The one definition of login input, used by the login form and by next-auth's authorize(). */
export const LoginSchema = z.object({
  email: EmailSchema,
  // No length rule besides an upper bound: old passwords must keep working; the bound keeps
  // hashing cost of a hostile request small.
  password: z.string().min(1, "passwordRequired").max(1024, "passwordRequired"),
});

export type LoginInput = z.infer<typeof LoginSchema>;

/**
 * Rules for a password that is being set (registration, reset, change, user creation script):
 * at least 10 characters and not on the list of common passwords (compared case-insensitively).
 */
export const NewPasswordSchema = z
  .string()
  .min(10, "passwordTooShort")
  .max(256, "passwordTooLong")
  .refine((password) => !isCommonPassword(password), "passwordTooCommon");

/** Free text shown to others must not contain markup: "<" and ">" are refused, not escaped away. */
const noMarkup = (value: string) => !/[<>]/.test(value);

/** A person's name as shown to colleagues and editors. */
export const PersonNameSchema = z.string().trim().min(1, "nameRequired").max(100, "nameTooLong").refine(noMarkup, "noMarkup");

/** An organisation's name, as typed at registration or when asking to join. */
export const OrganizationNameSchema = z
  .string()
  .trim()
  .min(2, "organizationNameRequired")
  .max(150, "organizationNameTooLong")
  .refine(noMarkup, "noMarkup");

/** The password the user already has (checked against the stored hash, so no rules besides a bound). */
const CurrentPasswordSchema = z.string().min(1, "currentPasswordRequired").max(1024, "currentPasswordRequired");

/**
 * Registration: "new" registers a new organisation (the user becomes its admin), "join" asks to join
 * an existing one by its exact name. Terms must be accepted (the current version is stored).
 */
export const RegisterSchema = z.object({
  mode: z.enum(["new", "join"], { message: "modeRequired" }),
  organizationName: OrganizationNameSchema,
  name: PersonNameSchema,
  email: EmailSchema,
  password: NewPasswordSchema,
  acceptTerms: z.literal(true, { message: "termsRequired" }),
});
export type RegisterInput = z.input<typeof RegisterSchema>;

/** Only an e-mail address (forgot password, resend verification link). */
export const EmailOnlySchema = z.object({ email: EmailSchema });
export type EmailOnlyInput = z.input<typeof EmailOnlySchema>;

/** Setting a new password with the link from the reset mail. */
export const ResetPasswordSchema = z
  .object({
    token: z.string().max(200),
    password: NewPasswordSchema,
    passwordConfirm: z.string().max(1024),
  })
  .refine((v) => v.password === v.passwordConfirm, { message: "passwordMismatch", path: ["passwordConfirm"] });
export type ResetPasswordInput = z.input<typeof ResetPasswordSchema>;

/** Changing the password while signed in. */
export const ChangePasswordSchema = z
  .object({
    currentPassword: CurrentPasswordSchema,
    newPassword: NewPasswordSchema,
    newPasswordConfirm: z.string().max(1024),
  })
  .refine((v) => v.newPassword === v.newPasswordConfirm, { message: "passwordMismatch", path: ["newPasswordConfirm"] });
export type ChangePasswordInput = z.input<typeof ChangePasswordSchema>;

/** Changing the e-mail address: the new address gets a confirmation link; the password proves it is the owner. */
export const ChangeEmailSchema = z.object({ newEmail: EmailSchema, password: CurrentPasswordSchema });
export type ChangeEmailInput = z.input<typeof ChangeEmailSchema>;

/** Name and preferred language (for mails and the first page after login). */
export const AccountProfileSchema = z.object({
  name: PersonNameSchema,
  locale: z.enum(locales, { message: "localeInvalid" }),
});
export type AccountProfileInput = z.input<typeof AccountProfileSchema>;

/** Accepting the terms of use in the version that was shown. */
export const AcceptTermsSchema = z.object({ version: z.coerce.number().int().min(1).max(1_000_000) });

/** A signed-in user asking to join an existing organisation by its exact name. */
export const JoinRequestSchema = z.object({ organizationName: OrganizationNameSchema });
export type JoinRequestInput = z.input<typeof JoinRequestSchema>;

/**
 * The error authorize() reports when the check itself failed (e.g. database unavailable), so the
 * form can tell "try again later" from "wrong credentials" (next-auth's "CredentialsSignin").
 */
export const LOGIN_UNAVAILABLE = "LoginUnavailable";

/** authorize() reports a correct password on a not yet verified account with this error. */
export const LOGIN_UNVERIFIED = "EmailNotVerified";
/** authorize() reports throttling as `RateLimited:<minutes>`. */
export const LOGIN_RATE_LIMITED_PREFIX = "RateLimited:";
