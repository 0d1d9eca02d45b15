"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { TileLayer } from "react-leaflet";
import { escapeAttribution } from "./attribution";

// Imported only by the *-inner map components (loaded with next/dynamic): it pulls in react-leaflet.

/** The tile layer plus a short note when tiles fail (offline, blocked host): markers keep working. */
export function useTileLayer(tileUrl: string, attribution: string) {
  const t = useTranslations("Map");
  const [failed, setFailed] = useState(false);
  const layer = (
    <TileLayer url={tileUrl} attribution={escapeAttribution(attribution)} eventHandlers={{ tileerror: () => setFailed(true) }} />
  );
  const note = failed ? <p className="mt-1 text-xs text-slate-700">{t("offline")}</p> : null;
  return { layer, note };
}
