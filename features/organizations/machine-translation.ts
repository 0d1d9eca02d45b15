import "server-only";
import { isMemberOf } from "@/features/accounts/permissions";
import type { SessionUser } from "@/features/accounts/types";
import { prisma } from "@/lib/db";
import { ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { requireId } from "@/lib/ids";
import { translateFields } from "@/lib/machine-translation";
import { canEditProfile } from "./permissions";
import { ProfileTranslationSuggestionSchema } from "./schemas";

// "Vorschlag übersetzen" in the profile form (issue 14): the German subtitle, summary and
// description typed go to the translation service; the answer fills the form as an unreviewed
// machine translation. Nothing is stored: the organisation's admin saves the form.

export type ProfileTranslationSuggestion = { subline: string; summary: string; description: string };

/** Allowed exactly when saving the profile is (saveProfileFor): members are refused, others learn nothing. */
export async function suggestProfileTranslationFor(
  user: SessionUser | null,
  rawOrganizationId: unknown,
  raw: unknown,
  options: { timeoutMs?: number } = {},
): Promise<ProfileTranslationSuggestion> {
  if (!user) throw new UnauthorizedError();
  const organizationId = requireId(rawOrganizationId);
  if (!canEditProfile(user, organizationId)) throw isMemberOf(user, organizationId) ? new ForbiddenError() : new NotFoundError();
  const organization = await prisma.organization.findFirst({ where: { id: organizationId, deletedAt: null }, select: { id: true } });
  if (!organization) throw new NotFoundError();
  const parsed = ProfileTranslationSuggestionSchema.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const input = parsed.data;
  return translateFields({ subline: input.subline, summary: input.summary, description: input.description }, input.target, options);
}
