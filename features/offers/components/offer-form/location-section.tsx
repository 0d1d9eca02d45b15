"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { PinPicker } from "@/components/map/pin-picker";
import type { OfferFormState, OrganizationDefaults } from "@/features/offers/form-values";
import { OFFER_LIMITS } from "@/features/offers/schemas";
import { FieldError, fieldId, inputClass, smallButtonClass, TextField } from "./fields";

export type MapSettings = { lat: number; lng: number; zoom: number; tileUrl: string; attribution: string };

function formatAddress(o: OrganizationDefaults): string | null {
  const line = [o.street, [o.postalCode, o.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  return line || null;
}

export function LocationSection({
  organization,
  map,
  savedGeoSource,
}: {
  organization: OrganizationDefaults;
  map: MapSettings;
  savedGeoSource: string | null;
}) {
  const t = useTranslations("OfferForm");
  const { register, setValue } = useFormContext<OfferFormState>();
  const location = useWatch<OfferFormState, "location">({ name: "location" });
  const orgAddress = formatAddress(organization);

  const position =
    location.lat !== null && location.lng !== null && (location.pinMoved || !location.sameAsOrganization)
      ? { lat: location.lat, lng: location.lng }
      : location.sameAsOrganization && organization.lat !== null && organization.lng !== null
        ? { lat: organization.lat, lng: organization.lng }
        : { lat: map.lat, lng: map.lng };

  const move = ({ lat, lng }: { lat: number; lng: number }) => {
    setValue("location.lat", lat, { shouldDirty: true });
    setValue("location.lng", lng, { shouldDirty: true });
    setValue("location.pinMoved", true, { shouldDirty: true });
  };
  const resetPin = () => {
    setValue("location.pinMoved", false, { shouldDirty: true });
    setValue("location.lat", null, { shouldDirty: true });
    setValue("location.lng", null, { shouldDirty: true });
  };

  return (
    <div className="flex flex-col gap-4">
      <fieldset id={fieldId("location.type")} className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">{t("location.typeLegend")}</legend>
        {(["ADDRESS", "ONLINE", "NONE"] as const).map((type) => (
          <div key={type} className="flex items-start gap-2">
            <input
              id={`offer-location-type-${type}`}
              type="radio"
              value={type}
              className="mt-0.5 size-5 shrink-0"
              {...register("location.type")}
            />
            <label htmlFor={`offer-location-type-${type}`}>{t(`location.type${type}`)}</label>
          </div>
        ))}
      </fieldset>

      {location.type === "ADDRESS" ? (
        <>
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 font-medium">{t("location.addressLegend")}</legend>
            <div className="flex items-start gap-2">
              <input
                id="offer-location-same-yes"
                type="radio"
                name="location-same"
                className="mt-1 size-5 shrink-0"
                checked={location.sameAsOrganization}
                onChange={() => setValue("location.sameAsOrganization", true, { shouldDirty: true })}
              />
              <label htmlFor="offer-location-same-yes">
                {t("location.sameAsOrganization")}
                <span className="block text-sm text-slate-700">{orgAddress ?? t("location.organizationWithoutAddress")}</span>
              </label>
            </div>
            <div className="flex items-start gap-2">
              <input
                id="offer-location-same-no"
                type="radio"
                name="location-same"
                className="mt-0.5 size-5 shrink-0"
                checked={!location.sameAsOrganization}
                onChange={() => setValue("location.sameAsOrganization", false, { shouldDirty: true })}
              />
              <label htmlFor="offer-location-same-no">{t("location.otherAddress")}</label>
            </div>
          </fieldset>

          <TextField
            name="location.locationName"
            label={t("location.locationName")}
            hint={t("location.locationNameHint")}
            maxLength={OFFER_LIMITS.shortText}
          />
          {!location.sameAsOrganization ? (
            <div className="grid gap-4 sm:grid-cols-[2fr_1fr_2fr]">
              <TextField
                name="location.street"
                label={t("location.street")}
                maxLength={OFFER_LIMITS.shortText}
                autoComplete="street-address"
                className="sm:col-span-3"
              />
              <TextField
                name="location.postalCode"
                label={t("location.postalCode")}
                maxLength={5}
                inputMode="numeric"
                autoComplete="postal-code"
              />
              <TextField
                name="location.city"
                label={t("location.city")}
                maxLength={100}
                autoComplete="address-level2"
                className="sm:col-span-2"
              />
            </div>
          ) : null}
          <TextField name="location.note" label={t("location.note")} hint={t("location.noteHint")} maxLength={OFFER_LIMITS.note} />

          <div className="flex flex-col gap-2">
            {savedGeoSource === "POSTAL_CODE" && !location.pinMoved ? (
              <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("location.postalCodeOnly")}</p>
            ) : null}
            <PinPicker
              ids={{ map: "offer-location-map", lat: fieldId("location.lat"), lng: fieldId("location.lng") }}
              position={position}
              pinMoved={location.pinMoved}
              onMove={move}
              onReset={resetPin}
              labels={{
                pinMovedNote: t("location.pinMovedNote"),
                showMap: t("location.showMap"),
                hideMap: t("location.hideMap"),
                resetPin: t("location.resetPin"),
                mapHint: t("location.mapHint"),
                pinTitle: t("location.pinTitle"),
                mapLabel: t("location.mapLabel"),
                lat: t("location.lat"),
                lng: t("location.lng"),
              }}
              tileUrl={map.tileUrl}
              attribution={map.attribution}
              buttonClassName={smallButtonClass}
              inputClassName={inputClass}
              latError={<FieldError name="location.lat" />}
              lngError={<FieldError name="location.lng" />}
            />
          </div>
        </>
      ) : null}

      {location.type === "ONLINE" ? (
        <>
          <TextField
            name="location.onlineUrl"
            label={t("location.onlineUrl")}
            hint={t("location.onlineUrlHint")}
            type="url"
            inputMode="url"
            required
            maxLength={OFFER_LIMITS.url}
          />
          <TextField name="location.note" label={t("location.onlineNote")} maxLength={OFFER_LIMITS.note} />
        </>
      ) : null}
    </div>
  );
}
