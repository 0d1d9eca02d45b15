import { colorContrast, mixHex, normalizeHex } from "@/lib/contrast";

// The portal's two colours become the CSS variables the Tailwind theme reads (app/globals.css):
// brand-* from the primary colour, accent-700 from the accent colour. The shades are computed here
// (not with CSS color-mix) so that the contrast the form measures is exactly what pages show.

export const DEFAULT_PRIMARY = "#1d4ed8";
export const DEFAULT_ACCENT = "#b45309";

/** Where each colour is used as text: primary on the pale brand tint of the home banner, accent on the footer's slate-50. */
const PRIMARY_TINT_WEIGHT = 0.07;
const ACCENT_BACKGROUND = "#f8fafc";

export type ThemeColors = { primaryColor: string; accentColor: string };

function shades(primary: string) {
  return {
    50: mixHex(primary, "#ffffff", PRIMARY_TINT_WEIGHT)!,
    100: mixHex(primary, "#ffffff", 0.15)!,
    800: mixHex(primary, "#000000", 0.8)!,
  };
}

/** The CSS custom properties for <html style>; invalid colours fall back to the defaults. */
export function themeVariables({ primaryColor, accentColor }: ThemeColors): Record<string, string> {
  const primary = normalizeHex(primaryColor) ?? DEFAULT_PRIMARY;
  const accent = normalizeHex(accentColor) ?? DEFAULT_ACCENT;
  const tint = shades(primary);
  return {
    "--color-brand-50": tint[50],
    "--color-brand-100": tint[100],
    "--color-brand-600": primary,
    "--color-brand-700": primary,
    "--color-brand-800": tint[800],
    "--color-accent-700": accent,
  };
}

/**
 * The lowest text contrast each colour reaches where pages use it (primary: on white and on its own
 * pale tint, and white text on it; accent: on the footer background). null = not a colour.
 */
export function themeContrast({ primaryColor, accentColor }: ThemeColors): { primary: number | null; accent: number | null } {
  const primary = normalizeHex(primaryColor);
  const accent = normalizeHex(accentColor);
  const primaryRatio = primary ? Math.min(colorContrast(primary, "#ffffff")!, colorContrast(primary, shades(primary)[50])!) : null;
  const accentRatio = accent ? Math.min(colorContrast(accent, "#ffffff")!, colorContrast(accent, ACCENT_BACKGROUND)!) : null;
  return { primary: primaryRatio, accent: accentRatio };
}
