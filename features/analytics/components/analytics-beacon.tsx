"use client";

import { useEffect } from "react";

// Sends the page's signed analytics token (features/analytics/beacon.ts) to the portal's own server
// once the page is really shown — never for a prefetch, which renders without mounting. With
// `contacts`, clicks on links marked data-analytics-contact="mail|phone|website" are counted too.
// No cookie, no identifier: the body is the token and the action.

export const BEACON_URL = "/api/analytics";

function send(token: string, action: string): void {
  try {
    const body = JSON.stringify({ token, action });
    if (typeof navigator.sendBeacon === "function" && navigator.sendBeacon(BEACON_URL, body)) return;
    void fetch(BEACON_URL, { method: "POST", body, keepalive: true, credentials: "omit" }).catch(() => undefined);
  } catch {
    // Statistics never break a page.
  }
}

export function AnalyticsBeacon({ token, contacts = false }: { token: string; contacts?: boolean }) {
  useEffect(() => {
    send(token, "view");
    if (!contacts) return;
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target.closest("[data-analytics-contact]") : null;
      const kind = target?.getAttribute("data-analytics-contact");
      if (kind === "mail" || kind === "phone" || kind === "website") send(token, kind);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [token, contacts]);
  return null;
}
