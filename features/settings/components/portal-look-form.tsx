"use client";

import { startTransition, useActionState, useId, useState, type FormEvent, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { ImageUploadField } from "@/features/uploads/components/image-upload-field";
import type { ActionResult } from "@/lib/errors";
import { formatRatio, MIN_TEXT_CONTRAST } from "@/lib/contrast";
import { updatePortalLookAction } from "../portal-actions";
import { INTRO_FIELDS, INTRO_MAX, MAX_FOOTER_LINKS, type IntroField, type PortalLookInput } from "../portal-schemas";
import { locales } from "@/i18n/routing";
import { textDirection } from "@/lib/text-direction";
import { themeContrast, themeVariables } from "../theme";
import { FormStatus } from "@/components/ui/form-status";

type State = ActionResult<{ changed: number }> | null;
type TextField = Exclude<keyof PortalLookInput, "footerLinks" | "logoPath" | "faviconPath" | "primaryColor" | "accentColor" | IntroField>;

/**
 * The admins' portal form: name, logo and favicon, colours with a live preview and the measured
 * contrast, home text, contact and footer links. Works as a plain form post; with JavaScript the
 * result appears in place and the typed values stay.
 */
export function PortalLookForm({ values }: { values: PortalLookInput }) {
  const t = useTranslations("PortalLook");
  const ti = useTranslations("IntroTexts");
  const pageLocale = useLocale();
  const languageName = (code: string) => new Intl.DisplayNames([pageLocale], { type: "language" }).of(code) ?? code;
  const [state, formAction, pending] = useActionState<State, FormData>(updatePortalLookAction, null);
  const id = useId();
  const [logoPath, setLogoPath] = useState(values.logoPath);
  const [faviconPath, setFaviconPath] = useState(values.faviconPath);
  const [colors, setColors] = useState({ primaryColor: values.primaryColor, accentColor: values.accentColor });
  const [portalName, setPortalName] = useState(values.portalName);
  const ratios = themeContrast(colors);

  const errorOf = (field: string) => (state && !state.ok ? state.fieldErrors[field]?.[0] : undefined);
  const errorId = (field: string) => `${id}-${field.replaceAll(".", "-")}-error`;
  const fieldError = (field: string) => {
    const message = errorOf(field);
    return message ? (
      <p id={errorId(field)} className="text-sm font-medium text-red-800">
        {message}
      </p>
    ) : null;
  };
  const aria = (field: string, hint?: string) => ({
    "aria-invalid": errorOf(field) ? true : undefined,
    "aria-describedby": [hint, errorOf(field) ? errorId(field) : null].filter(Boolean).join(" ") || undefined,
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  const textField = (field: TextField, { multiline = false, max, type = "text" }: { multiline?: boolean; max: number; type?: string }) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`${id}-${field}`} className="font-medium">
        {t(`fields.${field}`)}
      </label>
      {multiline ? (
        <textarea
          id={`${id}-${field}`}
          name={field}
          rows={field === "contactAddress" ? 3 : 4}
          maxLength={max}
          defaultValue={values[field] ?? ""}
          className={inputClass}
          {...aria(field)}
        />
      ) : (
        <input
          id={`${id}-${field}`}
          name={field}
          type={type}
          maxLength={max}
          defaultValue={values[field] ?? ""}
          onChange={field === "portalName" ? (event) => setPortalName(event.currentTarget.value) : undefined}
          className={inputClass}
          {...aria(field)}
        />
      )}
      {fieldError(field)}
    </div>
  );

  const colorField = (field: "primaryColor" | "accentColor", ratio: number | null) => {
    const ok = ratio !== null && ratio >= MIN_TEXT_CONTRAST;
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-${field}`} className="font-medium">
          {t(`fields.${field}`)}
        </label>
        <div className="flex items-center gap-3">
          <input
            id={`${id}-${field}`}
            name={field}
            type="color"
            value={colors[field]}
            onChange={(event) => {
              // Read now: React clears currentTarget before the state updater runs.
              const value = event.currentTarget.value;
              setColors((current) => ({ ...current, [field]: value }));
            }}
            className="h-11 w-16 cursor-pointer rounded border border-slate-400 bg-white p-1"
            {...aria(field, `${id}-${field}-ratio`)}
          />
          <code className="text-sm">{colors[field]}</code>
        </div>
        <p id={`${id}-${field}-ratio`} className={ok ? "text-sm text-green-800" : "text-sm font-medium text-red-800"}>
          {ratio === null
            ? t("contrastUnknown")
            : t(ok ? "contrastOk" : "contrastLow", { ratio: formatRatio(ratio), minimum: MIN_TEXT_CONTRAST.toFixed(1) })}
        </p>
        {fieldError(field)}
      </div>
    );
  };

  return (
    <form action={formAction} onSubmit={submit} noValidate className="flex flex-col gap-8">
      <Section title={t("nameSection")}>
        {textField("portalName", { max: 60 })}
        {textField("municipalityName", { max: 80 })}
      </Section>

      <Section title={t("imagesSection")}>
        <ImageUploadField
          id={`${id}-logo`}
          name="logoPath"
          kind="logo"
          label={t("fields.logoPath")}
          description={t("logoHint")}
          value={logoPath}
          onChange={setLogoPath}
          aria-describedby={errorOf("logoPath") ? errorId("logoPath") : undefined}
        />
        {fieldError("logoPath")}
        <ImageUploadField
          id={`${id}-favicon`}
          name="faviconPath"
          kind="logo"
          label={t("fields.faviconPath")}
          description={t("faviconHint")}
          value={faviconPath}
          onChange={setFaviconPath}
          aria-describedby={errorOf("faviconPath") ? errorId("faviconPath") : undefined}
        />
        {fieldError("faviconPath")}
      </Section>

      <Section title={t("colorsSection")}>
        <p className="text-sm text-slate-700">{t("colorsHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {colorField("primaryColor", ratios.primary)}
          {colorField("accentColor", ratios.accent)}
        </div>
        <figure aria-labelledby={`${id}-preview-caption`} className="flex flex-col gap-2">
          <figcaption id={`${id}-preview-caption`} className="text-sm font-medium">
            {t("preview")}
          </figcaption>
          <div style={themeVariables(colors)} className="overflow-hidden rounded border border-slate-300" data-testid="theme-preview">
            <div className="border-b border-slate-200 bg-white px-3 py-2 font-bold text-brand-700">{portalName}</div>
            <div className="flex flex-col gap-2 bg-brand-50 px-3 py-3">
              <span className="font-semibold text-brand-800">{t("previewHeading")}</span>
              <span className="self-start rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white">{t("previewButton")}</span>
            </div>
            <div className="bg-slate-50 px-3 py-2 text-sm">
              <span className="text-accent-700 underline">{t("previewLink")}</span>
            </div>
          </div>
        </figure>
      </Section>

      <Section title={t("introSection")}>
        <p className="text-sm text-slate-700">{ti("hint")}</p>
        {/* One text per interface language, typed in that language (lang/dir), German first. */}
        {locales.map((locale) => {
          const field = INTRO_FIELDS[locale];
          return (
            <div key={locale} className="flex flex-col gap-1">
              <label htmlFor={`${id}-${field}`} className="font-medium">
                {ti("label", { language: languageName(locale) })}
              </label>
              <textarea
                id={`${id}-${field}`}
                name={field}
                rows={4}
                maxLength={INTRO_MAX}
                defaultValue={values[field] ?? ""}
                lang={locale}
                dir={textDirection(locale)}
                className={inputClass}
                {...aria(field)}
              />
              {fieldError(field)}
            </div>
          );
        })}
      </Section>

      <Section title={t("contactSection")}>
        {textField("contactAddress", { multiline: true, max: 300 })}
        {textField("contactEmail", { max: 200, type: "email" })}
        {textField("contactPhone", { max: 40, type: "tel" })}
      </Section>

      <Section title={t("linksSection")}>
        <p className="text-sm text-slate-700">{t("linksHint", { max: MAX_FOOTER_LINKS })}</p>
        {fieldError("footerLinks")}
        <ol className="flex flex-col gap-4">
          {Array.from({ length: MAX_FOOTER_LINKS }, (_, i) => {
            const link = values.footerLinks[i];
            return (
              <li key={i} className="grid gap-2 sm:grid-cols-2">
                {(["label", "url"] as const).map((part) => {
                  const field = `footerLinks.${i}.${part}`;
                  return (
                    <div key={part} className="flex flex-col gap-1">
                      <label htmlFor={`${id}-${field}`} className="text-sm font-medium">
                        {t(part === "label" ? "linkLabel" : "linkUrl", { number: i + 1 })}
                      </label>
                      <input
                        id={`${id}-${field}`}
                        name={field}
                        type={part === "url" ? "text" : "text"}
                        inputMode={part === "url" ? "url" : undefined}
                        maxLength={part === "url" ? 500 : 60}
                        defaultValue={link?.[part] ?? ""}
                        className={inputClass}
                        {...aria(field)}
                      />
                      {fieldError(field)}
                    </div>
                  );
                })}
              </li>
            );
          })}
        </ol>
      </Section>

      <div className="flex flex-col gap-3">
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? t("saving") : t("save")}
        </button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-4 rounded border border-slate-300 p-4">
      <legend className="px-1 text-xl font-semibold">{title}</legend>
      {children}
    </fieldset>
  );
}
