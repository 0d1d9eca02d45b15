import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/features/accounts/types";
import { PROFILE_ERRORS_NAMESPACE } from "@/features/organizations/schemas";
import { parseInput } from "@/lib/validation";
import { inviteMemberFor } from "@/features/team/mutations";
import { recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { locateAddress } from "@/lib/geocode";
import { slugify, uniqueSlug } from "@/lib/slug";
import { NEW_ORGANIZATION_FIELDS, NewOrganizationSchema } from "./act-schemas";
import { assertCanModerate } from "./permissions";

// An organisation entered by the editors for a provider (who e.g. called in): approved at once,
// optionally with an invitation to its future admin — a link by mail, never a password.

type Tx = Prisma.TransactionClient;

export type CreateOrganizationOptions = { now?: Date; baseUrl?: string };
export type CreateOrganizationResult = { organizationId: number; invitation: { invitationId: number; mailStatus: string } | null };

/** A free slug for a new organisation's name ("name", "name-2", …); the Excel import creates organisations with it too. */
export async function uniqueOrganizationSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name) || "organisation";
  const taken = new Set(
    (await tx.organization.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((o) => o.slug),
  );
  function* counting() {
    for (let n = 2; ; n++) yield String(n);
  }
  return (await uniqueSlug(name, { fallback: "organisation", suffixes: counting(), isTaken: (slug) => taken.has(slug) }))!;
}

export async function createOrganizationFor(
  user: SessionUser | null,
  input: unknown,
  options: CreateOrganizationOptions = {},
): Promise<CreateOrganizationResult> {
  assertCanModerate(user);
  // Optional fields may be left out (the form sends every field, other callers need not).
  const withBlanks =
    input && typeof input === "object" && !Array.isArray(input)
      ? { ...Object.fromEntries(NEW_ORGANIZATION_FIELDS.map((f) => [f, ""])), carrierType: "OTHER", ...input }
      : input;
  const { inviteEmail, ...fields } = parseInput(NewOrganizationSchema, withBlanks, PROFILE_ERRORS_NAMESPACE);
  const now = options.now ?? new Date();
  // Geocoding never blocks: without a result the postal code's centre (or nothing) is stored.
  const geo = await locateAddress({ street: fields.street, postalCode: fields.postalCode, city: fields.city });
  const organization = await prisma.$transaction(async (tx) => {
    const created = await tx.organization.create({
      data: {
        ...fields,
        ...geo,
        slug: await uniqueOrganizationSlug(tx, fields.name),
        status: "APPROVED",
        approvedAt: now,
        lastConfirmedAt: now,
      },
      select: { id: true },
    });
    const changed = [
      "approvedAt",
      "slug",
      "status",
      ...Object.entries(fields)
        .filter(([, value]) => value !== null)
        .map(([key]) => key),
    ];
    await recordAudit(tx, {
      actorId: user.id,
      action: "organization.create",
      entityType: "organization",
      entityId: created.id,
      changedFields: changed,
    });
    return created;
  });
  const invitation = inviteEmail
    ? await inviteMemberFor(user, organization.id, { email: inviteEmail, role: "ORG_ADMIN" }, { baseUrl: options.baseUrl, now })
    : null;
  return { organizationId: organization.id, invitation };
}
