import { z } from "zod";
import { ProfileSchema } from "@/features/organizations/schemas";
import { parseInput } from "@/lib/validation";
import { idSchema } from "@/lib/ids";
import { MODERATION_ERRORS_NAMESPACE, REASON_MAX_LENGTH } from "./schemas";

// Input of the editors' "act on anything" tools: delete/restore, reassign, create on behalf.
// Messages are keys relative to MODERATION_ERRORS_NAMESPACE unless said otherwise.

export const OptionalReasonSchema = z
  .string({ error: "invalid" })
  .trim()
  .max(REASON_MAX_LENGTH, { error: "reasonTooLong" })
  .nullish()
  .transform((value) => value || null);

export function parseReason(value: unknown): string | null {
  return parseInput(z.object({ reason: OptionalReasonSchema }), { reason: value ?? null }, MODERATION_ERRORS_NAMESPACE).reason;
}

/** Moving an offer to another organisation: the target (chosen from a list) and an optional note. */
export const ReassignSchema = z.object({
  organizationId: idSchema("targetRequired"),
  reason: OptionalReasonSchema,
});

const profile = ProfileSchema.shape;

/**
 * An organisation created by the editors on a provider's behalf: the essentials of the profile
 * (same rules and messages as the profile form, "ProfileForm.errors") and, optionally, the address
 * of its future admin, who gets an invitation mail.
 */
export const NewOrganizationSchema = z.object({
  name: profile.name,
  carrierType: profile.carrierType,
  summary: profile.summary,
  email: profile.email,
  phone: profile.phone,
  website: profile.website,
  street: profile.street,
  postalCode: profile.postalCode,
  city: profile.city,
  contactName: profile.contactName,
  inviteEmail: profile.email,
});
export type NewOrganizationFormValues = z.input<typeof NewOrganizationSchema>;
export type NewOrganizationInput = z.output<typeof NewOrganizationSchema>;

/** The fields of the new-organisation form, in order (also what the server action reads). */
export const NEW_ORGANIZATION_FIELDS = [
  "name",
  "carrierType",
  "summary",
  "email",
  "phone",
  "website",
  "street",
  "postalCode",
  "city",
  "contactName",
  "inviteEmail",
] as const;

export const ORGANIZATION_SEARCH_MAX = 100;
