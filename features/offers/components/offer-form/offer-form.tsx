"use client";

import { useState, type BaseSyntheticEvent, type KeyboardEvent } from "react";
import { FormProvider, useForm, type FieldErrors } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { FormTabs } from "@/components/ui/form-tabs";
import type { OfferStatus } from "@/generated/prisma/enums";
import { createOfferAction, updateOfferAction } from "@/features/offers/actions";
import type { OfferFormState, OrganizationDefaults } from "@/features/offers/form-values";
import type { SaveOfferResult } from "@/features/offers/mutations";
import { OFFER_LIMITS, OfferInputSchema, type OfferFormValues, type OfferInput, type SaveIntent } from "@/features/offers/schemas";
import { saveButtons } from "@/features/offers/status";
import { useRouter } from "@/i18n/navigation";
import type { CategoryOption } from "@/features/settings/categories";
import { CategoriesField, type Option } from "./choice-fields";
import { ErrorSummary, type SummaryItem } from "./error-summary";
import { fieldId, flattenErrors, Section, TextField, useErrorText } from "./fields";
import { ImagesSection } from "./images-section";
import { OfferLivePreview, OfferPreviewDialog } from "./live-preview";
import { LocationSection, type MapSettings } from "./location-section";
import { ScheduleEditor } from "./schedule-editor";
import { SchedulePreview } from "./schedule-preview";
import { BasicsFields, ContactFields, CostsFields, WhoFields } from "./sections";
import { TranslationsSection } from "./translations-section";

export type SaveNotice = "draft" | "published" | "submitted" | "revision" | "saved";

export type OfferFormProps = {
  /** null for a new offer. */
  offerId: number | null;
  status: OfferStatus | null;
  defaultValues: OfferFormState;
  organization: OrganizationDefaults;
  categories: CategoryOption[];
  targetGroups: Option[];
  requireApproval: boolean;
  map: MapSettings;
  /** The "Schedule" messages for the live summary (not a client namespace). */
  scheduleMessages: Record<string, string>;
  /** Server time of the render, so the preview's "next dates" match on server and client. */
  nowIso: string;
  savedGeoSource: string | null;
  /** Shown once after a redirect from the new-offer page. */
  initialNotice?: SaveNotice | null;
  /** A translation service is configured (TRANSLATE_URL): offer "Vorschlag übersetzen". */
  machineTranslation?: boolean;
};

function noticeFor(result: SaveOfferResult): SaveNotice {
  if (result.revision) return "revision";
  if (result.status === "PUBLISHED") return "published";
  if (result.status === "PENDING_REVIEW") return "submitted";
  if (result.status === "DRAFT") return "draft";
  return "saved";
}

