import { getLocale, getTranslations } from "next-intl/server";
import { carrierTypeLabels } from "@/features/settings/carrier-types";
import { ProviderDetail } from "@/features/providers/components/provider-detail";
import type { PublicProvider } from "@/features/providers/detail-queries";

type Props = { data: PublicProvider; status: string; tileUrl: string; attribution: string };

/** The public provider page as it will look, with a banner saying whether it is public yet. */
export async function ProfilePreview({ data, status, tileUrl, attribution }: Props) {
  const [t, carrierLabels] = await Promise.all([getTranslations("ProfileForm"), getLocale().then((locale) => carrierTypeLabels(locale))]);
  const message = status === "APPROVED" ? t("previewApproved") : status === "PENDING" ? t("previewPending") : t("previewNotPublic");
  return (
    <section aria-labelledby="profile-preview-heading" className="flex flex-col gap-4">
      <h2 id="profile-preview-heading" className="sr-only">
        {t("previewHeading")}
      </h2>
      <p
        role="note"
        className={`rounded border px-4 py-3 font-semibold ${status === "APPROVED" ? "border-brand-200 bg-brand-50 text-brand-900" : "border-amber-400 bg-amber-50 text-amber-900"}`}
      >
        {message}
      </p>
      <div className="rounded-lg border-2 border-dashed border-slate-300 p-4">
        <ProviderDetail data={data} tileUrl={tileUrl} attribution={attribution} carrierLabel={carrierLabels[data.provider.carrierType]} />
      </div>
    </section>
  );
}
