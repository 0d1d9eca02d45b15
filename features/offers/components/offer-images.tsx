import { useTranslations } from "next-intl";
import type { PublicOffer } from "../detail-queries";

// Only our own uploads ("/…"): an external image URL would be a third-party request from residents' browsers.
const isLocalPath = (path: string) => path.startsWith("/") && !path.startsWith("//");

export function OfferImages({ images }: { images: PublicOffer["offer"]["images"] }) {
  const t = useTranslations("OfferDetail");
  const shown = images.filter((image) => isLocalPath(image.path));
  if (shown.length === 0) return null;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {shown.map((image, index) => (
        <figure key={image.id} className={index === 0 ? "sm:col-span-2" : undefined}>
          {/* Uploaded images are served as stored (already resized on upload); next/image adds nothing here. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={image.path} alt={image.alt ?? ""} loading={index === 0 ? "eager" : "lazy"} className="w-full rounded-lg object-cover" />
          {image.copyright ? (
            <figcaption className="mt-1 text-xs text-slate-700">{t("imageCopyright", { copyright: image.copyright })}</figcaption>
          ) : null}
        </figure>
      ))}
    </div>
  );
}
