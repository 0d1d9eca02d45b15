import L from "leaflet";

// leaflet.markercluster extends the global `L`; it must exist before that plugin is evaluated.
if (typeof window !== "undefined") (window as unknown as { L: typeof L }).L = L;

// An inline SVG pin: Leaflet's default marker PNGs would be fetched from a path or CDN we don't serve.
const PIN_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="28" height="40" viewBox="0 0 28 40" aria-hidden="true" focusable="false">' +
  '<path d="M14 0C6.3 0 0 6.2 0 13.9 0 24.3 14 40 14 40s14-15.7 14-26.1C28 6.2 21.7 0 14 0z" fill="#1d4ed8" stroke="#1e3a8a" stroke-width="1.5"/>' +
  '<circle cx="14" cy="14" r="5.5" fill="#fff"/></svg>';

export const pinIcon = L.divIcon({
  className: "cp-map-pin",
  html: PIN_SVG,
  iconSize: [28, 40],
  iconAnchor: [14, 40],
  popupAnchor: [0, -36],
});

export default L;
