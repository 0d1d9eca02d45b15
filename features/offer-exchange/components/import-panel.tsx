"use client";

import { useId, useRef, useState, useTransition, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button, buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { NoticeText, type Notice } from "@/components/ui/notice";
import { Link } from "@/i18n/navigation";
import { confirmOfferImportAction } from "../actions";
import type { ImportOutcome } from "../apply";
import type { ImportPreview } from "../import-flow";
import type { ImportStreamEvent } from "../import-request";
import { IssueTable } from "./issue-table";

// Upload → preview → confirm. The upload goes to /api/offer-import, which answers with progress
// lines while it checks the rows, then the preview (nothing is written yet). "Import now" sends the
// preview's signed token to the confirm action, which checks the staged file again and writes it in
// one transaction.

type Props = {
  /** A fixed organisation (providers), or a choice (editors; "file" = rows name their organisation). */
  target: { kind: "fixed"; organizationId: number } | { kind: "picker"; organizations: { id: number; name: string }[] };
  limits: { megabytes: number; offers: number };
  requireApproval: boolean;
  offersHref: "/account/offers" | "/editorial/providers";
};

type Progress = { phase: "uploading"; percent: number } | { phase: "reading" } | { phase: "checking"; done: number; total: number } | null;

function upload(
  form: FormData,
  locale: string,
  onEvent: (event: ImportStreamEvent | { type: "upload"; percent: number }) => void,
): Promise<void> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    let consumed = 0;
    const readLines = () => {
      const text = request.responseText;
      let newline = text.indexOf("\n", consumed);
      while (newline >= 0) {
        const line = text.slice(consumed, newline).trim();
        consumed = newline + 1;
        if (line) {
          try {
            onEvent(JSON.parse(line) as ImportStreamEvent);
          } catch {
            // A torn line cannot happen with newline framing; ignore anything unreadable.
          }
        }
        newline = text.indexOf("\n", consumed);
      }
    };
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onEvent({ type: "upload", percent: Math.round((event.loaded / event.total) * 100) });
    };
    request.onprogress = readLines;
    request.onload = () => {
      if (request.status >= 400) {
        let message = "";
        try {
          message = (JSON.parse(request.responseText) as { error?: string }).error ?? "";
        } catch {
          message = "";
        }
        onEvent({ type: "error", message });
      } else readLines();
      resolve();
    };
    request.onerror = () => {
      onEvent({ type: "error", message: "" });
      resolve();
    };
    request.open("POST", `/api/offer-import?locale=${encodeURIComponent(locale)}`);
    request.send(form);
  });
}

