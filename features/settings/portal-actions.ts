"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { defineAction, formFields } from "@/lib/action";
import type { ActionResult } from "@/lib/errors";
import { updatePortalLookFor } from "./portal-mutations";
import { MAX_FOOTER_LINKS, PortalLookSchema } from "./portal-schemas";

const TEXT_FIELDS = Object.keys(PortalLookSchema.shape).filter((field) => field !== "footerLinks");

/** The form's text fields, plus the footer link rows ("footerLinks.0.label" …; the schema skips empty rows). */
function portalLookInput(_previous: ActionResult<{ changed: number }> | null, formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = { ...formFields(formData, TEXT_FIELDS) };
  const links: { label: string; url: string }[] = [];
  for (let i = 0; i < MAX_FOOTER_LINKS; i++) {
    const row = formFields(formData, [`footerLinks.${i}.label`, `footerLinks.${i}.url`]);
    links.push({ label: row[`footerLinks.${i}.label`] ?? "", url: row[`footerLinks.${i}.url`] ?? "" });
  }
  input.footerLinks = links;
  return input;
}

export const updatePortalLookAction = defineAction({
  args: portalLookInput,
  schema: z.record(z.string(), z.unknown()),
  run: (user, input) => updatePortalLookFor(user, input),
  // Name, colours, logo and footer are on every page: "/" revalidates them all.
  revalidate: ["/"],
  reply: async ({ changedFields }) => {
    const t = await getTranslations("PortalLook");
    return { data: { changed: changedFields.length }, message: t(changedFields.length > 0 ? "saved" : "unchanged") };
  },
});
