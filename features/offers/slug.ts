import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { uniqueSlug } from "@/lib/slug";

/**
 * A slug for `title` no other offer has: the title's slug, else with 6, 12 or all hex digits of
 * `uuid` (the offer's own, so a retry gives the same slug; a fresh one when the caller has none).
 * `exceptOfferId` is the offer being renamed — its own slug does not count as taken.
 */
export async function uniqueOfferSlug(
  tx: Prisma.TransactionClient,
  title: string,
  uuid: string = randomUUID(),
  exceptOfferId?: number,
): Promise<string> {
  const compact = uuid.replace(/-/g, "");
  const slug = await uniqueSlug(title, {
    fallback: "angebot",
    suffixes: [compact.slice(0, 6), compact.slice(0, 12), compact],
    isTaken: async (candidate) => {
      const taken = await tx.offer.findUnique({ where: { slug: candidate }, select: { id: true } });
      return taken !== null && taken.id !== exceptOfferId;
    },
  });
  if (slug === null) throw new AppError("ActionErrors.unexpected", 500);
  return slug;
}
