"use client";

import { useId, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";

type Props = {
  id: string;
  /** Name of a hidden input carrying the path, for plain form posts; react-hook-form forms use onChange. */
  name?: string;
  label: string;
  value: string | null;
  onChange: (path: string | null) => void;
  kind: "logo" | "image";
  description?: string;
  /** Ids of messages outside the field (e.g. the form's own error for this field). */
  "aria-describedby"?: string;
  disabled?: boolean;
};

const ACCEPT = "image/jpeg,image/png,image/webp";
const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Picks an image, uploads it to /api/uploads (which checks, cleans and re-encodes it) and reports
 * the stored path through onChange. Shows progress, a preview and a remove button; errors are
 * announced and linked to the input.
 */
export function ImageUploadField({ id, name, label, value, onChange, kind, description, disabled, ...rest }: Props) {
  const t = useTranslations("Uploads");
  const locale = useLocale();
  const inputRef = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const requestRef = useRef<XMLHttpRequest | null>(null);
  const statusId = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const busy = progress !== null;
  const describedBy =
    [description ? descriptionId : null, `${id}-hint`, error ? errorId : null, rest["aria-describedby"] ?? null]
      .filter(Boolean)
      .join(" ") || undefined;

  function upload(file: File) {
    setError(null);
    // Quick checks before sending; the server decides for real (content, not name or type).
    if (file.size > MAX_BYTES) {
      setError(t("tooLarge"));
      return;
    }
    const form = new FormData();
    form.append("file", file);
    form.append("kind", kind);
    // XMLHttpRequest rather than fetch: only it reports upload progress.
    const request = new XMLHttpRequest();
    requestRef.current = request;
    request.open("POST", `/api/uploads?locale=${encodeURIComponent(locale)}`);
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) setProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      requestRef.current = null;
      setProgress(null);
      const body = request.response as { path?: string; error?: string } | null;
      if (request.status >= 200 && request.status < 300 && body?.path) {
        onChange(body.path);
      } else {
        setError(body?.error ?? t(request.status === 413 ? "tooLarge" : "unexpected"));
      }
      if (inputRef.current) inputRef.current.value = "";
    };
    request.onerror = () => {
      requestRef.current = null;
      setProgress(null);
      setError(t("network"));
    };
    request.onabort = () => {
      requestRef.current = null;
      setProgress(null);
    };
    setProgress(0);
    request.send(form);
  }

  function remove() {
    setError(null);
    onChange(null);
    inputRef.current?.focus();
  }

  return (
    <div className="flex flex-col gap-2" aria-busy={busy || undefined}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {description ? (
        <p id={descriptionId} className="text-sm text-slate-700">
          {description}
        </p>
      ) : null}
      {name ? <input type="hidden" name={name} value={value ?? ""} /> : null}

      {value ? (
        <figure className="flex flex-wrap items-start gap-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- our own, already resized WebP */}
          <img
            src={value}
            alt={t("previewAlt", { label })}
            className={
              kind === "logo"
                ? "max-h-32 max-w-full rounded border border-slate-300 bg-white object-contain p-1"
                : "max-h-48 max-w-full rounded border border-slate-300 object-cover"
            }
          />
          <button
            type="button"
            onClick={remove}
            disabled={busy || disabled}
            className="rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-70"
          >
            {t("remove")}
            <span className="sr-only"> – {label}</span>
          </button>
        </figure>
      ) : null}

      <input
        ref={inputRef}
        id={id}
        type="file"
        accept={ACCEPT}
        disabled={busy || disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) upload(file);
        }}
        className="block w-full max-w-full text-sm file:me-3 file:rounded file:border-0 file:bg-brand-700 file:px-4 file:py-2 file:font-semibold file:text-white hover:file:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      />
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {value ? t("replaceHint") : t("hint")}
      </p>

      <div id={statusId} role="status" aria-live="polite" className="empty:hidden">
        {busy ? (
          <div className="flex items-center gap-3">
            <progress max={100} value={progress ?? undefined} aria-label={t("uploading")} className="h-2 w-40 max-w-full" />
            <span className="text-sm">{t("progress", { percent: progress ?? 0 })}</span>
            <button
              type="button"
              onClick={() => requestRef.current?.abort()}
              className="rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100"
            >
              {t("cancel")}
            </button>
          </div>
        ) : null}
      </div>
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
