"use client";

import { startTransition, useActionState, useId, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Link } from "@/i18n/navigation";
import type { ActionResult } from "@/lib/errors";
import { saveCarrierTypeNamesAction } from "../carrier-type-actions";
import type { AdminCarrierTypes } from "../carrier-types";
import { CARRIER_NAME_MAX, CARRIER_TYPE_VALUES } from "../carrier-type-schemas";
import { LOCALE_NAMES, TERM_LOCALES } from "../term-schemas";
import { FormStatus } from "@/components/ui/form-status";

type State = ActionResult<{ changed: number }> | null;

/**
 * The carrier types' names: a group per type (headed by its name in the page's language, with the
 * providers that carry it) and an input per language; an empty input shows the default name.
 */
export function CarrierTypeForm({
  carrierTypes,
  labels,
  params,
}: {
  carrierTypes: AdminCarrierTypes;
  /** Each type's current name in the page's language. */
  labels: Record<string, string>;
  /** Each type's value of the provider search's "traeger" parameter. */
  params: Record<string, string>;
}) {
  const t = useTranslations("CarrierTypeSettings");
  const id = useId();
  const [state, formAction, pending] = useActionState<State, FormData>(saveCarrierTypeNamesAction, null);
  const errorOf = (field: string) => (state && !state.ok ? state.fieldErrors[field]?.[0] : undefined);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form action={formAction} onSubmit={submit} noValidate className="flex flex-col gap-6">
      {CARRIER_TYPE_VALUES.map((type) => (
        <fieldset key={type} className="flex flex-col gap-3 rounded border border-slate-300 p-4">
          <legend className="px-1 text-xl font-semibold">{labels[type]}</legend>
          <p className="text-sm text-slate-700">
            <Link href={{ pathname: "/providers", query: { traeger: params[type] } }} className="underline">
              {t("usageProviders", { count: carrierTypes.usage[type] })}
            </Link>
          </p>
          <div className="grid gap-3 sm:grid-cols-2">
            {TERM_LOCALES.map((locale) => {
              const field = `${type}.${locale}` as const;
              const error = errorOf(field);
              return (
                <div key={locale} className="flex flex-col gap-1">
                  <label htmlFor={`${id}-${field}`} className="text-sm font-medium">
                    {LOCALE_NAMES[locale]}
                  </label>
                  <input
                    id={`${id}-${field}`}
                    name={field}
                    lang={locale}
                    dir={locale === "ar" ? "rtl" : undefined}
                    maxLength={CARRIER_NAME_MAX}
                    defaultValue={carrierTypes.names[field] ?? ""}
                    placeholder={carrierTypes.defaults[field] ?? ""}
                    aria-describedby={`${id}-${field}-default${error ? ` ${id}-${field}-error` : ""}`}
                    aria-invalid={error ? true : undefined}
                    className={inputClass}
                  />
                  <p id={`${id}-${field}-default`} className="text-sm text-slate-700">
                    {t("defaultName", { name: carrierTypes.defaults[field] ?? "" })}
                  </p>
                  {error ? (
                    <p id={`${id}-${field}-error`} className="text-sm font-medium text-red-800">
                      {error}
                    </p>
                  ) : null}
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      <div className="flex flex-col gap-3">
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? t("saving") : t("save")}
        </button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
