import { z } from "zod";
import { IdSchema } from "@/lib/ids";

// Inputs of the import: the target chosen on the upload form, and the confirmation.

/** "file" (editors): each row names its organisation; otherwise an organisation's id. */
export const ImportTargetInputSchema = z.union([z.literal("file"), IdSchema]);

export const ConfirmImportSchema = z.object({
  token: z.string().min(1).max(4000),
  createOrganizations: z.boolean().default(false),
});
