"use client";

import { useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { smallButtonClass } from "@/components/ui/button";
import { NoticeText, type Notice } from "@/components/ui/notice";
import { useRouter } from "@/i18n/navigation";
import { MAX_BOUNDARY_BYTES } from "../geojson";
import { DISTRICT_ERRORS_NAMESPACE } from "../district-schemas";

/**
 * The boundary file of one district: sent as the request body to /api/districts/<id>/boundary,
 * which checks it (GeoJSON Polygon/MultiPolygon, WGS84, ≤ 1 MB) and answers a message key. A file
 * over the limit is refused here already, without sending it (the server refuses it as well).
 */
export function DistrictBoundaryUpload({ districtId, name }: { districtId: number; name: string }) {
  const t = useTranslations("DistrictSettings");
  const router = useRouter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  const errorText = (key: string | undefined) => {
    const short = key?.startsWith(`${DISTRICT_ERRORS_NAMESPACE}.`) ? key.slice(DISTRICT_ERRORS_NAMESPACE.length + 1) : "boundaryFailed";
    return t.has(`errors.${short}` as never) ? t(`errors.${short}` as never) : t("errors.boundaryFailed");
  };

  async function upload() {
    const file = input.current?.files?.[0];
    setNotice(null);
    if (!file) {
      setNotice({ kind: "error", text: t("boundaryChoose") });
      return;
    }
    if (file.size > MAX_BOUNDARY_BYTES) {
      setNotice({ kind: "error", text: errorText(`${DISTRICT_ERRORS_NAMESPACE}.boundaryTooLarge`) });
      return;
    }
    setPending(true);
    try {
      const response = await fetch(`/api/districts/${districtId}/boundary`, {
        method: "POST",
        headers: { "content-type": "application/geo+json" },
        body: file,
      });
      const body = (await response.json().catch(() => ({}))) as { ok?: boolean; error?: string };
      if (response.ok && body.ok) {
        setNotice({ kind: "success", text: t("boundarySaved") });
        if (input.current) input.current.value = "";
        router.refresh();
      } else {
        setNotice({ kind: "error", text: errorText(body.error) });
      }
    } catch {
      setNotice({ kind: "error", text: t("errors.boundaryFailed") });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={`${id}-file`} className="text-sm font-medium">
        {t("boundaryFile", { name })}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          className="max-w-full text-sm"
          aria-describedby={`${id}-hint`}
        />
        <button type="button" className={smallButtonClass} disabled={pending} onClick={upload}>
          {pending ? t("boundaryUploading") : t("boundaryUpload")}
        </button>
      </div>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {t("boundaryHint")}
      </p>
      <NoticeText notice={notice} />
    </div>
  );
}
