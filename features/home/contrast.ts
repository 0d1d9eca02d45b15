/** WCAG relative luminance of a #rgb / #rrggbb colour; null when it is not one. */
export function relativeLuminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((c) => c + c).join("") : match[1];
  const [r, g, b] = [0, 2, 4]
    .map((i) => parseInt(digits.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: number, b: number): number {
  const [light, dark] = a > b ? [a, b] : [b, a];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Background and text colour for a category badge: the admin's colour with white or near-black
 * text, whichever contrasts more; an invalid or unusable colour falls back to the brand blue.
 */
export function badgeColors(color: string | null | undefined): { background: string; text: string } {
  const fallback = { background: "#1e40af", text: "#ffffff" };
  const luminance = color ? relativeLuminance(color) : null;
  if (luminance === null || !color) return fallback;
  const white = contrastRatio(luminance, 1);
  const black = contrastRatio(luminance, relativeLuminance("#0f172a") ?? 0);
  if (Math.max(white, black) < 4.5) return fallback;
  return { background: color.trim(), text: white >= black ? "#ffffff" : "#0f172a" };
}
