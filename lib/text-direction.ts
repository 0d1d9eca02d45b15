const RTL_LOCALES = new Set(["ar", "fa", "he", "ur", "ps", "ku"]);

export function textDirection(locale: string): "rtl" | "ltr" {
  return RTL_LOCALES.has(locale.split("-")[0]) ? "rtl" : "ltr";
}
