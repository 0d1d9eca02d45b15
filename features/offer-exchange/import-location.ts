import type { GeoSource } from "@/generated/prisma/enums";
import type { ResolvedLocation, StoredOffer } from "@/features/offers/offer-snapshot";
import type { LocationInput } from "@/features/offers/schemas";
import type { ColumnKey } from "./columns";

// Where an imported offer takes place. Unlike a save in the form, an import never calls the
// geocoder (thousands of rows, each up to 3 s): an unchanged address keeps its stored position,
// coordinates in the file are taken as given, anything else gets the postal code's centre — which
// the preview reports as a warning, so a provider knows the pin is approximate.

export type OrganizationPlace = {
  id: number;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  lat: number | null;
  lng: number | null;
  districtId: number | null;
  geoSource: GeoSource;
};

export type PostalCentres = ReadonlyMap<string, { lat: number; lng: number; districtId: number | null }>;

export type LocationWarning = { column: ColumnKey; code: "postalCodeCentre" | "noPosition" };

export function resolveImportLocation(
  location: LocationInput,
  organization: OrganizationPlace | null,
  stored: StoredOffer | null,
  centres: PostalCentres,
): { location: ResolvedLocation; warning: LocationWarning | null } {
  const common = {
    locationType: location.type,
    locationNote: location.note,
    onlineUrl: location.type === "ONLINE" ? location.onlineUrl : null,
  };
  if (location.type !== "ADDRESS") {
    return {
      location: {
        ...common,
        locationName: null,
        street: null,
        postalCode: null,
        city: null,
        lat: null,
        lng: null,
        districtId: null,
        geoSource: "NONE",
      },
      warning: null,
    };
  }
  const address = location.sameAsOrganization
    ? { street: organization?.street ?? null, postalCode: organization?.postalCode ?? null, city: organization?.city ?? null }
    : { street: location.street, postalCode: location.postalCode, city: location.city };
  const base = { ...common, locationName: location.locationName, ...address };
  const centre = address.postalCode ? centres.get(address.postalCode) : undefined;
  const fallback = (): { location: ResolvedLocation; warning: LocationWarning } =>
    centre
      ? {
          location: { ...base, lat: centre.lat, lng: centre.lng, districtId: centre.districtId, geoSource: "POSTAL_CODE" },
          warning: { column: "postalCode", code: "postalCodeCentre" },
        }
      : {
          location: { ...base, lat: null, lng: null, districtId: null, geoSource: "NONE" },
          warning: { column: "postalCode", code: "noPosition" },
        };

  if (location.sameAsOrganization) {
    if (organization && organization.lat !== null && organization.lng !== null) {
      return {
        location: {
          ...base,
          lat: organization.lat,
          lng: organization.lng,
          districtId: organization.districtId,
          geoSource: organization.geoSource === "NONE" ? "POSTAL_CODE" : organization.geoSource,
        },
        warning: null,
      };
    }
    return fallback();
  }
  const sameAddress =
    stored && stored.street === address.street && stored.postalCode === address.postalCode && stored.city === address.city;
  const givenPosition = location.lat !== null && location.lng !== null;
  if (
    sameAddress &&
    stored.lat !== null &&
    stored.lng !== null &&
    (!givenPosition || (location.lat === stored.lat && location.lng === stored.lng))
  ) {
    return {
      location: { ...base, lat: stored.lat, lng: stored.lng, districtId: stored.districtId, geoSource: stored.geoSource },
      warning: null,
    };
  }
  if (givenPosition) {
    return {
      location: { ...base, lat: location.lat, lng: location.lng, districtId: centre?.districtId ?? null, geoSource: "MANUAL" },
      warning: null,
    };
  }
  return fallback();
}
