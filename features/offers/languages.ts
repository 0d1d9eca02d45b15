// Languages of an offer are ISO 639-1 codes. The form offers the languages most spoken in German
// municipalities first and names them with Intl.DisplayNames; any valid code is accepted.

const ISO_639_1 = new Set(
  (
    "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu " +
    "fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn " +
    "ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os " +
    "pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw " +
    "ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"
  ).split(" "),
);

export function isIsoLanguageCode(code: string): boolean {
  return ISO_639_1.has(code);
}

/** Shown as checkboxes in the offer form, in this order. */
export const COMMON_LANGUAGES = [
  "de",
  "en",
  "tr",
  "ar",
  "uk",
  "ru",
  "pl",
  "fa",
  "ro",
  "bg",
  "ku",
  "it",
  "es",
  "fr",
  "el",
  "sq",
  "sr",
  "hr",
  "ps",
  "ti",
  "so",
  "vi",
  "zh",
] as const;

/** Every valid code, for the "other language" picker. */
export const ALL_LANGUAGE_CODES: readonly string[] = [...ISO_639_1];
