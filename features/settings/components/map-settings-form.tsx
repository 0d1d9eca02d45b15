"use client";

import { startTransition, useActionState, useId, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { ViewPickerMap, type MapView } from "@/components/map/view-picker-map";
import { buttonClass, smallButtonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useRouter } from "@/i18n/navigation";
import type { ActionResult } from "@/lib/errors";
import { saveMapSettingsAction } from "../map-actions";
import { ATTRIBUTION_MAX, TILE_URL_MAX, ZOOM_MAX, ZOOM_MIN } from "../map-schemas";
import { FormStatus } from "@/components/ui/form-status";
import { CoordinateField, fieldErrors } from "./form-bits";

type State = ActionResult<{ changed: number }> | null;

export type MapSettingsValues = {
  mapCenterLat: number;
  mapCenterLng: number;
  mapZoom: number;
  tileUrl: string | null;
  tileAttribution: string | null;
};

const parse = (text: string) => Number(text.trim().replace(",", "."));

/**
 * The default map view (pan and zoom the map, then "use this view" — or type centre and zoom) and
 * the tile server (empty = the server's default). The map shows the tiles that are saved.
 */
export function MapSettingsForm({
  values,
  defaults,
  tiles,
}: {
  values: MapSettingsValues;
  defaults: { tileUrl: string; tileAttribution: string };
  tiles: { tileUrl: string; attribution: string };
}) {
  const t = useTranslations("MapSettings");
  const router = useRouter();
  const id = useId();
  const [lat, setLat] = useState(String(values.mapCenterLat));
  const [lng, setLng] = useState(String(values.mapCenterLng));
  const [zoom, setZoom] = useState(String(values.mapZoom));
  const [state, formAction, pending] = useActionState<State, FormData>(async (previous, data) => {
    const result = await saveMapSettingsAction(previous, data);
    if (result.ok) router.refresh();
    return result;
  }, null);
  const errors = fieldErrors(state, id);
  const { aria, fieldError } = errors;

  // The map follows valid numbers typed into the fields; invalid ones leave it where it is.
  const typed = { lat: parse(lat), lng: parse(lng), zoom: Number(zoom) };
  const [shown, setShown] = useState<MapView>({ lat: values.mapCenterLat, lng: values.mapCenterLng, zoom: values.mapZoom });
  const valid =
    Number.isFinite(typed.lat) &&
    Math.abs(typed.lat) <= 90 &&
    Number.isFinite(typed.lng) &&
    Math.abs(typed.lng) <= 180 &&
    Number.isInteger(typed.zoom) &&
    typed.zoom >= ZOOM_MIN &&
    typed.zoom <= ZOOM_MAX;
  if (valid && (typed.lat !== shown.lat || typed.lng !== shown.lng || typed.zoom !== shown.zoom)) setShown(typed);

  function use(view: MapView) {
    setLat(String(view.lat));
    setLng(String(view.lng));
    setZoom(String(view.zoom));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form action={formAction} onSubmit={submit} noValidate className="flex flex-col gap-6">
      <fieldset className="flex min-w-0 flex-col gap-3">
        <legend className="text-xl font-semibold">{t("viewLegend")}</legend>
        <p className="text-sm text-slate-700">{t("viewHint")}</p>
        <ViewPickerMap
          view={shown}
          onUse={use}
          useLabel={t("useView")}
          buttonClassName={smallButtonClass}
          tileUrl={tiles.tileUrl}
          attribution={tiles.attribution}
          ariaLabel={t("mapLabel")}
        />
        <div className="flex flex-wrap gap-4">
          <CoordinateField id={`${id}-lat`} name="mapCenterLat" label={t("lat")} value={lat} onChange={setLat} errors={errors} />
          <CoordinateField id={`${id}-lng`} name="mapCenterLng" label={t("lng")} value={lng} onChange={setLng} errors={errors} />
          <CoordinateField
            id={`${id}-zoom`}
            name="mapZoom"
            label={t("zoom")}
            value={zoom}
            onChange={setZoom}
            errors={errors}
            inputMode="numeric"
            widthClass="w-24"
          />
        </div>
      </fieldset>

      <fieldset className="flex min-w-0 flex-col gap-3">
        <legend className="text-xl font-semibold">{t("tilesLegend")}</legend>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-tile-url`} className="font-medium">
            {t("tileUrl")}
          </label>
          <p id={`${id}-tile-url-hint`} className="text-sm text-slate-700">
            {t("tileUrlHint")} <code className="break-all">https://tile.openstreetmap.org/{"{z}/{x}/{y}"}.png</code>
            <br />
            <span className="break-all">{t("tileUrlDefault", { url: defaults.tileUrl })}</span>
          </p>
          <input
            id={`${id}-tile-url`}
            name="tileUrl"
            type="url"
            dir="ltr"
            maxLength={TILE_URL_MAX}
            defaultValue={values.tileUrl ?? ""}
            placeholder={defaults.tileUrl}
            className={inputClass}
            aria-invalid={aria("tileUrl")["aria-invalid"]}
            aria-describedby={[`${id}-tile-url-hint`, aria("tileUrl")["aria-describedby"]].filter(Boolean).join(" ")}
          />
          {fieldError("tileUrl")}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-attribution`} className="font-medium">
            {t("attribution")}
          </label>
          <p id={`${id}-attribution-hint`} className="text-sm text-slate-700">
            {t("attributionHint")}
          </p>
          <input
            id={`${id}-attribution`}
            name="tileAttribution"
            maxLength={ATTRIBUTION_MAX}
            defaultValue={values.tileAttribution ?? ""}
            placeholder={defaults.tileAttribution}
            className={inputClass}
            aria-invalid={aria("tileAttribution")["aria-invalid"]}
            aria-describedby={[`${id}-attribution-hint`, aria("tileAttribution")["aria-describedby"]].filter(Boolean).join(" ")}
          />
          {fieldError("tileAttribution")}
        </div>
      </fieldset>

      <div className="flex flex-col gap-2">
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? t("saving") : t("save")}
        </button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
