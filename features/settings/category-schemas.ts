import { z } from "zod";
import { CATEGORY_ICON_NAMES } from "@/components/ui/category-icons";
import { idSchema } from "@/lib/ids";
import { emptyToNull, MOVE_DIRECTIONS, TERM_LOCALES, TERM_NAME_MAX, TermNamesSchema } from "./term-schemas";

// The admins' category form. Messages are keys relative to CATEGORY_ERRORS_NAMESPACE.

export const CATEGORY_ERRORS_NAMESPACE = "Vocabulary.errors";
export const CATEGORY_NAME_MAX = TERM_NAME_MAX;
/** The names a category carries: German is required (the portal's binding language), the others fall back to it. */
export const CATEGORY_LOCALES = TERM_LOCALES;
export { MOVE_DIRECTIONS };

export const CategorySchema = z.object({
  parentId: z.preprocess(emptyToNull, idSchema("parentInvalid").nullable()),
  names: TermNamesSchema,
  color: z.preprocess(
    emptyToNull,
    z
      .string({ error: "colorInvalid" })
      .regex(/^#[0-9a-fA-F]{6}$/, { error: "colorInvalid" })
      .transform((value) => value.toLowerCase())
      .nullable(),
  ),
  icon: z.preprocess(emptyToNull, z.enum(CATEGORY_ICON_NAMES, { error: "iconInvalid" }).nullable()),
});
export type CategoryInput = z.output<typeof CategorySchema>;
