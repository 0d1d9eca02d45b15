import { z } from "zod";
import { CATEGORY_ICON_NAMES } from "@/components/ui/category-icons";
import { locales } from "@/i18n/routing";
import { idSchema } from "@/lib/ids";

// The admins' category form. Messages are keys relative to CATEGORY_ERRORS_NAMESPACE.

export const CATEGORY_ERRORS_NAMESPACE = "Vocabulary.errors";
export const CATEGORY_NAME_MAX = 80;
/** The names a category carries: German is required (the portal's binding language), the others fall back to it. */
export const CATEGORY_LOCALES = locales;

const emptyToNull = (value: unknown) => (value === undefined || (typeof value === "string" && value.trim() === "") ? null : value);

const name = z
  .string({ error: "nameRequired" })
  .trim()
  .min(1, { error: "nameRequired" })
  .max(CATEGORY_NAME_MAX, { error: "nameTooLong" })
  .refine((value) => !/[<>]/.test(value), { error: "noMarkup" });

const optionalName = z.preprocess(emptyToNull, name.nullable());

export const CategorySchema = z.object({
  parentId: z.preprocess(emptyToNull, idSchema("parentInvalid").nullable()),
  names: z.object({
    de: name,
    en: optionalName,
    tr: optionalName,
    ar: optionalName,
    uk: optionalName,
    ru: optionalName,
  }),
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

export const MOVE_DIRECTIONS = ["up", "down"] as const;
