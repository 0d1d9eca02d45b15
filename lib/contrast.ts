// WCAG 2 colour contrast, shared by the portal settings (refusing unreadable brand colours) and the
// category badges. Pure functions: the settings form runs them in the browser for its live preview
// and the server runs the same ones when saving.

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** "#rrggbb" (lower case) for a #rgb / #rrggbb colour; null when it is not one. */
export function normalizeHex(hex: string): string | null {
  const match = HEX.exec(hex.trim());
  if (!match) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((c) => c + c).join("") : match[1];
  return `#${digits.toLowerCase()}`;
}

function channels(hex: string): [number, number, number] | null {
  const normalized = normalizeHex(hex);
  if (!normalized) return null;
  return [1, 3, 5].map((i) => parseInt(normalized.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance of a #rgb / #rrggbb colour; null when it is not one. */
export function relativeLuminance(hex: string): number | null {
  const rgb = channels(hex);
  if (!rgb) return null;
  const [r, g, b] = rgb.map((c) => c / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two luminances (1–21). */
export function contrastRatio(a: number, b: number): number {
  const [light, dark] = a > b ? [a, b] : [b, a];
  return (light + 0.05) / (dark + 0.05);
}

/** Contrast ratio of two hex colours; null when either is not a colour. */
export function colorContrast(foreground: string, background: string): number | null {
  const a = relativeLuminance(foreground);
  const b = relativeLuminance(background);
  return a === null || b === null ? null : contrastRatio(a, b);
}

/** WCAG AA for normal text. */
export const MIN_TEXT_CONTRAST = 4.5;

/**
 * `color` mixed with `base` in sRGB, `weight` (0–1) of `color` — the same arithmetic as CSS
 * `color-mix(in srgb, color weight, base)`, done here so server and browser agree on the shades.
 */
export function mixHex(color: string, base: string, weight: number): string | null {
  const a = channels(color);
  const b = channels(base);
  if (!a || !b) return null;
  return `#${a
    .map((c, i) =>
      Math.round(c * weight + b[i] * (1 - weight))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

/** A ratio for people: rounded down to two decimals, so 4.499 never reads as "4.5". */
export function formatRatio(ratio: number): string {
  return (Math.floor(ratio * 100) / 100).toFixed(2);
}
