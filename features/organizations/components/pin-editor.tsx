"use client";

import { useController, useFormContext } from "react-hook-form";
import { useTranslations } from "next-intl";
import { PinPicker } from "@/components/map/pin-picker";
import type { ProfileFormValues } from "../schemas";
import { buttonClass, FieldError, inputClass, useErrorText } from "./profile-fields";

export type MapSettings = { tileUrl: string; attribution: string; center: { lat: number; lng: number } };

/**
 * Optional: set the map pin by hand when the automatic placement (geocoder or postal code centre)
 * is not good enough. "Place automatically" goes back to the address.
 */
export function PinEditor({ map, coordinates }: { map: MapSettings; coordinates: { lat: number; lng: number } | null }) {
  const t = useTranslations("ProfileForm");
  const errorText = useErrorText();
  const { control } = useFormContext<ProfileFormValues>();
  const {
    field: { value: pin, onChange },
    fieldState: { error },
  } = useController({ control, name: "manualPin" });
  const position = pin ?? coordinates ?? map.center;
  const move = (next: { lat: number; lng: number }) => onChange(next);
  const {
    formState: { errors },
  } = useFormContext<ProfileFormValues>();
  const message = errorText(error?.message ?? errors.manualPin?.lat?.message ?? errors.manualPin?.lng?.message);

  const labels = {
    pinMovedNote: t("pinMovedNote"),
    showMap: t("showMap"),
    hideMap: t("hideMap"),
    resetPin: t("resetPin"),
    mapHint: t("mapHint"),
    pinTitle: t("pinTitle"),
    mapLabel: t("mapLabel"),
    lat: t("lat"),
    lng: t("lng"),
  };

  return (
    <div className="flex flex-col gap-2">
      <PinPicker
        ids={{ map: "profile-pin-map", lat: "profile-pin-lat", lng: "profile-pin-lng" }}
        position={position}
        pinMoved={Boolean(pin)}
        onMove={move}
        onReset={() => onChange(null)}
        labels={labels}
        tileUrl={map.tileUrl}
        attribution={map.attribution}
        buttonClassName={buttonClass}
        inputClassName={inputClass}
      />
      <FieldError id="profile-manualPin-error" message={message} />
    </div>
  );
}
