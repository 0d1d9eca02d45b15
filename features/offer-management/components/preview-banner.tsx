import { useTranslations } from "next-intl";
import type { OfferStatus } from "@/generated/prisma/enums";
import { Link } from "@/i18n/navigation";

type Props = {
  offer: { id: number; slug: string };
  status: OfferStatus;
  statusReason: string | null;
  expired: boolean;
  isPublic: boolean;
  organizationApproved: boolean;
};

/** Says plainly that this is a preview and whether (and why not) visitors can see the offer. */
export function PreviewBanner({ offer, status, statusReason, expired, isPublic, organizationApproved }: Props) {
  const t = useTranslations("OfferPreview");
  const tl = useTranslations("OfferList");
  let visibility: string;
  if (isPublic) visibility = t("public");
  else if (status !== "PUBLISHED") visibility = t("notPublic", { status: tl(`status.${status}`) });
  else if (!organizationApproved) visibility = t("notPublicOrganization");
  else visibility = t("expired");
  const id = String(offer.id);
  const link = "inline-flex min-h-11 items-center font-semibold text-brand-700 underline";

  return (
    // A note, not a heading: the offer's own h1 stays the page's first heading, as on its public page.
    <div role="note" className="mb-8 rounded-lg border-s-4 border-brand-700 bg-brand-50 p-4 text-slate-900">
      <p className="text-lg font-bold">{t("heading")}</p>
      <p className="mt-1">{visibility}</p>
      {statusReason && (status === "REJECTED" || status === "BLOCKED") ? (
        <p className="mt-1 break-words">{t("reason", { reason: statusReason })}</p>
      ) : null}
      <p className="mt-2 flex flex-wrap gap-x-6">
        <Link href={{ pathname: "/account/offers/[id]", params: { id } }} className={link}>
          {t("edit")}
        </Link>
        <Link href="/account/offers" className={link}>
          {t("backToList")}
        </Link>
        {isPublic || (expired && status === "PUBLISHED" && organizationApproved) ? (
          <Link href={{ pathname: "/offers/[slug]", params: { slug: offer.slug } }} className={link}>
            {t("openPublic")}
          </Link>
        ) : null}
      </p>
    </div>
  );
}
