import { contrastRatio, MIN_TEXT_CONTRAST, relativeLuminance } from "@/lib/contrast";

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
  if (Math.max(white, black) < MIN_TEXT_CONTRAST) return fallback;
  return { background: color.trim(), text: white >= black ? "#ffffff" : "#0f172a" };
}
