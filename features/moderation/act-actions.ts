"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { toLocale } from "@/features/accounts/account-context";
import { siteBaseUrl } from "@/features/seo/base-url";
import { redirect } from "@/i18n/navigation";
import { defineAction, formFields } from "@/lib/action";
import type { ActionResult } from "@/lib/errors";
import { IdSchema, INVALID_ID, parseId } from "@/lib/ids";
import { NEW_ORGANIZATION_FIELDS } from "./act-schemas";
import { createOrganizationFor } from "./create-organization";
import { reassignOfferFor, searchOrganizationOptions, type OrganizationOption } from "./reassign";
import { deleteOfferAsEditorFor, deleteOrganizationFor, restoreOfferFor, restoreOrganizationFor } from "./trash";

// The editors' "act on anything" forms on the action pipeline (lib/action.ts). Permission, parsing,
// transaction, audit, reindex and mails live in the mutations; every page is revalidated (public
// pages change too).

type FormState = ActionResult<{ status: string }> | null;
const EVERY_PAGE = ["/"];
const Reason = z.string().nullable();

async function toTrash(): Promise<never> {
  return redirect({ href: "/editorial/trash", locale: toLocale(await getLocale()) });
}

/** Deletes (soft) the offer of the editor's offer page and opens the trash, where it can be restored. */
export const deleteOfferAsEditorAction = defineAction({
  args: (_previous: FormState, formData: FormData) => formFields(formData, ["offerId", "reason"]),
  schema: z.object({ offerId: IdSchema, reason: Reason }),
  run: (user, { offerId, reason }) => deleteOfferAsEditorFor(user, offerId, reason),
  revalidate: EVERY_PAGE,
  redirect: toTrash,
});

/** Deletes (soft) an organisation with its offers and opens the trash. */
export const deleteOrganizationAction = defineAction({
  args: (_previous: FormState, formData: FormData) => formFields(formData, ["organizationId", "reason"]),
  schema: z.object({ organizationId: IdSchema, reason: Reason }),
  run: (user, { organizationId, reason }) => deleteOrganizationFor(user, organizationId, reason),
  revalidate: EVERY_PAGE,
  redirect: toTrash,
});

/** The trash's restore buttons send "offer:<id>" or "organization:<id>"; anything else names no record. */
const RestoreTarget = z.string().transform((value, context) => {
  const [kind, rawId] = value.split(":");
  const id = parseId(rawId);
  if ((kind !== "offer" && kind !== "organization") || id === null) {
    context.addIssue({ code: "custom", message: INVALID_ID });
    return z.NEVER;
  }
  return { kind, id };
});

export const restoreAction = defineAction({
  args: (_previous: FormState, formData: FormData) => formFields(formData, ["restore"]).restore ?? "",
  schema: RestoreTarget,
  run: async (user, { kind, id }) => {
    const t = await getTranslations("EditorialAct");
    if (kind === "offer") return t("trash.restoredOffer", { title: (await restoreOfferFor(user, id)).title });
    return t("trash.restoredOrganization", { name: (await restoreOrganizationFor(user, id)).name });
  },
  revalidate: EVERY_PAGE,
  reply: (message) => ({ data: { status: "restored" }, message }),
});

/** Moves an offer to another organisation: offerId, organizationId (the target), reason (optional). */
export const reassignOfferAction = defineAction({
  args: (_previous: FormState, formData: FormData) => formFields(formData, ["offerId", "organizationId", "reason"]),
  schema: z.object({ offerId: IdSchema, organizationId: z.string().nullable(), reason: Reason }),
  run: async (user, { offerId, organizationId, reason }) =>
    reassignOfferFor(user, offerId, { organizationId: organizationId ?? "", reason }, { baseUrl: await siteBaseUrl() }),
  revalidate: EVERY_PAGE,
  reply: async (result) => ({ data: { status: String(result.to) }, message: (await getTranslations("EditorialAct"))("reassign.done") }),
});

/** Creates an approved organisation (and invites its admin) and opens its profile for editing. */
export const createOrganizationAction = defineAction({
  args: (_previous: FormState, formData: FormData) =>
    Object.fromEntries(Object.entries(formFields(formData, NEW_ORGANIZATION_FIELDS)).map(([field, value]) => [field, value ?? ""])),
  schema: z.record(z.string(), z.string()),
  run: async (user, input) => createOrganizationFor(user, input, { baseUrl: await siteBaseUrl() }),
  revalidate: EVERY_PAGE,
  redirect: async ({ organizationId }) =>
    redirect({
      href: { pathname: "/editorial/providers/[id]/edit", params: { id: String(organizationId) } },
      locale: toLocale(await getLocale()),
    }),
});

const searchOrganizations = defineAction({
  schema: z.string().catch(""),
  run: (user, query) => searchOrganizationOptions(user, query),
});

/** The organisation pickers' search (reassign, new offer on behalf): editors and admins only; a refusal is an empty list. */
export async function searchOrganizationsAction(query: string): Promise<OrganizationOption[]> {
  const result = await searchOrganizations(query);
  return result.ok ? result.data : [];
}
