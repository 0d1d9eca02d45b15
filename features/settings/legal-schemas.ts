import { z } from "zod";
import { locales } from "@/i18n/routing";

// The admins' legal text form (imprint, privacy policy, terms of use) per language. The body is the
// Markdown subset of features/settings/markdown.ts; it is never rendered as HTML.

export const LEGAL_ERRORS_NAMESPACE = "LegalAdmin.errors";
export const LEGAL_KINDS = ["IMPRINT", "PRIVACY", "TERMS"] as const;
export type LegalKindValue = (typeof LEGAL_KINDS)[number];
export const LEGAL_BODY_MAX = 50_000;

export const LegalTextSchema = z.object({
  kind: z.enum(LEGAL_KINDS, { error: "kindInvalid" }),
  locale: z.enum(locales, { error: "localeInvalid" }),
  title: z.string({ error: "titleRequired" }).trim().min(1, { error: "titleRequired" }).max(120, { error: "titleTooLong" }),
  body: z.string({ error: "bodyRequired" }).trim().min(1, { error: "bodyRequired" }).max(LEGAL_BODY_MAX, { error: "bodyTooLong" }),
  /** Terms only: publish as a new version, which every user must accept again at their next sign-in. */
  newVersion: z.preprocess((value) => value === "true" || value === true, z.boolean()),
});
export type LegalTextInput = z.output<typeof LegalTextSchema>;
