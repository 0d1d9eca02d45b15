"use client";

import { useState } from "react";
import { Controller, FormProvider, useForm, useWatch, type FieldPath } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { ImageUploadField } from "@/features/uploads/components/image-upload-field";
import { useRouter } from "@/i18n/navigation";
import type { GeoSource } from "@/generated/prisma/enums";
import { saveOrganizationProfile } from "../actions";
import type { CategoryOption } from "@/features/settings/categories";
import { CARRIER_TYPES, ProfileSchema, SUMMARY_MAX, VOLUNTEERING, type ProfileFormValues, type ProfileInput } from "../schemas";
import { CategoryPicker } from "./category-picker";
import { FactsEditor } from "./facts-editor";
import { OpeningHoursEditor } from "./opening-hours-editor";
import { PinEditor, type MapSettings } from "./pin-editor";
import { FieldError, Section, SelectField, TextField, useErrorText } from "./profile-fields";
import { TranslationsEditor } from "./translations-editor";
import type { Notice } from "@/components/ui/notice";
import { FormTabs } from "@/components/ui/form-tabs";

type Props = {
  organizationId: number;
  initialValues: ProfileFormValues;
  categories: CategoryOption[];
  /** The carrier types by the portal's names for them (features/settings/carrier-types). */
  carrierLabels: Record<string, string>;
  geoSource: GeoSource;
  hasAddress: boolean;
  coordinates: { lat: number; lng: number } | null;
  map: MapSettings;
  /** A translation service is configured (TRANSLATE_URL): offer "Vorschlag übersetzen". */
  machineTranslation?: boolean;
};