export function ImportPanel({ target, limits, requireApproval, offersHref }: Props) {
  const t = useTranslations("OfferExchange");
  const locale = useLocale();
  const ids = { file: useId(), target: useId(), hint: useId(), progress: useId() };
  const formRef = useRef<HTMLFormElement>(null);
  const [progress, setProgress] = useState<Progress>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [createOrganizations, setCreateOrganizations] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [confirming, startConfirm] = useTransition();
  const busy = progress !== null;

  async function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setNotice({ kind: "error", text: t("file.missingFile") });
      return;
    }
    if (target.kind === "fixed") form.set("target", String(target.organizationId));
    setPreview(null);
    setOutcome(null);
    setNotice(null);
    setCreateOrganizations(false);
    setProgress({ phase: "uploading", percent: 0 });
    await upload(form, locale, (e) => {
      if (e.type === "upload") setProgress(e.percent >= 100 ? { phase: "reading" } : { phase: "uploading", percent: e.percent });
      else if (e.type === "progress") setProgress({ phase: "checking", done: e.done, total: e.total });
      else if (e.type === "preview") setPreview(e.preview);
      else setNotice({ kind: "error", text: e.message || t("page.failed") });
    });
    setProgress(null);
  }

  function confirm() {
    if (!preview?.token) return;
    const token = preview.token;
    startConfirm(async () => {
      const result = await confirmOfferImportAction(token, createOrganizations);
      if (result.ok) {
        setOutcome(result.data);
        setPreview(null);
        formRef.current?.reset();
        const parts = [
          t("preview.done", {
            created: result.data.created,
            updated: result.data.updated,
            revisions: result.data.revisions,
            unchanged: result.data.unchanged,
          }),
        ];
        if (result.data.organizationsCreated > 0)
          parts.push(t("preview.organizationsCreated", { count: result.data.organizationsCreated }));
        setNotice({ kind: "success", text: parts.join(" ") });
      } else setNotice({ kind: "error", text: result.message });
    });
  }

  const progressText =
    progress?.phase === "uploading"
      ? t("page.uploading", { percent: progress.percent })
      : progress?.phase === "checking"
        ? t("page.checking", { done: progress.done, total: progress.total })
        : progress?.phase === "reading"
          ? t("page.reading")
          : "";
  const changes = preview ? preview.counts.created + preview.counts.updated : 0;

  return (
    <div className="flex flex-col gap-4">
      <form ref={formRef} onSubmit={check} className="flex flex-col gap-4" aria-busy={busy}>
        {target.kind === "picker" ? (
          <div className="flex flex-col gap-1">
            <label htmlFor={ids.target} className="font-semibold text-slate-900">
              {t("page.targetLabel")}
            </label>
            <select id={ids.target} name="target" className={inputClass} defaultValue="file" disabled={busy}>
              <option value="file">{t("page.targetFile")}</option>
              {target.organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.file} className="font-semibold text-slate-900">
            {t("page.fileLabel")}
          </label>
          <input
            id={ids.file}
            name="file"
            type="file"
            accept=".xlsx,.xls,.ods,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet,text/csv"
            aria-describedby={ids.hint}
            className="block w-full text-base file:me-3 file:rounded file:border file:border-brand-700 file:bg-white file:px-3 file:py-2 file:font-semibold file:text-brand-700"
            disabled={busy}
          />
          <p id={ids.hint} className="text-sm text-slate-700">
            {t("page.fileHint", limits)}
          </p>
        </div>
        <p className="text-sm text-slate-700">{requireApproval ? t("page.approvalOn") : t("page.approvalOff")}</p>
        <Button type="submit" disabled={busy}>
          {t("page.check")}
        </Button>
      </form>

      <div role="status" aria-live="polite" className="empty:hidden">
        {progress ? (
          <div className="flex flex-col gap-1">
            <label htmlFor={ids.progress} className="text-sm text-slate-800">
              {progressText}
            </label>
            <progress
              id={ids.progress}
              aria-label={t("page.progressLabel")}
              className="h-3 w-full"
              max={progress.phase === "checking" ? Math.max(progress.total, 1) : 100}
              value={progress.phase === "checking" ? progress.done : progress.phase === "uploading" ? progress.percent : undefined}
            />
          </div>
        ) : null}
      </div>

      <NoticeText notice={notice} />

      {outcome ? (
        <p>
          <Link href={offersHref} className="font-semibold text-brand-700 underline">
            {t("preview.toOffers")}
          </Link>
        </p>
      ) : null}

      {preview ? (
        <section aria-labelledby="import-preview-heading" className="flex flex-col gap-4 rounded-lg border border-slate-300 p-4">
          <h2 id="import-preview-heading" className="text-xl font-semibold text-slate-900">
            {t("preview.title", { file: preview.fileName })}
          </h2>
          {preview.format === "original" ? <p className="text-slate-700">{t("preview.originalFormat")}</p> : null}
          <dl className="grid grid-cols-1 gap-2 sm:grid-cols-3">
            {(["created", "updated", "unchanged"] as const).map((key) => (
              <div key={key} className="rounded border border-slate-200 p-3">
                <dt className="text-sm text-slate-700">{t(`preview.${key}`)}</dt>
                <dd className="text-2xl font-bold text-slate-900" data-testid={`import-${key}`}>
                  {preview.counts[key]}
                </dd>
              </div>
            ))}
          </dl>
          {preview.ignoredColumns.length > 0 ? (
            <p className="text-sm text-slate-700">{t("preview.ignoredColumns", { columns: preview.ignoredColumns.join(", ") })}</p>
          ) : null}
          {preview.errorCount > 0 ? (
            <IssueTable
              tone="error"
              title={t("preview.errorsTitle", { count: preview.errorCount })}
              intro={t("preview.errorsIntro")}
              issues={preview.errors}
              more={preview.errorCount - preview.errors.length}
            />
          ) : null}
          {preview.warningCount > 0 ? (
            <IssueTable
              tone="warning"
              title={t("preview.warningsTitle", { count: preview.warningCount })}
              issues={preview.warnings}
              more={preview.warningCount - preview.warnings.length}
            />
          ) : null}
          {preview.token && preview.newOrganizations.length > 0 ? (
            <fieldset className="flex flex-col gap-2">
              <legend className="font-semibold text-slate-900">{t("preview.newOrganizationsTitle")}</legend>
              <p className="text-slate-700">{t("preview.newOrganizationsIntro")}</p>
              <ul className="list-disc ps-6">
                {preview.newOrganizations.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  className="size-5"
                  checked={createOrganizations}
                  onChange={(e) => setCreateOrganizations(e.target.checked)}
                />
                {t("preview.createOrganizations", { count: preview.newOrganizations.length })}
              </label>
            </fieldset>
          ) : null}
          {preview.token ? (
            changes > 0 ? (
              <button
                type="button"
                className={buttonClass}
                onClick={confirm}
                disabled={confirming || (preview.newOrganizations.length > 0 && !createOrganizations)}
              >
                {confirming ? t("preview.importing") : t("preview.confirm")}
              </button>
            ) : (
              <p className="text-slate-800">{t("preview.noChanges")}</p>
            )
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
