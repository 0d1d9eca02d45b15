"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { defineAction, formFields } from "@/lib/action";
import type { ActionResult } from "@/lib/errors";
import { IdSchema } from "@/lib/ids";
import { createCategoryFor, deleteCategoryFor, mergeCategoryFor, moveCategoryFor, updateCategoryFor } from "./category-mutations";
import { MOVE_DIRECTIONS, TERM_NAME_FIELDS, termNamesFromFields } from "./term-schemas";

// The admins' category actions on the action pipeline: the mutations check the permission, write in
// one transaction and audit; "/" revalidates every page (home tiles, search filters, forms).

type SaveState = ActionResult<{ id: number | null }> | null;

type ReplyKey = "created" | "saved" | "unchanged" | "moved" | "deleted" | "merged";

/** The success text (typed once here: inline in each reply the translator's overloads make inference too deep). */
async function replyText(key: ReplyKey, values?: Record<string, number>): Promise<string> {
  const t = await getTranslations("Vocabulary");
  return t(key, values);
}

/** The category form's fields; "id" present = edit that category. */
function categoryFormInput(_previous: SaveState, formData: FormData) {
  const fields = formFields(formData, ["id", "parentId", "color", "icon", ...TERM_NAME_FIELDS]);
  return {
    id: fields.id,
    category: {
      parentId: fields.parentId,
      color: fields.color,
      icon: fields.icon,
      names: termNamesFromFields(fields),
    },
  };
}

export const saveCategoryAction = defineAction({
  args: categoryFormInput,
  schema: z.object({ id: z.string().nullable(), category: z.unknown() }),
  run: async (user, { id, category }) =>
    id
      ? { id: null, ...(await updateCategoryFor(user, id, category)) }
      : { ...(await createCategoryFor(user, category)), changedFields: ["created"] },
  revalidate: ["/"],
  reply: async ({ id, changedFields }) => ({
    data: { id },
    message: await replyText(id !== null ? "created" : changedFields.length > 0 ? "saved" : "unchanged"),
  }),
});

export const moveCategoryAction = defineAction({
  args: (categoryId: unknown, direction: unknown) => ({ categoryId, direction }),
  schema: z.object({ categoryId: IdSchema, direction: z.enum(MOVE_DIRECTIONS) }),
  run: (user, { categoryId, direction }) => moveCategoryFor(user, categoryId, direction),
  revalidate: ["/"],
  reply: async () => ({ data: undefined, message: await replyText("moved") }),
});

export const deleteCategoryAction = defineAction({
  schema: IdSchema,
  run: (user, categoryId) => deleteCategoryFor(user, categoryId),
  revalidate: ["/"],
  reply: async () => ({ data: undefined, message: await replyText("deleted") }),
});

export const mergeCategoryAction = defineAction({
  args: (sourceId: unknown, targetId: unknown) => ({ sourceId, targetId }),
  schema: z.object({ sourceId: IdSchema, targetId: z.unknown() }),
  run: (user, { sourceId, targetId }) => mergeCategoryFor(user, sourceId, targetId),
  revalidate: ["/"],
  reply: async (moved) => ({ data: moved, message: await replyText("merged", moved) }),
});
