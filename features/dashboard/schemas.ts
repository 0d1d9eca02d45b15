import { z } from "zod";

/** The organisation switcher's input: one of the user's organisations (checked by the action). */
export const SwitchOrganizationSchema = z.object({
  organizationId: z.coerce.number({ error: "Dashboard.switcher.invalid" }).int("Dashboard.switcher.invalid").positive("Dashboard.switcher.invalid").max(Number.MAX_SAFE_INTEGER, "Dashboard.switcher.invalid"),
});
export type SwitchOrganizationInput = z.infer<typeof SwitchOrganizationSchema>;