export function OfferForm(props: OfferFormProps) {
  const { offerId, status, defaultValues, organization, requireApproval, map, scheduleMessages, nowIso } = props;
  const t = useTranslations("OfferForm");
  const tc = useTranslations("FormCommon");
  const tt = useTranslations("ContentTranslations");
  const tabs = useTranslations("FormTabs");
  const errorText = useErrorText();
  const router = useRouter();
  const now = new Date(nowIso);
  const form = useForm<OfferFormValues, unknown, OfferInput>({
    resolver: zodResolver(OfferInputSchema),
    defaultValues: defaultValues as OfferFormValues,
    mode: "onSubmit",
    // The error summary takes the focus instead and links to each field.
    shouldFocusError: false,
    reValidateMode: "onChange",
  });
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<SaveNotice | null>(props.initialNotice ?? null);
  const [geoSource, setGeoSource] = useState<string | null>(props.savedGeoSource);
  const [currentStatus, setCurrentStatus] = useState<OfferStatus | null>(status);
  const buttons = saveButtons(currentStatus, { requireApproval });
  const busy = form.formState.isSubmitting;

  function showSummary(items: { name: string; message: string }[]) {
    setSummary(
      items.map(({ name, message }) => {
        const id = fieldId(name);
        return { id, message: errorText(message) ?? message, label: labelOf(id) };
      }),
    );
  }

  function onInvalid(errors: FieldErrors<OfferFormValues>) {
    setNotice(null);
    setFormError(null);
    showSummary(flattenErrors(errors));
  }

  async function onValid(_parsed: OfferInput, event?: BaseSyntheticEvent) {
    // Which button submitted: "draft" or "publish" (the server checks the value).
    const submitter = (event?.nativeEvent as SubmitEvent | undefined)?.submitter;
    const intent: SaveIntent = submitter instanceof HTMLButtonElement && submitter.value === "publish" ? "publish" : "draft";
    setSummary([]);
    setFormError(null);
    setNotice(null);
    // The raw values, not the parsed ones: the server parses the same schema itself.
    const raw = form.getValues();
    const result = offerId === null ? await createOfferAction(raw, intent) : await updateOfferAction(offerId, raw, intent);
    if (!result.ok) {
      const entries = Object.entries(result.fieldErrors);
      for (const [name, messages] of entries) form.setError(name as never, { type: "server", message: messages[0] });
      setFormError(result.message);
      showSummary(entries.map(([name, messages]) => ({ name, message: messages[0] })));
      return;
    }
    const saved = result.data;
    if (offerId === null) {
      router.replace({
        pathname: "/account/offers/[id]",
        params: { id: String(saved.id) },
        query: { saved: noticeFor(saved), ...(saved.geoSource === "POSTAL_CODE" ? { geo: "postal" } : {}) },
      });
      return;
    }
    form.reset(raw);
    setCurrentStatus(saved.status);
    setGeoSource(saved.geoSource);
    setNotice(noticeFor(saved));
    router.refresh();
  }

  const previewProps = { organization, categories: props.categories, scheduleMessages };

  const publishLabel =
    buttons.publish === "saveChanges" && requireApproval
      ? t("actions.submitChanges")
      : buttons.publish
        ? t(`actions.${buttons.publish}`)
        : null;

  return (
    <FormProvider {...form}>
      {/* From xl on, the live preview stands beside the form; below, the save bar opens it in a dialog. */}
      <div className="xl:grid xl:grid-cols-[minmax(0,1fr)_20rem] xl:items-start xl:gap-6">
        <form
          noValidate
          onSubmit={form.handleSubmit(onValid, onInvalid)}
          onKeyDown={preventImplicitSubmit}
          className="flex flex-col gap-6"
          aria-busy={busy || undefined}
        >
          <div role="status" aria-live="polite" className="empty:hidden">
            {notice ? (
              <div className="rounded border border-green-300 bg-green-50 px-4 py-3 text-green-900">
                <p className="font-semibold">{t(`notice.${notice}`)}</p>
                {geoSource === "POSTAL_CODE" ? <p className="mt-1 text-sm">{t("location.postalCodeOnly")}</p> : null}
              </div>
            ) : null}
          </div>
          <ErrorSummary items={summary} message={formError} title={tc("errorSummaryTitle")} />

          <FormTabs
            label={tabs("label")}
            submitCount={form.formState.submitCount}
            tabs={[
              {
                id: "offer",
                label: tabs("offer"),
                hasErrors: Object.keys(form.formState.errors).some((name) => name !== "translations"),
                content: (
                  <>
                    <Section id="offer-basics" title={t("sections.basics")}>
                      <BasicsFields />
                      <CategoriesField categories={props.categories} />
                    </Section>

                    <Section id="offer-when" title={t("sections.when")} description={t("sections.whenHint")}>
                      {/* From xl on the live preview takes the side column: the schedule's next dates go below the editor. */}
                      <div className="grid gap-6 lg:grid-cols-[3fr_2fr] xl:grid-cols-1">
                        <ScheduleEditor now={now} />
                        <div className="lg:sticky lg:top-4 lg:self-start xl:static">
                          <SchedulePreview scheduleMessages={scheduleMessages} now={now} />
                        </div>
                      </div>
                      <TextField
                        name="scheduleNote"
                        label={t("schedule.note")}
                        hint={t("schedule.noteHint")}
                        multiline
                        rows={2}
                        maxLength={OFFER_LIMITS.note}
                      />
                    </Section>

                    <Section id="offer-where" title={t("sections.where")}>
                      <LocationSection organization={organization} map={map} savedGeoSource={geoSource} />
                    </Section>

                    <Section id="offer-who" title={t("sections.who")}>
                      <WhoFields targetGroups={props.targetGroups} />
                    </Section>

                    <Section id="offer-costs" title={t("sections.costs")}>
                      <CostsFields />
                    </Section>

                    <Section id="offer-contact" title={t("sections.contact")} description={t("sections.contactHint")}>
                      <ContactFields organization={organization} />
                    </Section>

                    <Section id="offer-images" title={t("sections.images")}>
                      <ImagesSection />
                    </Section>
                  </>
                ),
              },
              {
                id: "translations",
                label: tabs("translations"),
                hasErrors: Boolean(form.formState.errors.translations),
                content: (
                  <Section
                    id="offer-translations"
                    title={tt("sectionTitle")}
                    description={requireApproval ? tt("approvalNote") : undefined}
                  >
                    <TranslationsSection suggestFor={props.machineTranslation ? { offerId, organizationId: organization.id } : null} />
                  </Section>
                ),
              },
            ]}
          />

          {/* The save bar stays at the bottom of the screen while the (long) form is in view, with the preview beside it. */}
          <div
            data-testid="offer-save-bar"
            className="sticky bottom-0 z-10 flex flex-wrap items-center gap-3 border-t border-slate-300 bg-white/95 py-3 shadow-[0_-2px_6px_rgba(0,0,0,0.08)]"
          >
            {publishLabel ? (
              <button
                type="submit"
                disabled={busy}
                name="intent"
                value="publish"
                className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
              >
                {publishLabel}
              </button>
            ) : null}
            {buttons.draft ? (
              <button
                type="submit"
                disabled={busy}
                name="intent"
                value="draft"
                className="rounded border border-brand-700 bg-white px-5 py-2.5 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-70"
              >
                {currentStatus === null || currentStatus === "DRAFT" || currentStatus === "PENDING_REVIEW"
                  ? t("actions.draft")
                  : t("actions.saveOnly")}
              </button>
            ) : null}
            <OfferPreviewDialog {...previewProps} />
            {offerId !== null ? (
              <Link
                href={{ pathname: "/account/offers/[id]/preview", params: { id: String(offerId) } }}
                className="font-semibold text-brand-700 underline"
              >
                {t("previewLink")}
              </Link>
            ) : null}
            {busy ? (
              <p role="status" className="self-center text-slate-700">
                {tc("saving")}
              </p>
            ) : null}
          </div>
          {requireApproval && buttons.publish !== null ? <p className="text-sm text-slate-700">{t("actions.approvalHint")}</p> : null}
        </form>
        <div className="hidden xl:sticky xl:top-4 xl:block xl:max-h-[calc(100vh-2rem)] xl:overflow-y-auto">
          <OfferLivePreview {...previewProps} />
        </div>
      </div>
    </FormProvider>
  );
}

/** Enter in a text field would press the first button ("publish"): saving is always an explicit choice. */
function preventImplicitSubmit(event: KeyboardEvent<HTMLFormElement>) {
  const target = event.target as HTMLElement;
  if (event.key === "Enter" && target instanceof HTMLInputElement && target.type !== "checkbox" && target.type !== "radio")
    event.preventDefault();
}

/** The visible name of a field for the error summary: its label, or its group's legend. */
function labelOf(id: string): string {
  if (typeof document === "undefined") return "";
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  if (label) return label.textContent?.trim() ?? "";
  const element = document.getElementById(id);
  const legend = element?.closest("fieldset")?.querySelector("legend");
  return legend?.textContent?.trim() ?? "";
}
