"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { OfferFormState, OrganizationDefaults } from "@/features/offers/form-values";
import { ACCESS_VALUES, ACCESSIBILITY_FEATURES, OFFER_LIMITS, WHEELCHAIR_VALUES } from "@/features/offers/schemas";
import { LanguagesField, TargetGroupsField, type Option } from "./choice-fields";
import { CheckboxField, SelectField, smallButtonClass, TextField } from "./fields";

export function BasicsFields() {
  const t = useTranslations("OfferForm");
  const tc = useTranslations("FormCommon");
  const summary = useWatch<OfferFormState, "summary">({ name: "summary" }) ?? "";
  return (
    <>
      <TextField name="title" label={t("basics.title")} hint={t("basics.titleHint")} required maxLength={OFFER_LIMITS.title} />
      <div className="flex flex-col gap-1">
        <TextField
          name="summary"
          label={t("basics.summary")}
          hint={t("basics.summaryHint")}
          multiline
          rows={3}
          maxLength={OFFER_LIMITS.summary}
        />
        <p className="text-end text-sm text-slate-700" aria-live="polite">
          {tc("charactersLeft", { count: Math.max(0, OFFER_LIMITS.summary - summary.length) })}
        </p>
      </div>
      <TextField
        name="description"
        label={t("basics.description")}
        hint={t("basics.descriptionHint")}
        multiline
        rows={8}
        maxLength={OFFER_LIMITS.description}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="format" label={t("basics.format")} hint={t("basics.formatHint")} maxLength={100} />
        <TextField name="courseNumber" label={t("basics.courseNumber")} maxLength={50} />
        <TextField name="speaker" label={t("basics.speaker")} maxLength={OFFER_LIMITS.shortText} />
        <TextField name="cooperationPartner" label={t("basics.cooperationPartner")} maxLength={OFFER_LIMITS.shortText} />
      </div>
      <TextField
        name="videoUrl"
        label={t("basics.videoUrl")}
        hint={t("basics.videoUrlHint")}
        type="url"
        inputMode="url"
        maxLength={OFFER_LIMITS.url}
      />
    </>
  );
}

export function WhoFields({ targetGroups }: { targetGroups: Option[] }) {
  const t = useTranslations("OfferForm");
  const registrationRequired = useWatch<OfferFormState, "registrationRequired">({ name: "registrationRequired" });
  return (
    <>
      <TargetGroupsField targetGroups={targetGroups} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">{t("who.age")}</legend>
        <p className="text-sm text-slate-700">{t("who.ageHint")}</p>
        <div className="flex flex-wrap gap-4">
          <TextField name="ageMin" label={t("who.ageMin")} inputMode="numeric" maxLength={3} className="w-32" />
          <TextField name="ageMax" label={t("who.ageMax")} inputMode="numeric" maxLength={3} className="w-32" />
        </div>
      </fieldset>
      <LanguagesField />
      <CheckboxField name="registrationRequired" label={t("who.registrationRequired")} />
      {registrationRequired ? (
        <TextField
          name="registrationNote"
          label={t("who.registrationNote")}
          hint={t("who.registrationNoteHint")}
          multiline
          rows={2}
          maxLength={OFFER_LIMITS.note}
        />
      ) : null}
      <TextField name="maxParticipants" label={t("who.maxParticipants")} inputMode="numeric" maxLength={6} className="w-48" />
      <TextField
        name="conditions"
        label={t("who.conditions")}
        hint={t("who.conditionsHint")}
        multiline
        rows={2}
        maxLength={OFFER_LIMITS.note}
      />
      <CheckboxField name="volunteeringPossible" label={t("who.volunteeringPossible")} />
    </>
  );
}

export function CostsFields() {
  const t = useTranslations("OfferForm");
  const td = useTranslations("OfferDetail");
  const { register } = useFormContext<OfferFormState>();
  const isFree = useWatch<OfferFormState, "isFree">({ name: "isFree" });
  return (
    <>
      <CheckboxField name="isFree" label={t("costs.isFree")} />
      {!isFree ? (
        <TextField
          name="costAmount"
          label={t("costs.amount")}
          hint={t("costs.amountHint")}
          inputMode="decimal"
          maxLength={12}
          className="w-48"
        />
      ) : null}
      <TextField name="costNote" label={t("costs.note")} hint={t("costs.noteHint")} multiline rows={2} maxLength={OFFER_LIMITS.note} />
      <SelectField
        name="access"
        label={t("costs.access")}
        options={ACCESS_VALUES.map((value) => ({ value, label: td(`access${value}`) }))}
      />
      <SelectField
        name="wheelchair"
        label={t("costs.wheelchair")}
        options={WHEELCHAIR_VALUES.map((value) => ({ value, label: t(`costs.wheelchair${value}`) }))}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">{t("costs.features")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {ACCESSIBILITY_FEATURES.map((feature) => (
            <div key={feature} className="flex items-center gap-2">
              <input
                id={`offer-feature-${feature}`}
                type="checkbox"
                value={feature}
                className="size-5"
                {...register("accessibilityFeatures")}
              />
              <label htmlFor={`offer-feature-${feature}`}>{td(`feature${feature}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <TextField
        name="accessibilityNote"
        label={t("costs.accessibilityNote")}
        hint={t("costs.accessibilityNoteHint")}
        multiline
        rows={2}
        maxLength={OFFER_LIMITS.note}
      />
    </>
  );
}

export function ContactFields({ organization }: { organization: OrganizationDefaults }) {
  const t = useTranslations("OfferForm");
  const { setValue } = useFormContext<OfferFormState>();
  const fromOrganization = () => {
    const options = { shouldDirty: true } as const;
    setValue("contactSalutation", organization.contactSalutation ?? "", options);
    setValue("contactName", organization.contactName ?? "", options);
    setValue("contactRole", organization.contactRole ?? "", options);
    setValue("contactPhone", organization.contactPhone ?? "", options);
    setValue("contactEmail", organization.contactEmail ?? "", options);
  };
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-[1fr_3fr]">
        <TextField name="contactSalutation" label={t("contact.salutation")} maxLength={30} autoComplete="honorific-prefix" />
        <TextField name="contactName" label={t("contact.name")} maxLength={120} autoComplete="name" />
      </div>
      <TextField name="contactRole" label={t("contact.role")} maxLength={120} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="contactPhone" label={t("contact.phone")} type="tel" inputMode="tel" maxLength={50} autoComplete="tel" />
        <TextField name="contactEmail" label={t("contact.email")} type="email" inputMode="email" maxLength={254} autoComplete="email" />
      </div>
      <button type="button" className={`${smallButtonClass} self-start`} onClick={fromOrganization}>
        {t("contact.fromOrganization")}
      </button>
    </>
  );
}
