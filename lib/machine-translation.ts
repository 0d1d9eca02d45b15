import "server-only";
import { env } from "./env";
import { AppError } from "./errors";
import { logger } from "./logger";

// Translation suggestions through a LibreTranslate-compatible endpoint (TRANSLATE_URL, issue 14).
// Called only when a provider presses "Vorschlag übersetzen"; what is sent is the German texts the
// caller passes (an offer's or organisation's own texts, never personal data). The answer is a
// suggestion for the form: nothing is stored here. Every failure is one translated AppError.

export const TRANSLATE_TIMEOUT_MS = 10_000;
/** Largest answer read (bytes); the texts sent are at most ~15,000 characters. */
export const TRANSLATE_MAX_RESPONSE_BYTES = 256 * 1024;

export class MachineTranslationError extends AppError {
  constructor(code: "off" | "unavailable" | "timeout" | "badAnswer", options?: { cause?: unknown }) {
    super(`MachineTranslation.${code}`, code === "off" ? 404 : 502, options);
  }
}

/** The endpoint when one is configured (read per call so tests and operators can change it). */
function translateUrl(): URL | null {
  const raw = env().TRANSLATE_URL?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    url.pathname = `${url.pathname.replace(/\/+$/, "")}/translate`;
    return url;
  } catch {
    return null;
  }
}

/** Whether the forms offer the "Vorschlag übersetzen" button. */
export function machineTranslationEnabled(): boolean {
  return translateUrl() !== null;
}

async function readLimited(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw new MachineTranslationError("badAnswer");
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new MachineTranslationError("badAnswer");
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** The `translatedText` of a LibreTranslate answer to a batch `q`: one string per text sent. */
export function parseTranslateResponse(body: unknown, count: number): string[] | null {
  if (!body || typeof body !== "object") return null;
  const translated = (body as Record<string, unknown>).translatedText;
  const list = Array.isArray(translated) ? translated : count === 1 ? [translated] : null;
  if (!list || list.length !== count || !list.every((t) => typeof t === "string")) return null;
  return list as string[];
}

/**
 * `texts` (German) translated into `target`, in the same order. Throws MachineTranslationError when
 * the service is off, unreachable, slow, answers an error status, or answers something unusable.
 */
export async function translateTexts(texts: string[], target: string, options: { timeoutMs?: number } = {}): Promise<string[]> {
  const url = translateUrl();
  if (!url) throw new MachineTranslationError("off");
  if (texts.length === 0) return [];
  const apiKey = env().TRANSLATE_API_KEY;
  const started = Date.now();
  let response: Response;
  let raw: string;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ q: texts, source: "de", target, format: "text", ...(apiKey ? { api_key: apiKey } : {}) }),
      signal: AbortSignal.timeout(options.timeoutMs ?? TRANSLATE_TIMEOUT_MS),
      redirect: "error",
    });
    if (!response.ok) {
      logger.warn("translation service answered with an error", { status: response.status });
      throw new MachineTranslationError("unavailable");
    }
    raw = await readLimited(response, TRANSLATE_MAX_RESPONSE_BYTES);
  } catch (error) {
    if (error instanceof MachineTranslationError) throw error;
    const name = error instanceof Error ? error.name : "unknown";
    logger.warn("translation service unavailable", { reason: name, ms: Date.now() - started });
    throw new MachineTranslationError(name === "TimeoutError" || name === "AbortError" ? "timeout" : "unavailable", { cause: error });
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new MachineTranslationError("badAnswer");
  }
  const translated = parseTranslateResponse(body, texts.length);
  if (!translated) throw new MachineTranslationError("badAnswer");
  return translated;
}

/**
 * Translates the non-empty fields of `fields` in one request; empty fields stay empty. Throws a
 * MachineTranslationError as translateTexts, and "nothing to translate" when every field is empty.
 */
export async function translateFields<K extends string>(
  fields: Record<K, string>,
  target: string,
  options: { timeoutMs?: number } = {},
): Promise<Record<K, string>> {
  const keys = (Object.keys(fields) as K[]).filter((key) => fields[key].trim() !== "");
  if (keys.length === 0) throw new AppError("MachineTranslation.nothingToTranslate", 400);
  const translated = await translateTexts(
    keys.map((key) => fields[key]),
    target,
    options,
  );
  const result = Object.fromEntries((Object.keys(fields) as K[]).map((key) => [key, ""])) as Record<K, string>;
  keys.forEach((key, i) => {
    result[key] = translated[i].trim();
  });
  return result;
}
