import "server-only";
import type { SessionUser } from "@/features/accounts/types";
import { prisma } from "@/lib/db";
import { NotFoundError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { translateFields } from "@/lib/machine-translation";
import { canEditOffersOf } from "./permissions";
import { OfferTranslationSuggestionSchema } from "./schemas";

// "Vorschlag übersetzen" in the offer form (issue 14): the German title, summary and description
// the provider typed go to the translation service (lib/machine-translation.ts); the answer fills the
// form as an unreviewed machine translation. Nothing is stored: the provider saves the form.

export type OfferTranslationSuggestion = { title: string; summary: string; description: string };

/** Allowed exactly when saving the offer (or creating one for the organisation) is; another organisation's offer is "not found". */
export async function suggestOfferTranslationFor(
  user: SessionUser | null,
  raw: unknown,
  options: { timeoutMs?: number } = {},
): Promise<OfferTranslationSuggestion> {
  if (!user) throw new UnauthorizedError();
  const parsed = OfferTranslationSuggestionSchema.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const input = parsed.data;
  if (!canEditOffersOf(user, input.organizationId)) throw new NotFoundError();
  if (input.offerId !== null) {
    const offer = await prisma.offer.findFirst({ where: { id: input.offerId, deletedAt: null }, select: { organizationId: true } });
    if (!offer || offer.organizationId !== input.organizationId || !canEditOffersOf(user, offer.organizationId)) throw new NotFoundError();
  } else {
    const organization = await prisma.organization.findFirst({
      where: { id: input.organizationId, deletedAt: null },
      select: { id: true },
    });
    if (!organization) throw new NotFoundError();
  }
  return translateFields({ title: input.title, summary: input.summary, description: input.description }, input.target, options);
}
