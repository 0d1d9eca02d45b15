import "server-only";
import type { SessionUser } from "@/features/accounts/types";
import { recordAudit, valueChanges } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { LEGAL_ERRORS_NAMESPACE, LegalTextSchema } from "./legal-schemas";
import { assertCanManageSettings } from "./permissions";

/**
 * Saves a legal text of one language (admins only), audited with old and new values. For the terms,
 * `newVersion` publishes a new version: the current text is archived (LegalTextVersion, still
 * readable), the text and Settings.termsVersion get the next number, and so every user accepts the
 * terms again at their next sign-in (features/accounts/terms.ts). Other texts are corrected in place.
 */
export async function saveLegalTextFor(
  user: SessionUser | null,
  input: unknown,
): Promise<{ changedFields: string[]; version: number | null }> {
  assertCanManageSettings(user);
  const data = parseInput(LegalTextSchema, input, LEGAL_ERRORS_NAMESPACE);
  return prisma.$transaction(async (tx) => {
    const key = { kind: data.kind, locale: data.locale };
    const before = await tx.legalText.findUnique({ where: { kind_locale: key } });
    const settings = await tx.settings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 }, select: { termsVersion: true } });
    const publishVersion = data.kind === "TERMS" && data.newVersion;
    const after = { title: data.title, body: data.body };
    const changes = valueChanges(before ? { title: before.title, body: before.body } : null, after);
    if (!publishVersion && Object.keys(changes).length === 0) return { changedFields: [], version: null };

    let version = before?.version ?? (data.kind === "TERMS" ? settings.termsVersion : 1);
    if (publishVersion) {
      if (before) {
        await tx.legalTextVersion.upsert({
          where: { kind_locale_version: { ...key, version: before.version } },
          create: { ...key, version: before.version, title: before.title, body: before.body, publishedAt: before.updatedAt },
          update: {},
        });
      }
      version = Math.max(settings.termsVersion, before?.version ?? 0) + 1;
      await tx.settings.update({ where: { id: 1 }, data: { termsVersion: version } });
      changes.version = { from: before?.version ?? null, to: version };
    }
    await tx.legalText.upsert({ where: { kind_locale: key }, create: { ...key, ...after, version }, update: { ...after, version } });
    await recordAudit(tx, {
      actorId: user.id,
      action: publishVersion ? "legal.publishVersion" : "legal.update",
      entityType: "settings",
      entityId: `${data.kind}:${data.locale}`,
      changedFields: Object.keys(changes),
      changes,
    });
    return { changedFields: Object.keys(changes), version: publishVersion ? version : null };
  });
}
