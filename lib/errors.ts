import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ZodError } from "zod";
import { isDatabaseLockedError } from "./db/busy";
import { logger } from "./logger";

/**
 * A message key including its namespace ("ActionErrors.forbidden", "Offers.slugTaken"): errors carry keys,
 * not text, so the same error reads right in every locale.
 */
export type ErrorCode = string;
export type FieldErrors = Record<string, string[]>;

/** Values filled into the translated message ("Try again in {minutes} minutes"). */
export type MessageValues = Record<string, string | number>;

/** An expected failure: its status and translatable code may be shown to the user. */
export class AppError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly values?: MessageValues;

  constructor(code: ErrorCode, status: number, options?: { cause?: unknown; values?: MessageValues }) {
    super(code, options);
    this.name = new.target.name;
    this.code = code;
    this.status = status;
    this.values = options?.values;
  }
}

export class UnauthorizedError extends AppError {
  constructor(code: ErrorCode = "ActionErrors.unauthorized") {
    super(code, 401);
  }
}

export class ForbiddenError extends AppError {
  constructor(code: ErrorCode = "ActionErrors.forbidden") {
    super(code, 403);
  }
}

export class NotFoundError extends AppError {
  constructor(code: ErrorCode = "ActionErrors.notFound") {
    super(code, 404);
  }
}

/** The database stayed locked (by another process, e.g. the daily jobs) longer than a save may wait: try again. */
export class DatabaseBusyError extends AppError {
  constructor(options?: { cause?: unknown }) {
    super("ActionErrors.databaseBusy", 503, options);
  }
}

/** Invalid input. Field messages are message keys too (plain text passes through untranslated). */
export class ValidationError extends AppError {
  readonly fieldErrors: FieldErrors;

  /** `values` fill placeholders of the code and of the field messages ("measured {ratio}:1"). */
  constructor(fieldErrors: FieldErrors = {}, code: ErrorCode = "ActionErrors.validation", values?: MessageValues) {
    super(code, 400, { values });
    this.fieldErrors = fieldErrors;
  }

  /** Field errors keyed by the dotted path of each issue ("address.postalCode"); form-level issues under "". */
  static fromZod(error: ZodError, code?: ErrorCode): ValidationError {
    const fieldErrors: FieldErrors = {};
    for (const issue of error.issues) {
      const key = issue.path.map(String).join(".");
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return new ValidationError(fieldErrors, code);
  }
}

export type ActionFailure = { ok: false; message: string; fieldErrors: FieldErrors };
/** What every server action returns: its data on success, a translated failure otherwise. */
export type ActionResult<T = undefined> = { ok: true; data: T; message?: string } | ActionFailure;

function isZodError(error: unknown): error is ZodError {
  return error instanceof Error && error.name === "ZodError" && Array.isArray((error as ZodError).issues);
}

/** The error as an AppError; anything unexpected is logged (masked, see lib/logger.ts) and becomes a 500. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isZodError(error)) return ValidationError.fromZod(error);
  if (isDatabaseLockedError(error)) {
    // lib/db/busy.ts has already logged the lock with its wait; this line says what the user got.
    logger.warn("database is locked by another process: the user was asked to try again", { error });
    return new DatabaseBusyError({ cause: error });
  }
  logger.error("unexpected error", { error });
  return new AppError("ActionErrors.unexpected", 500);
}

type Translate = { (key: string, values?: MessageValues): string; has(key: string): boolean };

/**
 * The `{ ok: false }` result a server action returns for any thrown error, translated into the
 * request's locale. Redirects and notFound() thrown inside the action are passed on, not reported.
 */
export async function actionError(error: unknown, translate?: Translate): Promise<ActionFailure> {
  unstable_rethrow(error);
  const appError = toAppError(error);
  const t = translate ?? ((await getTranslations()) as unknown as Translate);
  const text = (key: string) => (t.has(key) ? t(key, appError.values) : key);
  const fieldErrors: FieldErrors = {};
  if (appError instanceof ValidationError) {
    for (const [field, messages] of Object.entries(appError.fieldErrors)) fieldErrors[field] = messages.map(text);
  }
  const message = t.has(appError.code) ? t(appError.code, appError.values) : t("ActionErrors.unexpected");
  return { ok: false, message, fieldErrors };
}
