"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { useMap } from "react-leaflet";

/**
 * Leaflet's own controls speak English ("Zoom in", "Close popup") and marker clusters are announced
 * as a bare number. Inside a MapContainer, this gives them names in the page's language: zoom
 * buttons, the popup's close button, and each cluster ("15 Angebote, vergrößern"), also for clusters
 * Leaflet creates later while zooming.
 */
export function MapLocalization() {
  const map = useMap();
  const t = useTranslations("Map");

  useEffect(() => {
    const zoom = map.zoomControl?.getContainer();
    for (const [selector, text] of [
      [".leaflet-control-zoom-in", t("zoomIn")],
      [".leaflet-control-zoom-out", t("zoomOut")],
    ] as const) {
      const button = zoom?.querySelector(selector);
      button?.setAttribute("title", text);
      button?.setAttribute("aria-label", text);
    }

    const nameCloseButton = (event: { popup: { getElement(): HTMLElement | undefined } }) => {
      const close = event.popup.getElement()?.querySelector(".leaflet-popup-close-button");
      close?.setAttribute("aria-label", t("closePopup"));
      close?.setAttribute("title", t("closePopup"));
    };
    map.on("popupopen", nameCloseButton);

    const nameClusters = (root: ParentNode) => {
      for (const cluster of root.querySelectorAll<HTMLElement>(".marker-cluster")) {
        const count = Number(cluster.textContent?.trim());
        if (!Number.isFinite(count)) continue;
        cluster.setAttribute("aria-label", t("clusterLabel", { count }));
        cluster.setAttribute("title", t("clusterLabel", { count }));
      }
    };
    const pane = map.getPane("markerPane");
    const observer = new MutationObserver(() => pane && nameClusters(pane));
    if (pane) {
      nameClusters(pane);
      observer.observe(pane, { childList: true });
    }
    return () => {
      map.off("popupopen", nameCloseButton);
      observer.disconnect();
    };
  }, [map, t]);

  return null;
}
