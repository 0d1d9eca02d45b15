"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { OfferFormState } from "@/features/offers/form-values";
import { OFFER_LIMITS } from "@/features/offers/schemas";
import { ImageUploadField } from "@/features/uploads/components/image-upload-field";
import { FieldError, fieldId, TextField } from "./fields";

/** Uploaded images with alt text and copyright; a fresh upload field below adds one more. */
export function ImagesSection() {
  const t = useTranslations("OfferForm");
  const { setValue } = useFormContext<OfferFormState>();
  const images = useWatch<OfferFormState, "images">({ name: "images" }) ?? [];
  const set = (next: OfferFormState["images"]) => setValue("images", next, { shouldDirty: true });

  return (
    <div className="flex flex-col gap-4">
      <ol className="flex flex-col gap-4">
        {images.map((image, index) => (
          <li key={image.path} className="flex flex-col gap-3 rounded border border-slate-200 p-3">
            <ImageUploadField
              id={fieldId(`images.${index}.path`)}
              label={index === 0 ? t("images.mainImage") : t("images.image", { number: index + 1 })}
              kind="image"
              value={image.path}
              onChange={(path) =>
                set(path ? images.map((img, i) => (i === index ? { ...img, path } : img)) : images.filter((_, i) => i !== index))
              }
            />
            <FieldError name={`images.${index}.path`} />
            <TextField
              name={`images.${index}.alt`}
              label={t("images.alt")}
              hint={t("images.altHint")}
              required
              maxLength={OFFER_LIMITS.shortText}
            />
            <TextField
              name={`images.${index}.copyright`}
              label={t("images.copyright")}
              hint={t("images.copyrightHint")}
              maxLength={OFFER_LIMITS.shortText}
            />
          </li>
        ))}
      </ol>
      <FieldError name="images" />
      {images.length < OFFER_LIMITS.images ? (
        <ImageUploadField
          // A new key after every upload resets the field for the next image.
          key={images.length}
          id="offer-images-new"
          label={images.length === 0 ? t("images.addFirst") : t("images.addMore")}
          description={t("images.hint")}
          kind="image"
          value={null}
          onChange={(path) => {
            if (path) set([...images, { path, alt: "", copyright: "" }]);
          }}
        />
      ) : (
        <p className="text-sm text-slate-700">{t("images.limit", { count: OFFER_LIMITS.images })}</p>
      )}
    </div>
  );
}
