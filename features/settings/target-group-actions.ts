"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { defineAction, formFields } from "@/lib/action";
import type { ActionResult } from "@/lib/errors";
import { IdSchema } from "@/lib/ids";
import {
  createTargetGroupFor,
  deleteTargetGroupFor,
  mergeTargetGroupFor,
  moveTargetGroupFor,
  updateTargetGroupFor,
} from "./target-group-mutations";
import { MOVE_DIRECTIONS, TERM_NAME_FIELDS, termNamesFromFields } from "./term-schemas";

// The admins' target-group actions on the action pipeline: the mutations check the permission, write
// in one transaction and audit; "/" revalidates every page (search filters, offer forms, offer pages).

type SaveState = ActionResult<{ id: number | null }> | null;

type ReplyKey = "created" | "saved" | "unchanged" | "moved" | "deleted";

/** The success text (typed once here: inline in each reply the translator's overloads make inference too deep). */
async function replyText(key: ReplyKey | { merged: number }): Promise<string> {
  const t = await getTranslations("TargetGroupSettings");
  return typeof key === "string" ? t(key) : t("merged", { offers: key.merged });
}

/** The target-group form's fields; "id" present = edit that group. */
function targetGroupFormInput(_previous: SaveState, formData: FormData) {
  const fields = formFields(formData, ["id", "ageMin", "ageMax", ...TERM_NAME_FIELDS]);
  return { id: fields.id, targetGroup: { ageMin: fields.ageMin, ageMax: fields.ageMax, names: termNamesFromFields(fields) } };
}

export const saveTargetGroupAction = defineAction({
  args: targetGroupFormInput,
  schema: z.object({ id: z.string().nullable(), targetGroup: z.unknown() }),
  run: async (user, { id, targetGroup }) =>
    id
      ? { id: null, ...(await updateTargetGroupFor(user, id, targetGroup)) }
      : { ...(await createTargetGroupFor(user, targetGroup)), changedFields: ["created"] },
  revalidate: ["/"],
  reply: async ({ id, changedFields }) => ({
    data: { id },
    message: await replyText(id !== null ? "created" : changedFields.length > 0 ? "saved" : "unchanged"),
  }),
});

export const moveTargetGroupAction = defineAction({
  args: (targetGroupId: unknown, direction: unknown) => ({ targetGroupId, direction }),
  schema: z.object({ targetGroupId: IdSchema, direction: z.enum(MOVE_DIRECTIONS) }),
  run: (user, { targetGroupId, direction }) => moveTargetGroupFor(user, targetGroupId, direction),
  revalidate: ["/"],
  reply: async () => ({ data: undefined, message: await replyText("moved") }),
});

export const deleteTargetGroupAction = defineAction({
  schema: IdSchema,
  run: (user, targetGroupId) => deleteTargetGroupFor(user, targetGroupId),
  revalidate: ["/"],
  reply: async () => ({ data: undefined, message: await replyText("deleted") }),
});

export const mergeTargetGroupAction = defineAction({
  args: (sourceId: unknown, targetId: unknown) => ({ sourceId, targetId }),
  schema: z.object({ sourceId: IdSchema, targetId: z.unknown() }),
  run: (user, { sourceId, targetId }) => mergeTargetGroupFor(user, sourceId, targetId),
  revalidate: ["/"],
  reply: async (moved) => ({ data: moved, message: await replyText({ merged: moved.offers }) }),
});
