"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { defineAction, formFields } from "@/lib/action";
import type { ActionResult } from "@/lib/errors";
import { IdSchema } from "@/lib/ids";
import {
  createDistrictFor,
  deleteDistrictFor,
  moveDistrictFor,
  setDistrictBoundaryFor,
  updateDistrictFor,
  type Moved,
} from "./district-mutations";
import { DISTRICT_LOCALES } from "./district-schemas";
import { MOVE_DIRECTIONS } from "./category-schemas";

// The admins' district actions on the action pipeline: the mutations check the permission, write in
// one transaction and audit; "/" revalidates every page (search filters, maps, forms). The boundary
// upload is a route handler (app/api/districts/[id]/boundary), its removal is an action here.

type SaveState = ActionResult<{ id: number | null }> | null;
type ReplyKey = "created" | "saved" | "unchanged" | "moved" | "deleted" | "boundaryRemoved";

async function replyText(key: ReplyKey, moved?: Moved): Promise<string> {
  const t = await getTranslations("DistrictSettings");
  // Offers and providers that followed a postal code to another district (or out of this one) are named.
  if (moved && moved.offers + moved.providers > 0) return `${t(key)} ${t("movedAlong", moved)}`;
  return t(key);
}

function districtFormInput(_previous: SaveState, formData: FormData) {
  const fields = formFields(formData, [
    "id",
    "centroidLat",
    "centroidLng",
    "postalCodes",
    ...DISTRICT_LOCALES.map((locale) => `name.${locale}` as const),
  ]);
  return {
    id: fields.id,
    district: {
      centroidLat: fields.centroidLat ?? "",
      centroidLng: fields.centroidLng ?? "",
      postalCodes: fields.postalCodes ?? "",
      names: Object.fromEntries(DISTRICT_LOCALES.map((locale) => [locale, fields[`name.${locale}`] ?? ""])),
    },
  };
}

export const saveDistrictAction = defineAction({
  args: districtFormInput,
  schema: z.object({ id: z.string().nullable(), district: z.unknown() }),
  run: async (user, { id, district }) =>
    id
      ? { id: null, ...(await updateDistrictFor(user, id, district)) }
      : { ...(await createDistrictFor(user, district)), changedFields: ["created"] },
  revalidate: ["/"],
  reply: async ({ id, changedFields, moved }) => ({
    data: { id },
    message: await replyText(id !== null ? "created" : changedFields.length > 0 ? "saved" : "unchanged", moved),
  }),
});

export const moveDistrictAction = defineAction({
  args: (districtId: unknown, direction: unknown) => ({ districtId, direction }),
  schema: z.object({ districtId: IdSchema, direction: z.enum(MOVE_DIRECTIONS) }),
  run: (user, { districtId, direction }) => moveDistrictFor(user, districtId, direction),
  revalidate: ["/"],
  reply: async () => ({ data: undefined, message: await replyText("moved") }),
});

export const deleteDistrictAction = defineAction({
  schema: IdSchema,
  run: (user, districtId) => deleteDistrictFor(user, districtId),
  revalidate: ["/"],
  reply: async () => ({ data: undefined, message: await replyText("deleted") }),
});

export const removeDistrictBoundaryAction = defineAction({
  schema: IdSchema,
  run: (user, districtId) => setDistrictBoundaryFor(user, districtId, null),
  revalidate: ["/"],
  reply: async () => ({ data: undefined, message: await replyText("boundaryRemoved") }),
});
