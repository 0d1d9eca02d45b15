import { z } from "zod";
import { idSchema } from "@/lib/ids";

/** The organisation switcher's input: one of the user's organisations (checked by the action). */
export const SwitchOrganizationSchema = z.object({
  organizationId: idSchema("Dashboard.switcher.invalid"),
});
export type SwitchOrganizationInput = z.infer<typeof SwitchOrganizationSchema>;
