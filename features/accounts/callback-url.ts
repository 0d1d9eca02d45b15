const INTERNAL_ORIGIN = "http://internal.invalid";

/**
 * A callbackUrl that is safe to navigate to after login: a path on this site, returned normalised
 * (pathname + query + hash). Anything else — absolute URLs, protocol-relative "//host", backslash
 * tricks browsers read as "//", "javascript:" and control characters — yields null.
 *
 * The check is made on the final, resolved URL: dot segments ("/..//evil", "/%2e%2e//evil",
 * "/de/../..//evil") normalise to a path starting with "//", which a browser reads as another host.
 * The result must itself be a plain path that resolves to the same origin and to itself.
 */
export function safeCallbackUrl(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return null;
  if (!value.startsWith("/") || value.startsWith("//")) return null;
  // Browsers treat "\" like "/" and drop tabs/newlines, which turns "/\evil" or "/\t/evil" into "//evil".
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, INTERNAL_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== INTERNAL_ORIGIN) return null;
  const resolved = `${url.pathname}${url.search}${url.hash}`;
  return isPlainSameOriginPath(resolved) ? resolved : null;
}

function isPlainSameOriginPath(path: string): boolean {
  if (!path.startsWith("/") || path.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(path)) return false;
  // Decoding once more must not reveal a host or dot segments either ("/..%2F%2Fevil" is harmless
  // as a path, but a later redirect that decodes it is not). Real paths of this site have neither.
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathOnly(path));
  } catch {
    return false;
  }
  if (decoded.includes("//") || decoded.includes("\\") || /(^|\/)\.\.?(\/|$)/.test(decoded)) return false;
  try {
    const again = new URL(path, INTERNAL_ORIGIN);
    return again.origin === INTERNAL_ORIGIN && `${again.pathname}${again.search}${again.hash}` === path;
  } catch {
    return false;
  }
}

function pathOnly(path: string): string {
  const end = path.search(/[?#]/);
  return end === -1 ? path : path.slice(0, end);
}
