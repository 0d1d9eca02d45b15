/** A 1-based page number from a URL parameter; anything else is page 1. */
export function readPage(value: string | string[] | undefined): number {
  const n = typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return n >= 1 ? n : 1;
}