/** The whole organisation profile in one form, validated with the schema the server action uses. */
export function ProfileForm({
  organizationId,
  initialValues,
  categories,
  carrierLabels,
  geoSource: initialGeoSource,
  hasAddress,
  coordinates: initialCoordinates,
  map,
  machineTranslation = false,
}: Props) {
  const t = useTranslations("ProfileForm");
  const tt = useTranslations("ContentTranslations");
  const tabs = useTranslations("FormTabs");
  const errorText = useErrorText();
  const router = useRouter();
  const [notice, setNotice] = useState<Notice>(null);
  const [geoSource, setGeoSource] = useState<GeoSource | null>(hasAddress ? initialGeoSource : null);
  const [coordinates, setCoordinates] = useState(initialCoordinates);
  const form = useForm<ProfileFormValues, unknown, ProfileInput>({
    resolver: zodResolver(ProfileSchema),
    defaultValues: initialValues,
    mode: "onBlur",
  });
  const {
    control,
    handleSubmit,
    getValues,
    setError,
    reset,
    formState: { isSubmitting, errors, submitCount },
  } = form;
  const summaryLength = useWatch({ control, name: "summary" })?.length ?? 0;

  async function onSubmit() {
    setNotice(null);
    // The server parses the raw form values with the same schema.
    const values = getValues();
    const result = await saveOrganizationProfile(organizationId, values);
    if (result.ok) {
      reset(values);
      setGeoSource(values.street || values.postalCode || values.city || values.manualPin ? result.data.geoSource : null);
      setCoordinates(result.data.coordinates);
      setNotice({ kind: "success", text: t("saved") });
      router.refresh();
      return;
    }
    const entries = Object.entries(result.fieldErrors);
    entries.forEach(([path, messages], i) => {
      setError((path || "root") as FieldPath<ProfileFormValues>, { type: "server", message: messages[0] }, { shouldFocus: i === 0 });
    });
    setNotice({ kind: "error", text: entries.length > 0 ? t("errorSummary") : result.message });
  }

  function onInvalid() {
    setNotice({ kind: "error", text: t("errorSummary") });
  }

  const imageField = (name: "logoPath" | "imagePath", kind: "logo" | "image", label: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <div className="flex flex-col gap-1">
          <ImageUploadField
            id={`profile-${name}`}
            label={label}
            kind={kind}
            value={field.value || null}
            onChange={(path) => field.onChange(path ?? "")}
            aria-describedby={fieldState.error ? `profile-${name}-server-error` : undefined}
          />
          <FieldError id={`profile-${name}-server-error`} message={errorText(fieldState.error?.message)} />
        </div>
      )}
    />
  );

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={handleSubmit(onSubmit, onInvalid)} className="flex flex-col gap-6">
        <div role="status" aria-live="polite" className="empty:hidden">
          {notice?.kind === "success" ? (
            <p className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">{notice.text}</p>
          ) : null}
        </div>
        <div role="alert" className="empty:hidden">
          {notice?.kind === "error" ? (
            <p className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">{notice.text}</p>
          ) : null}
          {errors.root?.message ? <p className="mt-2 text-red-800">{errorText(errors.root.message)}</p> : null}
        </div>

        <FormTabs
          label={tabs("label")}
          submitCount={submitCount}
          focusInvalid
          tabs={[
            {
              id: "profile",
              label: tabs("profile"),
              hasErrors: Object.keys(errors).some((name) => name !== "translations" && name !== "root"),
              content: (
                <>
                  <Section id="profile-basics" title={t("sectionBasics")}>
                    <TextField name="name" label={t("name")} required maxLength={150} autoComplete="organization" />
                    <TextField name="subline" label={t("subline")} hint={t("sublineHint")} maxLength={150} />
                    <TextField
                      name="summary"
                      label={t("summary")}
                      multiline
                      rows={3}
                      hint={
                        <>
                          {t("summaryHint", { max: SUMMARY_MAX })}{" "}
                          <span aria-live="polite">{t("charactersLeft", { count: SUMMARY_MAX - summaryLength })}</span>
                        </>
                      }
                    />
                    <TextField
                      name="description"
                      label={t("description")}
                      hint={t("descriptionHint")}
                      multiline
                      rows={8}
                      maxLength={5000}
                    />
                  </Section>

                  <Section id="profile-images" title={t("sectionImages")}>
                    <div className="grid gap-6 md:grid-cols-2">
                      <div className="flex flex-col gap-3">
                        {imageField("logoPath", "logo", t("logo"))}
                        <TextField name="logoCopyright" label={t("logoCopyright")} hint={t("copyrightHint")} maxLength={200} />
                      </div>
                      <div className="flex flex-col gap-3">
                        {imageField("imagePath", "image", t("image"))}
                        <TextField name="imageCopyright" label={t("imageCopyright")} hint={t("copyrightHint")} maxLength={200} />
                      </div>
                    </div>
                  </Section>

                  <Section id="profile-organization" title={t("sectionOrganization")}>
                    <div className="grid gap-4 sm:grid-cols-2">
                      <SelectField
                        name="carrierType"
                        label={t("carrierType")}
                        options={CARRIER_TYPES.map((value) => ({ value, label: carrierLabels[value] ?? value }))}
                      />
                      <TextField name="employeeCount" label={t("employeeCount")} inputMode="numeric" maxLength={6} />
                      <SelectField
                        name="volunteering"
                        label={t("volunteering")}
                        options={[
                          { value: "", label: t("volunteeringNone") },
                          ...VOLUNTEERING.map((value) => ({ value, label: t(`volunteering${value}`) })),
                        ]}
                      />
                    </div>
                  </Section>

                  <Section id="profile-contact" title={t("sectionContact")}>
                    <div className="grid gap-4 sm:grid-cols-2">
                      <TextField name="email" label={t("email")} type="email" autoComplete="email" inputMode="email" />
                      <TextField name="website" label={t("website")} type="url" hint={t("websiteHint")} inputMode="url" />
                      <TextField name="phone" label={t("phone")} type="tel" autoComplete="tel" />
                      <TextField name="phone2" label={t("phone2")} type="tel" />
                    </div>
                  </Section>

                  <Section id="profile-address" title={t("sectionAddress")} description={t("addressHint")}>
                    <TextField name="street" label={t("street")} autoComplete="street-address" maxLength={150} />
                    <div className="grid gap-4 sm:grid-cols-3">
                      <TextField name="postalCode" label={t("postalCode")} autoComplete="postal-code" inputMode="numeric" maxLength={5} />
                      <TextField name="city" label={t("city")} autoComplete="address-level2" maxLength={100} className="sm:col-span-2" />
                    </div>
                    {geoSource ? (
                      <p
                        role="status"
                        className={`text-sm ${geoSource === "GEOCODED" || geoSource === "MANUAL" ? "text-slate-700" : "rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900"}`}
                      >
                        {t(`geo${geoSource}`)}
                      </p>
                    ) : null}
                    <PinEditor map={map} coordinates={coordinates} />
                  </Section>

                  <Section id="profile-person" title={t("sectionPerson")}>
                    <div className="grid gap-4 sm:grid-cols-2">
                      <TextField name="contactSalutation" label={t("contactSalutation")} autoComplete="honorific-prefix" maxLength={50} />
                      <TextField name="contactName" label={t("contactName")} autoComplete="name" maxLength={150} />
                      <TextField name="contactRole" label={t("contactRole")} autoComplete="organization-title" maxLength={150} />
                      <TextField name="contactPhone" label={t("contactPhone")} type="tel" />
                      <TextField name="contactEmail" label={t("contactEmail")} type="email" inputMode="email" />
                    </div>
                  </Section>

                  <Section id="profile-hours" title={t("sectionHours")}>
                    <OpeningHoursEditor />
                  </Section>

                  <Section id="profile-facts" title={t("sectionFacts")}>
                    <FactsEditor />
                  </Section>

                  <Section id="profile-categories" title={t("sectionCategories")}>
                    <CategoryPicker categories={categories} />
                  </Section>
                </>
              ),
            },
            {
              id: "translations",
              label: tabs("translations"),
              hasErrors: Boolean(errors.translations),
              content: (
                <Section id="profile-translations" title={tt("sectionTitle")}>
                  <TranslationsEditor suggestFor={machineTranslation ? organizationId : null} />
                </Section>
              ),
            },
          ]}
        />

        <div className="sticky bottom-0 -mx-1 border-t border-slate-200 bg-white px-1 py-3">
          <button
            type="submit"
            disabled={isSubmitting}
            className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
          >
            {isSubmitting ? t("saving") : t("save")}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
