/**
 * Who could fill a blind spot: partners that already serve a neighbouring municipality in the
 * discipline, for a sector the blind spot's schools are in (docs in api/docs/region-dashboard.md).
 */
import type { MunicipalityDoc, OfferDoc } from '../../domain/content.ts';
import type { Discipline, Sector } from '../../domain/vocabulary.ts';

export interface Suggestion {
  readonly partnerId: string;
  readonly partnerName: string;
  readonly neighbourCodes: string[];
  readonly sectors: Sector[];
  readonly offerIds: string[];
}

const pointKey = ([longitude, latitude]: readonly [number, number]) => `${longitude},${latitude}`;

/** Kilometres between two centres (haversine; the earth as a sphere is close enough for "nearest"). */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * The neighbours of a municipality among those the CMS knows. Two municipalities are neighbours
 * when their boundaries share at least two points (a stretch of border: boundaries cut from one
 * topology share their vertices exactly). A municipality that shares a boundary with none of them
 * (or has no boundary) gets the one whose centre is nearest to its own instead.
 */
export function neighboursOf(code: string, municipalities: ReadonlyMap<string, MunicipalityDoc>): string[] {
  const self = municipalities.get(code);
  if (!self) return [];
  const others = [...municipalities.values()].filter((m) => m.id !== code);
  const mine = new Set((self.boundary ?? []).flat().map(pointKey));
  const bordering = others.filter((m) => {
    let shared = 0;
    for (const ring of m.boundary ?? []) for (const point of ring) if (mine.has(pointKey(point)) && ++shared >= 2) return true;
    return false;
  });
  if (bordering.length) return bordering.map((m) => m.id).sort();
  const { latitude, longitude } = self;
  if (latitude === undefined || longitude === undefined) return [];
  const placed = others.filter((m) => m.latitude !== undefined && m.longitude !== undefined);
  const nearest = placed.reduce<{ id: string; km: number } | undefined>((best, m) => {
    const km = distanceKm({ latitude, longitude }, { latitude: m.latitude!, longitude: m.longitude! });
    return !best || km < best.km ? { id: m.id, km } : best;
  }, undefined);
  return nearest ? [nearest.id] : [];
}

/** Partners with published offers in the discipline, for the sectors, in the neighbours; most offers first, then by name. */
export function suggestionsFor(
  spot: { municipalityCode: string; discipline: Discipline; sectors: readonly Sector[] },
  offers: readonly OfferDoc[],
  municipalities: ReadonlyMap<string, MunicipalityDoc>,
): Suggestion[] {
  const neighbours = new Set(neighboursOf(spot.municipalityCode, municipalities));
  const wanted = new Set(spot.sectors);
  const byPartner = new Map<string, { name: string; neighbours: Set<string>; sectors: Set<Sector>; offers: string[] }>();
  for (const offer of offers) {
    if (!offer.partner || !offer.disciplines.includes(spot.discipline)) continue;
    const sectors = offer.sectors.filter((s) => wanted.has(s));
    const served = offer.municipalityCodes.filter((c) => neighbours.has(c));
    if (!sectors.length || !served.length) continue;
    const entry = byPartner.get(offer.partner.id) ?? { name: offer.partner.name, neighbours: new Set(), sectors: new Set(), offers: [] };
    served.forEach((c) => entry.neighbours.add(c));
    sectors.forEach((s) => entry.sectors.add(s));
    entry.offers.push(offer.id);
    byPartner.set(offer.partner.id, entry);
  }
  return [...byPartner.entries()]
    .map(([partnerId, e]) => ({
      partnerId,
      partnerName: e.name,
      neighbourCodes: [...e.neighbours].sort(),
      sectors: spot.sectors.filter((s) => e.sectors.has(s)),
      offerIds: e.offers.sort(),
    }))
    .sort((a, b) => b.offerIds.length - a.offerIds.length || a.partnerName.localeCompare(b.partnerName, 'nl'));
}
