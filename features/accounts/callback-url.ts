const INTERNAL_ORIGIN = "http://internal.invalid";

/**
 * A callbackUrl that is safe to navigate to after login: a path on this site, returned normalised
 * (pathname + query + hash). Anything else — absolute URLs, protocol-relative "//host", backslash
 * tricks browsers read as "//", "javascript:" and control characters — yields null.
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
  return `${url.pathname}${url.search}${url.hash}`;
}
