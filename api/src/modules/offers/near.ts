/**
 * Place and distance of offers: where an offer's venue is, where a search is measured from, and
 * which offers are "near" it. Distances are great-circle distances on a sphere of the Earth's mean
 * radius (haversine formula): as the crow flies, not by road, and within 0.5 % of the ellipsoid
 * at Dutch latitudes. Everything here is pure but `resolveOrigin`, which may read the school.
 */
import type { OfferDoc, PlaceDoc } from '../../domain/content.ts';
import type { Catalogue } from '../../sources/content/catalogue.ts';
import { UserFacingError } from '../../shared/errors.ts';

/** Mean Earth radius (IUGG), in km. */
export const EARTH_RADIUS_KM = 6371.0088;

export interface GeoPoint {
  readonly latitude: number;
  readonly longitude: number;
}

/** A place with the position the API uses for it; `approximate`: its municipality's centre, not its own. */
export interface ResolvedPlace extends PlaceDoc {
  readonly approximate: boolean;
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** The great-circle distance between two points, in km (haversine formula). */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

const hasPosition = (p: { latitude?: number; longitude?: number } | undefined): p is GeoPoint =>
  typeof p?.latitude === 'number' && typeof p.longitude === 'number';

/** A place with its own position, or else its municipality's centre (approximate), or as it is when neither is known. */
export function resolvePlace(place: PlaceDoc, catalogue: Catalogue, fallbackMunicipality?: string): ResolvedPlace {
  if (hasPosition(place)) return { ...place, approximate: false };
  const code = place.address?.municipalityCode ?? fallbackMunicipality;
  const centre = code ? catalogue.municipalitiesByCode.get(code) : undefined;
  return hasPosition(centre)
    ? { ...place, latitude: centre.latitude, longitude: centre.longitude, approximate: true }
    : { ...place, approximate: false };
}

/**
 * Where pupils go for an offer: the venue the editor entered; for an offer at the partner's venue
 * without one, the partner's address (or its home municipality). None for offers at school or
 * online, unless the editor entered a venue.
 */
export function venueOf(offer: OfferDoc, catalogue: Catalogue): ResolvedPlace | undefined {
  if (offer.venue) return resolvePlace(offer.venue, catalogue, offer.partner?.municipalityCode);
  if (offer.locationType !== 'AT_VENUE' || !offer.partner) return undefined;
  const partner = catalogue.partnersById.get(offer.partner.id);
  return resolvePlace(partner?.location ?? {}, catalogue, partner?.municipalityCode ?? offer.partner.municipalityCode);
}

/** Per catalogue, each offer's venue position (null when it has none), computed once. */
const positions = new WeakMap<readonly OfferDoc[], Map<string, GeoPoint | null>>();
function venuePosition(offer: OfferDoc, catalogue: Catalogue): GeoPoint | null {
  let byId = positions.get(catalogue.offers);
  if (!byId) positions.set(catalogue.offers, (byId = new Map()));
  let position = byId.get(offer.id);
  if (position === undefined) {
    const venue = venueOf(offer, catalogue);
    position = hasPosition(venue) ? { latitude: venue.latitude, longitude: venue.longitude } : null;
    byId.set(offer.id, position);
  }
  return position;
}

/** Where distances are measured from, once resolved: a point, and the municipality it is in when known (a school's). */
export interface Origin extends GeoPoint {
  readonly municipalityCode?: string;
  readonly approximate: boolean;
}

/** The input of `near` and `distanceKm(from:)`: a school or a point. */
export interface OriginInput {
  readonly schoolId?: string | null;
  readonly latitude?: number | null;
  readonly longitude?: number | null;
}

export interface NearInput extends OriginInput {
  readonly maxKm: number;
}

/** A school as far as distance needs it. */
export interface SchoolPlace {
  readonly municipalityCode: string;
  readonly latitude?: number;
  readonly longitude?: number;
}

const bad = (message: string, field: string) => new UserFacingError('BAD_USER_INPUT', message, { field });

/** Checks the shape of an origin: a school or both coordinates, not both, in range. */
export function checkOrigin(input: OriginInput, field: string): void {
  const point = input.latitude != null || input.longitude != null;
  if (input.schoolId && point) throw bad(`${field}: give either schoolId or latitude and longitude, not both.`, field);
  if (!input.schoolId && !point) throw bad(`${field}: give a schoolId, or latitude and longitude.`, field);
  if (point) {
    if (input.latitude == null || input.longitude == null) throw bad(`${field}: latitude and longitude go together.`, field);
    if (!(Math.abs(input.latitude) <= 90)) throw bad(`${field}.latitude must be between -90 and 90 (WGS84 degrees).`, field);
    if (!(Math.abs(input.longitude) <= 180)) throw bad(`${field}.longitude must be between -180 and 180 (WGS84 degrees).`, field);
  }
}

export function checkNear(near: NearInput): void {
  checkOrigin(near, 'near');
  if (!(Number.isFinite(near.maxKm) && near.maxKm > 0)) throw bad('near.maxKm must be a distance in km above 0.', 'near');
}

/**
 * The origin of a checked input. A school is placed at its own coordinates (DUO's location data)
 * or else at its municipality's centre, marked approximate; `loadSchool` applies the access policy.
 */
export async function resolveOrigin(
  input: OriginInput,
  catalogue: Catalogue,
  loadSchool: (schoolId: string) => Promise<SchoolPlace>,
): Promise<Origin> {
  if (!input.schoolId) return { latitude: input.latitude!, longitude: input.longitude!, approximate: false };
  const school = await loadSchool(input.schoolId);
  if (hasPosition(school)) {
    return { latitude: school.latitude, longitude: school.longitude, municipalityCode: school.municipalityCode, approximate: false };
  }
  const centre = catalogue.municipalitiesByCode.get(school.municipalityCode);
  if (!hasPosition(centre)) {
    throw new UserFacingError(
      'BAD_USER_INPUT',
      `School ${input.schoolId} has no coordinates, and its municipality ${school.municipalityCode} has no centre in the CMS: search from latitude and longitude instead.`,
      { field: 'schoolId' },
    );
  }
  return { latitude: centre.latitude, longitude: centre.longitude, municipalityCode: school.municipalityCode, approximate: true };
}

/** The distance from the origin to the offer's venue, in km; null when the offer has no venue position. */
export function distanceKm(offer: OfferDoc, catalogue: Catalogue, origin: GeoPoint): number | null {
  const position = venuePosition(offer, catalogue);
  return position ? haversineKm(origin, position) : null;
}

/**
 * Whether an offer is "near" the origin:
 * - online offers always are;
 * - offers at school are when they serve the school's municipality (from a bare point: when one
 *   of their municipalities' centres is within maxKm);
 * - offers at a venue are when the venue is within maxKm;
 * - offers by agreement are when either holds.
 */
export function nearTest(catalogue: Catalogue, origin: Origin, maxKm: number): (offer: OfferDoc) => boolean {
  const serves = (offer: OfferDoc) =>
    origin.municipalityCode
      ? offer.municipalityCodes.includes(origin.municipalityCode)
      : offer.municipalityCodes.some((code) => {
          const centre = catalogue.municipalitiesByCode.get(code);
          return hasPosition(centre) && haversineKm(origin, centre) <= maxKm;
        });
  const within = (offer: OfferDoc) => {
    const d = distanceKm(offer, catalogue, origin);
    return d !== null && d <= maxKm;
  };
  return (offer) => {
    switch (offer.locationType) {
      case 'ONLINE':
        return true;
      case 'AT_SCHOOL':
        return serves(offer);
      case 'AT_VENUE':
        return within(offer);
      case 'BY_AGREEMENT':
        return within(offer) || serves(offer);
    }
  };
}
