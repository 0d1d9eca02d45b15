// Server action requests are decoded by the framework before any of our code runs: a body that is
// not what React sends (wrong content type, invalid JSON, thousands of nesting levels, megabytes)
// made it fail with a 500 and an error digest. proxy.ts answers such requests with a 4xx first.

/** Next.js' default server action body limit (experimental.serverActions.bodySizeLimit). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
/** Far deeper than any form of this portal sends, far shallower than what exhausts the decoder's stack. */
export const ACTION_MAX_NESTING = 64;

const ACCEPTED_TYPES = ["text/plain", "multipart/form-data", "application/x-www-form-urlencoded"];

export type GuardVerdict = { status: 400 | 413 | 415; reason: string } | null;

export function isActionRequest(method: string, headers: Pick<Headers, "get">): boolean {
  return method === "POST" && headers.get("next-action") !== null;
}

/** Checks what can be told from the headers alone. */
export function checkActionHeaders(headers: Pick<Headers, "get">): GuardVerdict {
  const type = (headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (!ACCEPTED_TYPES.includes(type)) return { status: 415, reason: "unsupported content type" };
  const length = Number(headers.get("content-length") ?? "0");
  if (Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES) return { status: 413, reason: "body too large" };
  return null;
}

/** Checks a text/plain body (React's JSON encoding of the arguments): size, JSON, nesting depth. */
export function checkActionText(body: string): GuardVerdict {
  if (new TextEncoder().encode(body).length > ACTION_BODY_LIMIT_BYTES) return { status: 413, reason: "body too large" };
  if (nestingDepth(body) > ACTION_MAX_NESTING) return { status: 400, reason: "nested too deeply" };
  try {
    JSON.parse(body);
  } catch {
    return { status: 400, reason: "malformed body" };
  }
  return null;
}

/** The deepest bracket nesting outside JSON strings, counted without parsing (no recursion). */
export function nestingDepth(json: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[" || c === "{") deepest = Math.max(deepest, ++depth);
    else if (c === "]" || c === "}") depth--;
  }
  return deepest;
}
