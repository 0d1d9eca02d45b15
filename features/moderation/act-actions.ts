"use server";

import { revalidatePath } from "next/cache";
import { invalidateSharedCache } from "@/lib/shared-cache";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActionUser } from "@/features/accounts/session";
import { siteBaseUrl } from "@/features/seo/base-url";
import { redirect } from "@/i18n/navigation";
import { toLocale } from "@/features/accounts/account-context";
import { actionError, NotFoundError, type ActionResult } from "@/lib/errors";
import { NEW_ORGANIZATION_FIELDS } from "./act-schemas";
import { createOrganizationFor } from "./create-organization";
import { reassignOfferFor, searchOrganizationOptions, type OrganizationOption } from "./reassign";
import { deleteOfferAsEditorFor, deleteOrganizationFor, restoreOfferFor, restoreOrganizationFor } from "./trash";

// The editors' "act on anything" forms. Session here; permission, parsing, transaction, audit,
// reindex and mails in the mutations; then revalidate (public pages change too) and answer.

type FormState = ActionResult<{ status: string }> | null;
type FormResult = ActionResult<{ status: string }>;

function formText(data: FormData, key: string): string | null {
  const value = data.get(key);
  return typeof value === "string" ? value : null;
}

function revalidateEverything(): void {
  invalidateSharedCache();
  revalidatePath("/", "layout");
}

async function toTrash(): Promise<never> {
  return redirect({ href: "/editorial/trash", locale: toLocale(await getLocale()) });
}

/** Deletes (soft) the offer of the editor's offer page and opens the trash, where it can be restored. */
export async function deleteOfferAsEditorAction(_previous: FormState, formData: FormData): Promise<FormResult> {
  try {
    const user = await requireActionUser();
    await deleteOfferAsEditorFor(user, formText(formData, "offerId"), formText(formData, "reason"));
    revalidateEverything();
  } catch (error) {
    return actionError(error);
  }
  return toTrash();
}

/** Deletes (soft) an organisation with its offers and opens the trash. */
export async function deleteOrganizationAction(_previous: FormState, formData: FormData): Promise<FormResult> {
  try {
    const user = await requireActionUser();
    await deleteOrganizationFor(user, formText(formData, "organizationId"), formText(formData, "reason"));
    revalidateEverything();
  } catch (error) {
    return actionError(error);
  }
  return toTrash();
}

/** The trash's restore buttons: `restore` is "offer:<id>" or "organization:<id>". */
export async function restoreAction(_previous: FormState, formData: FormData): Promise<FormResult> {
  try {
    const user = await requireActionUser();
    const [kind, id] = (formText(formData, "restore") ?? "").split(":");
    const t = await getTranslations("EditorialAct");
    let message: string;
    if (kind === "offer") message = t("trash.restoredOffer", { title: (await restoreOfferFor(user, id)).title });
    else if (kind === "organization") message = t("trash.restoredOrganization", { name: (await restoreOrganizationFor(user, id)).name });
    else throw new NotFoundError();
    revalidateEverything();
    return { ok: true, data: { status: "restored" }, message };
  } catch (error) {
    return actionError(error);
  }
}

/** Moves an offer to another organisation: offerId, organizationId (the target), reason (optional). */
export async function reassignOfferAction(_previous: FormState, formData: FormData): Promise<FormResult> {
  try {
    const user = await requireActionUser();
    const result = await reassignOfferFor(
      user,
      formText(formData, "offerId"),
      { organizationId: formText(formData, "organizationId") ?? "", reason: formText(formData, "reason") },
      { baseUrl: await siteBaseUrl() },
    );
    revalidateEverything();
    const t = await getTranslations("EditorialAct");
    return { ok: true, data: { status: String(result.to) }, message: t("reassign.done") };
  } catch (error) {
    return actionError(error);
  }
}

/** Creates an approved organisation (and invites its admin) and opens its profile for editing. */
export async function createOrganizationAction(_previous: FormState, formData: FormData): Promise<FormResult> {
  let organizationId: number;
  try {
    const user = await requireActionUser();
    const input = Object.fromEntries(NEW_ORGANIZATION_FIELDS.map((field) => [field, formText(formData, field) ?? ""]));
    organizationId = (await createOrganizationFor(user, input, { baseUrl: await siteBaseUrl() })).organizationId;
    revalidateEverything();
  } catch (error) {
    return actionError(error);
  }
  return redirect({ href: { pathname: "/editorial/providers/[id]/edit", params: { id: String(organizationId) } }, locale: toLocale(await getLocale()) });
}

/** The organisation pickers' search (reassign, new offer on behalf): editors and admins only. */
export async function searchOrganizationsAction(query: string): Promise<OrganizationOption[]> {
  try {
    return await searchOrganizationOptions(await requireActionUser(), query);
  } catch {
    return [];
  }
}
