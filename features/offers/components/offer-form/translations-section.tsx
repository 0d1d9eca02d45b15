"use client";

import { useFormContext } from "react-hook-form";
import { useTranslations } from "next-intl";
import { ContentTranslationsEditor } from "@/components/ui/content-translations-editor";
import { suggestOfferTranslationAction } from "@/features/offers/actions";
import type { OfferFormState } from "@/features/offers/form-values";
import { OFFER_LIMITS } from "@/features/offers/schemas";
import { CheckboxField, TextField } from "./fields";

const TEXTS = [
  { key: "title", label: "title", maxLength: OFFER_LIMITS.title, required: true },
  { key: "summary", label: "summary", maxLength: OFFER_LIMITS.summary, rows: 3 },
  { key: "description", label: "description", maxLength: OFFER_LIMITS.description, rows: 6 },
] as const;

/**
 * The offer's translations (title, summary, description per language). Saved with the offer — with
 * approval on, a published offer's changed translations wait for review together with the other changes.
 */
export function TranslationsSection({ suggestFor = null }: { suggestFor?: { offerId: number | null; organizationId: number } | null }) {
  const t = useTranslations("ContentTranslations");
  const { getValues } = useFormContext<OfferFormState>();
  return (
    <ContentTranslationsEditor
      idPrefix="offer-translation"
      intro={t("intro")}
      texts={[...TEXTS]}
      renderText={(props) => <TextField {...props} />}
      renderReviewed={(name, label) => <CheckboxField name={name} label={label} />}
      suggest={
        suggestFor
          ? (target) =>
              suggestOfferTranslationAction({
                ...suggestFor,
                target,
                title: getValues("title") ?? "",
                summary: getValues("summary") ?? "",
                description: getValues("description") ?? "",
              })
          : null
      }
    />
  );
}
