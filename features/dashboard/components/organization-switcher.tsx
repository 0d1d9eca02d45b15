"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/errors";
import { switchOrganizationAction } from "../actions";

type Option = { organizationId: number; name: string };

/** Chooses which of the user's organisations the account pages show (only rendered with two or more). */
export function OrganizationSwitcher({ options, currentId }: { options: Option[]; currentId: number }) {
  const t = useTranslations("Dashboard.switcher");
  const [state, formAction, pending] = useActionState<ActionResult<{ organizationId: number }> | null, FormData>(
    switchOrganizationAction,
    null,
  );
  const error = state && !state.ok ? state.message : null;

  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor="dashboard-organization" className="text-sm font-medium">
          {t("label")}
        </label>
        <select
          id="dashboard-organization"
          name="organizationId"
          defaultValue={currentId}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "dashboard-organization-error" : undefined}
          className="max-w-full rounded border border-slate-400 bg-white px-3 py-2 text-base"
        >
          {options.map((o) => (
            <option key={o.organizationId} value={o.organizationId}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-70"
      >
        {pending ? t("switching") : t("submit")}
      </button>
      {error ? (
        <p id="dashboard-organization-error" role="alert" className="basis-full text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </form>
  );
}
