"use client";

import { startTransition, useActionState, useId, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { LocationPickerMap } from "@/components/map/location-picker-map";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useRouter } from "@/i18n/navigation";
import type { ActionResult } from "@/lib/errors";
import { saveDistrictAction } from "../district-actions";
import type { AdminDistrict } from "../district-queries";
import { DISTRICT_LOCALES, DISTRICT_NAME_MAX } from "../district-schemas";
import { FormStatus } from "@/components/ui/form-status";
import { CoordinateField, fieldErrors } from "./form-bits";

type State = ActionResult<{ id: number | null }> | null;

const LOCALE_NAMES: Record<(typeof DISTRICT_LOCALES)[number], string> = {
  de: "Deutsch",
  en: "English",
  tr: "Türkçe",
  ar: "العربية",
  uk: "Українська",
  ru: "Русский",
};

const parse = (text: string) => Number(text.trim().replace(",", "."));

export type MapTiles = { tileUrl: string; attribution: string; center: { lat: number; lng: number } };

/**
 * Creates a district or edits one: a name per language (German required), postal codes, and the
 * centre point — clicked or dragged on the map, or typed into the two number fields (keyboard and
 * screen reader users; the map follows valid values).
 */
export function DistrictForm({ district, map }: { district: AdminDistrict | null; map: MapTiles }) {
  const t = useTranslations("DistrictSettings");
  const router = useRouter();
  const id = useId();
  const initial = district ? { lat: district.centroidLat, lng: district.centroidLng } : map.center;
  const [lat, setLat] = useState(String(initial.lat));
  const [lng, setLng] = useState(String(initial.lng));
  const [formKey, setFormKey] = useState(0);
  const [state, formAction, pending] = useActionState<State, FormData>(async (previous, data) => {
    const result = await saveDistrictAction(previous, data);
    if (result.ok) {
      router.refresh();
      if (!district) {
        setFormKey((k) => k + 1);
        setLat(String(map.center.lat));
        setLng(String(map.center.lng));
      }
    }
    return result;
  }, null);
  const errors = fieldErrors(state, id);
  const { aria, fieldError } = errors;
  const postalCodeFields = ["postalCodes", ...Array.from({ length: 50 }, (_, i) => `postalCodes.${i}`)];

  const typed = { lat: parse(lat), lng: parse(lng) };
  const [pin, setPin] = useState(initial);
  if (Number.isFinite(typed.lat) && Math.abs(typed.lat) <= 90 && Number.isFinite(typed.lng) && Math.abs(typed.lng) <= 180) {
    if (typed.lat !== pin.lat || typed.lng !== pin.lng) setPin(typed);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form key={formKey} action={formAction} onSubmit={submit} noValidate className="flex min-w-0 flex-col gap-4">
      {district ? <input type="hidden" name="id" value={district.id} /> : null}
      <fieldset className="flex min-w-0 flex-col gap-3">
        <legend className="font-medium">{t("names")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {DISTRICT_LOCALES.map((locale) => (
            <div key={locale} className="flex flex-col gap-1">
              <label htmlFor={`${id}-name-${locale}`} className="text-sm font-medium">
                {locale === "de" ? t("nameRequired", { language: LOCALE_NAMES[locale] }) : LOCALE_NAMES[locale]}
              </label>
              <input
                id={`${id}-name-${locale}`}
                name={`name.${locale}`}
                lang={locale}
                dir={locale === "ar" ? "rtl" : undefined}
                maxLength={DISTRICT_NAME_MAX}
                defaultValue={district?.names[locale] ?? ""}
                className={inputClass}
                {...aria(`names.${locale}`)}
              />
              {fieldError(`names.${locale}`)}
            </div>
          ))}
        </div>
        <p className="text-sm text-slate-700">{t("namesHint")}</p>
      </fieldset>

      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-postal-codes`} className="font-medium">
          {t("postalCodes")}
        </label>
        <p id={`${id}-postal-codes-hint`} className="text-sm text-slate-700">
          {t("postalCodesHint")}
        </p>
        <input
          id={`${id}-postal-codes`}
          name="postalCodes"
          inputMode="numeric"
          dir="ltr"
          defaultValue={district?.postalCodes.join(", ") ?? ""}
          className={inputClass}
          aria-invalid={aria(...postalCodeFields)["aria-invalid"]}
          aria-describedby={[`${id}-postal-codes-hint`, aria(...postalCodeFields)["aria-describedby"]].filter(Boolean).join(" ")}
        />
        {fieldError(...postalCodeFields)}
      </div>

      <fieldset className="flex min-w-0 flex-col gap-2">
        <legend className="font-medium">{t("centroid")}</legend>
        <p className="text-sm text-slate-700">{t("centroidHint")}</p>
        <LocationPickerMap
          lat={pin.lat}
          lng={pin.lng}
          zoom={13}
          onMove={(next) => {
            setLat(String(next.lat));
            setLng(String(next.lng));
          }}
          markerTitle={t("markerTitle")}
          ariaLabel={t("mapLabel")}
          tileUrl={map.tileUrl}
          attribution={map.attribution}
        />
        <div className="flex flex-wrap gap-4">
          <CoordinateField id={`${id}-lat`} name="centroidLat" label={t("lat")} value={lat} onChange={setLat} errors={errors} />
          <CoordinateField id={`${id}-lng`} name="centroidLng" label={t("lng")} value={lng} onChange={setLng} errors={errors} />
        </div>
      </fieldset>

      <div className="flex flex-col gap-2">
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? t("saving") : district ? t("save") : t("create")}
        </button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
