import { getLocale } from "next-intl/server";
import { carrierTypeLabels } from "@/features/settings/carrier-types";
import { getSettings } from "@/features/settings/queries";
import { machineTranslationEnabled } from "@/lib/machine-translation";
import type { CategoryOption } from "@/features/settings/categories";
import type { ProfileForEdit } from "../queries";
import { ProfileForm } from "./profile-form";

/** The profile form for a loaded profile, with the portal's map settings (providers' and editors' pages). */
export async function ProfileEditor({ profile, categories }: { profile: ProfileForEdit; categories: CategoryOption[] }) {
  const [settings, carrierLabels] = await Promise.all([getSettings(), getLocale().then((locale) => carrierTypeLabels(locale))]);
  const { street, postalCode, city, manualPin } = profile.values;
  return (
    <ProfileForm
      organizationId={profile.organizationId}
      initialValues={profile.values}
      categories={categories}
      carrierLabels={carrierLabels}
      geoSource={profile.geoSource}
      hasAddress={Boolean(street || postalCode || city || manualPin)}
      coordinates={profile.coordinates}
      machineTranslation={machineTranslationEnabled()}
      map={{
        tileUrl: settings.tileUrl,
        attribution: settings.tileAttribution,
        center: { lat: settings.mapCenterLat, lng: settings.mapCenterLng },
      }}
    />
  );
}
