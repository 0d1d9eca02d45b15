"use client";

import { useFormContext } from "react-hook-form";
import { useTranslations } from "next-intl";
import { ContentTranslationsEditor } from "@/components/ui/content-translations-editor";
import { suggestProfileTranslation } from "../actions";
import { SUMMARY_MAX, type ProfileFormValues } from "../schemas";
import { TextField } from "./profile-fields";

const TEXTS = [
  { key: "subline", label: "subline", maxLength: 150 },
  { key: "summary", label: "summary", maxLength: SUMMARY_MAX, rows: 3 },
  { key: "description", label: "description", maxLength: 5000, rows: 6 },
] as const;

/** The organisation's translations (subtitle, short description, description per language), saved with the profile. */
export function TranslationsEditor({ disabled = false, suggestFor = null }: { disabled?: boolean; suggestFor?: number | null }) {
  const t = useTranslations("ContentTranslations");
  const { register, getValues } = useFormContext<ProfileFormValues>();
  return (
    <ContentTranslationsEditor
      idPrefix="profile-translation"
      intro={t("orgIntro")}
      texts={[...TEXTS]}
      disabled={disabled}
      renderText={({ name, ...props }) => <TextField name={name as never} {...props} />}
      renderReviewed={(name, label) => (
        <div className="mt-2 flex items-start gap-2">
          <input
            id={`profile-${name.replaceAll(".", "-")}`}
            type="checkbox"
            className="mt-1 size-5 shrink-0"
            disabled={disabled}
            {...register(name as never)}
          />
          <label htmlFor={`profile-${name.replaceAll(".", "-")}`}>{label}</label>
        </div>
      )}
      suggest={
        suggestFor !== null
          ? (target) =>
              suggestProfileTranslation(suggestFor, {
                target,
                subline: getValues("subline") ?? "",
                summary: getValues("summary") ?? "",
                description: getValues("description") ?? "",
              })
          : null
      }
    />
  );
}
