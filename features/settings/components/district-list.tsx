"use client";

import { useId, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { NoticeText } from "@/components/ui/notice";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { Link } from "@/i18n/navigation";
import { deleteDistrictAction, moveDistrictAction, removeDistrictBoundaryAction } from "../district-actions";
import type { AdminDistrict } from "../district-queries";
import { DistrictBoundaryUpload } from "./district-boundary-upload";
import { DistrictForm, type MapTiles } from "./district-form";
import { RowActions } from "./row-actions";

function displayName(district: AdminDistrict, locale: string): string {
  return district.names[locale as keyof AdminDistrict["names"]] ?? district.names.de ?? district.slug;
}

/**
 * The districts: each with its postal codes, usage (links to the public lists of its offers and
 * providers) and, for admins (not `readOnly`), up/down buttons, edit, delete (refused while in use)
 * and its boundary.
 */
export function DistrictList({ districts, map, readOnly }: { districts: AdminDistrict[]; map: MapTiles; readOnly: boolean }) {
  const locale = useLocale();
  return (
    <ul className="flex flex-col gap-2">
      {districts.map((district, index) => (
        <DistrictRow
          key={district.id}
          district={district}
          name={displayName(district, locale)}
          first={index === 0}
          last={index === districts.length - 1}
          map={map}
          readOnly={readOnly}
        />
      ))}
    </ul>
  );
}

function DistrictRow({
  district,
  name,
  first,
  last,
  map,
  readOnly,
}: {
  district: AdminDistrict;
  name: string;
  first: boolean;
  last: boolean;
  map: MapTiles;
  readOnly: boolean;
}) {
  const t = useTranslations("DistrictSettings");
  const id = useId();
  const { pending, notice, run } = useActionRunner();
  const [editing, setEditing] = useState(false);
  const { offers, providers } = district.usage;

  return (
    <li className="flex min-w-0 flex-col gap-2 rounded border border-slate-300 p-3" data-district={district.slug}>
      <div className="flex flex-wrap items-center gap-3">
        <div className="flex min-w-0 flex-1 flex-col">
          <span className="font-semibold">{name}</span>
          <span className="text-sm break-words text-slate-700">
            {district.postalCodes.length > 0 ? district.postalCodes.join(", ") : t("postalCodesNone")}
            {" · "}
            {district.hasBoundary ? t("boundaryYes") : t("boundaryNo")}
          </span>
          <span className="text-sm text-slate-700">
            <Link href={{ pathname: "/offers", query: { stadtteil: district.slug } }} className="underline">
              {t("usageOffers", { count: offers })}
            </Link>
            {" · "}
            <Link href={{ pathname: "/providers", query: { stadtteil: district.slug } }} className="underline">
              {t("usageProviders", { count: providers })}
            </Link>
          </span>
        </div>
        {readOnly ? null : (
          <RowActions
            namespace="DistrictSettings"
            name={name}
            first={first}
            last={last}
            pending={pending}
            editing={editing}
            editId={`${id}-edit`}
            onToggleEdit={() => setEditing((open) => !open)}
            onMove={(direction) => run(() => moveDistrictAction(district.id, direction))}
            onDelete={() => run(() => deleteDistrictAction(district.id))}
          />
        )}
      </div>
      <NoticeText notice={notice} />
      {editing && !readOnly ? (
        <div id={`${id}-edit`} className="flex min-w-0 flex-col gap-4 rounded border border-slate-200 bg-slate-50 p-3">
          <DistrictForm district={district} map={map} />
          <section aria-labelledby={`${id}-boundary`} className="flex min-w-0 flex-col gap-2 border-t border-slate-200 pt-3">
            <h3 id={`${id}-boundary`} className="font-medium">
              {t("boundary")}
            </h3>
            <DistrictBoundaryUpload districtId={district.id} name={name} />
            {district.hasBoundary ? (
              <div>
                <ConfirmButton
                  label={t("boundaryRemove")}
                  accessibleLabel={t("boundaryRemoveNamed", { name })}
                  question={t("boundaryRemoveQuestion", { name })}
                  confirmLabel={t("deleteConfirm")}
                  cancelLabel={t("cancel")}
                  disabled={pending}
                  onConfirm={() => run(() => removeDistrictBoundaryAction(district.id))}
                />
              </div>
            ) : null}
          </section>
        </div>
      ) : null}
    </li>
  );
}
