import type { LinkBitWords } from "../link-bits";
import type { OfferSearchQuery } from "../params/vocabulary";
import type { PlaceResolved } from "../place";
import type { SearchContext } from "../search-context";
import { placeholders, type Fragment } from "./fragment";

// The WHERE pieces of the offer search besides visibility, keyword and schedule, on the offer alias
// `o`. Each returns its conditions in a fixed order: the callers rely on the parameter order.

const KM_PER_DEGREE = 111.195;

/**
 * Category, target group and language. With `correlated` a per-offer lookup through the link
 * table's primary key (a page query walking an index over a few hundred offers, or few keyword
 * matches); otherwise a set built once (the COUNT, sorting every match).
 */
export function linkFilters(query: OfferSearchQuery, ctx: SearchContext, correlated: boolean): Fragment[] {
  const out: Fragment[] = [];
  const linked = (table: string, condition: string) => {
    const alias = table.split(" ")[1];
    return correlated
      ? `EXISTS (SELECT 1 FROM ${table} WHERE ${alias}."offerId" = o."id" AND ${condition})`
      : `o."id" IN (SELECT ${alias}."offerId" FROM ${table} WHERE ${condition})`;
  };
  if (ctx.categoryBits !== null) {
    out.push(bitsFilter("searchCategories", ctx.categoryBits));
  } else if (ctx.categoryIds) {
    out.push({
      sql: linked(`"OfferCategory" oc`, `oc."categoryId" IN (${placeholders(ctx.categoryIds.length)})`),
      params: ctx.categoryIds,
    });
  }
  if (ctx.targetGroupBits !== null) {
    out.push(bitsFilter("searchTargetGroups", ctx.targetGroupBits));
  } else if (ctx.targetGroupIds) {
    out.push({
      sql: linked(`"OfferTargetGroup" otg`, `otg."targetGroupId" IN (${placeholders(ctx.targetGroupIds.length)})`),
      params: ctx.targetGroupIds,
    });
  }
  if (query.languages.length > 0) {
    out.push({
      sql: linked(`"OfferLanguage" ol`, `ol."code" IN (${placeholders(query.languages.length)})`),
      params: query.languages,
    });
  }
  return out;
}

/**
 * Linked to any term of the mask: its words on the offer (`column`, `column`2), each tested only when
 * the mask has a bit in it — on the covering index, without the link table.
 */
function bitsFilter(column: "searchCategories" | "searchTargetGroups", [first, second]: LinkBitWords): Fragment {
  const parts: Fragment[] = [];
  if (first !== 0) parts.push({ sql: `(o."${column}" & ?) <> 0`, params: [first] });
  if (second !== 0) parts.push({ sql: `(o."${column}2" & ?) <> 0`, params: [second] });
  if (parts.length === 0) return { sql: "0", params: [] };
  return parts.length === 1 ? parts[0] : { sql: `(${parts[0].sql} OR ${parts[1].sql})`, params: [...parts[0].params, ...parts[1].params] };
}

/** Filters on the offer's own columns. */
export function attributeFilters(query: OfferSearchQuery, ctx: SearchContext): Fragment[] {
  const out: Fragment[] = [];
  if (query.age !== null) {
    out.push({
      sql: `(o."ageMin" IS NULL OR o."ageMin" <= ?) AND (o."ageMax" IS NULL OR o."ageMax" >= ?)`,
      params: [query.age, query.age],
    });
  }
  if (ctx.districtIds) out.push({ sql: `o."districtId" IN (${placeholders(ctx.districtIds.length)})`, params: ctx.districtIds });
  if (query.free) out.push({ sql: `o."isFree" = 1`, params: [] });
  if (query.wheelchair) out.push({ sql: `o."wheelchair" = 'YES'`, params: [] });
  if (query.noRegistration) out.push({ sql: `o."registrationRequired" = 0`, params: [] });
  if (query.online) out.push({ sql: `o."locationType" = 'ONLINE'`, params: [] });
  return out;
}

/** Distance in km from the place to the offer's coordinates. Equirectangular: exact enough for ≤ 50 km. */
export function placeDistance(place: PlaceResolved): Fragment {
  const kx = KM_PER_DEGREE * Math.cos((place.lat * Math.PI) / 180);
  const ky = KM_PER_DEGREE;
  return {
    sql: `sqrt(((o."lat" - ?) * ?) * ((o."lat" - ?) * ?) + ((o."lng" - ?) * ?) * ((o."lng" - ?) * ?))`,
    params: [place.lat, ky, place.lat, ky, place.lng, kx, place.lng, kx],
  };
}

/** Offers within `r` km of the place; `distance` is `placeDistance(place)`. */
export function placeRadius(place: PlaceResolved, r: number, distance: Fragment): Fragment {
  const kx = KM_PER_DEGREE * Math.cos((place.lat * Math.PI) / 180);
  const ky = KM_PER_DEGREE;
  const dLat = r / ky;
  const dLng = r / Math.max(kx, 1e-6);
  // Inside the square inscribed in the circle (shrunk by 1e-9, far more than the rounding of the
  // distance expression) every offer is inside the circle: the distance is computed only for the
  // corners left between square and box.
  const inLat = (dLat / Math.SQRT2) * (1 - 1e-9);
  const inLng = (dLng / Math.SQRT2) * (1 - 1e-9);
  // Bounding box first (index on lat, lng), then the exact circle; online offers have no coordinates.
  return {
    sql: `o."lat" BETWEEN ? AND ? AND o."lng" BETWEEN ? AND ? AND o."locationType" <> 'ONLINE' AND ((o."lat" BETWEEN ? AND ? AND o."lng" BETWEEN ? AND ?) OR ${distance.sql} <= ?)`,
    params: [
      place.lat - dLat,
      place.lat + dLat,
      place.lng - dLng,
      place.lng + dLng,
      place.lat - inLat,
      place.lat + inLat,
      place.lng - inLng,
      place.lng + inLng,
      ...distance.params,
      r,
    ],
  };
}
