import { useLocale } from "next-intl";
import { Link } from "@/i18n/navigation";
import { localizedName } from "@/lib/localized";
import { ContentNote, textAttributes } from "@/components/ui/original-language";
import { shownText, translationFor, type TranslationOrigin } from "@/lib/content-translation";

type ProviderCardData = {
  slug: string;
  name: string;
  subline: string | null;
  summary: string | null;
  city: string | null;
  district: { name: string; translations?: { locale: string; name: string }[] } | null;
  translations?: (TranslationOrigin & { subline: string | null; summary: string | null })[];
};

export function ProviderCard({ provider }: { provider: ProviderCardData }) {
  const locale = useLocale();
  const translation = translationFor(provider.translations, locale);
  const subline = shownText(provider.subline, translation, translation?.subline);
  const summary = shownText(provider.summary, translation, translation?.summary);
  const place = [provider.district ? localizedName(provider.district, locale) : null, provider.city].filter(Boolean);
  // District and city are often the same word in small towns; say it once.
  const placeText = [...new Set(place)].join(", ");

  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-slate-200 p-4 shadow-sm">
      <h3 className="text-lg font-semibold leading-snug">
        <Link
          href={{ pathname: "/providers/[slug]", params: { slug: provider.slug } }}
          className="text-brand-800 underline-offset-2 hover:underline"
        >
          {provider.name}
        </Link>
      </h3>
      {subline ? (
        <p {...textAttributes(subline)} className="text-sm text-slate-700">
          {subline.text}
        </p>
      ) : null}
      {summary ? (
        <p {...textAttributes(summary)} className="line-clamp-3 text-sm text-slate-800">
          {summary.text}
        </p>
      ) : null}
      {/* A machine translation, or the German original on a page in another language (none on German pages). */}
      <ContentNote shown={summary ?? subline} origin={translation} className="text-xs text-slate-700" />
      {placeText ? (
        <p className="mt-auto pt-2 text-xs">
          <span className="rounded bg-slate-100 px-2 py-1">{placeText}</span>
        </p>
      ) : null}
    </article>
  );
}
