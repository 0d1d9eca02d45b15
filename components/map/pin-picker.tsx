"use client";

import { useState, type ReactNode } from "react";
import { LocationPickerMap } from "./location-picker-map";

type Position = { lat: number; lng: number };

/** The translated texts; the form passes them from its own namespace. */
export type PinPickerLabels = {
  pinMovedNote: string;
  showMap: string;
  hideMap: string;
  resetPin: string;
  mapHint: string;
  pinTitle: string;
  mapLabel: string;
  lat: string;
  lng: string;
};

/** Text input for one coordinate: the keyboard alternative to dragging the pin. */
function CoordinateInput({
  id,
  label,
  value,
  onChange,
  inputClassName,
  error,
}: {
  id: string;
  label: string;
  value: number;
  onChange: (v: number) => void;
  inputClassName: string;
  error?: ReactNode;
}) {
  const [text, setText] = useState(String(value));
  const [lastValue, setLastValue] = useState(value);
  // Follow the pin when it is dragged.
  if (value !== lastValue) {
    setLastValue(value);
    setText(String(value));
  }
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const n = Number(e.target.value.replace(",", "."));
          if (e.target.value.trim() !== "" && Number.isFinite(n)) onChange(n);
        }}
        className={`${inputClassName} w-40`}
      />
      {error}
    </div>
  );
}

/**
 * Setting a map pin by hand, for forms whose automatic placement (geocoder or postal code centre)
 * is not good enough: a note while the pin is set by hand, a button that opens the map (loaded only
 * then), one that goes back to automatic placement, and coordinate inputs for keyboard users.
 * Form-agnostic: the form keeps the value and passes its texts, ids, classes and field errors.
 */
export function PinPicker({
  ids,
  position,
  pinMoved,
  onMove,
  onReset,
  labels,
  tileUrl,
  attribution,
  buttonClassName,
  inputClassName,
  latError,
  lngError,
}: {
  ids: { map: string; lat: string; lng: string };
  position: Position;
  pinMoved: boolean;
  onMove: (next: Position) => void;
  onReset: () => void;
  labels: PinPickerLabels;
  tileUrl: string;
  attribution: string;
  buttonClassName: string;
  inputClassName: string;
  latError?: ReactNode;
  lngError?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      {pinMoved ? <p className="text-sm text-slate-700">{labels.pinMovedNote}</p> : null}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonClassName} aria-expanded={open} aria-controls={ids.map} onClick={() => setOpen(!open)}>
          {open ? labels.hideMap : labels.showMap}
        </button>
        {pinMoved ? (
          <button type="button" className={buttonClassName} onClick={onReset}>
            {labels.resetPin}
          </button>
        ) : null}
      </div>
      <div id={ids.map} hidden={!open} className="flex flex-col gap-2">
        {open ? (
          <>
            <p className="text-sm text-slate-700">{labels.mapHint}</p>
            <LocationPickerMap
              lat={position.lat}
              lng={position.lng}
              onMove={onMove}
              markerTitle={labels.pinTitle}
              ariaLabel={labels.mapLabel}
              tileUrl={tileUrl}
              attribution={attribution}
            />
            <div className="flex flex-wrap gap-4">
              <CoordinateInput
                id={ids.lat}
                label={labels.lat}
                value={position.lat}
                onChange={(lat) => onMove({ lat, lng: position.lng })}
                inputClassName={inputClassName}
                error={latError}
              />
              <CoordinateInput
                id={ids.lng}
                label={labels.lng}
                value={position.lng}
                onChange={(lng) => onMove({ lat: position.lat, lng })}
                inputClassName={inputClassName}
                error={lngError}
              />
            </div>
          </>
        ) : null}
      </div>
    </>
  );
}
