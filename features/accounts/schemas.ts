import { z } from "zod";

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

/** Rules for a password that is being set (user creation, later reset/change). */
export const NewPasswordSchema = z.string().min(12, "passwordTooShort").max(256, "passwordTooLong");

/**
 * The error authorize() reports when the check itself failed (e.g. database unavailable), so the
 * form can tell "try again later" from "wrong credentials" (next-auth's "CredentialsSignin").
 */
export const LOGIN_UNAVAILABLE = "LoginUnavailable";
