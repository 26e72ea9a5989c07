/**
 * The whole filter lives in the URL (`?gemeente=GM0518&discipline=MUSIC`), so a search can be
 * shared or bookmarked. Parameter names are Dutch, like the page; values are the API's.
 */
import type { Audience, Discipline, LocationType, OfferFilter, OfferType, Sector } from '@cmk/client';

export const PARAMS = {
  text: 'q',
  region: 'regio',
  municipality: 'gemeente',
  discipline: 'discipline',
  sector: 'onderwijs',
  grade: 'groep',
  offerType: 'soort',
  locationType: 'locatie',
  maxPrice: 'maxprijs',
  audience: 'voor',
} as const;

export type ListParam = 'municipality' | 'discipline' | 'sector' | 'offerType' | 'locationType';

const list = (params: URLSearchParams, name: string) => params.getAll(name).filter((v) => v.trim() !== '');
const positive = (raw: string | null): number | undefined => {
  if (raw === null || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
};

export function filterFromParams(params: URLSearchParams): OfferFilter {
  const filter: OfferFilter = {};
  const text = params.get(PARAMS.text)?.trim();
  if (text) filter.text = text;
  const region = params.get(PARAMS.region);
  if (region) filter.regionId = region;
  const municipalities = list(params, PARAMS.municipality);
  if (municipalities.length) filter.municipalityCodes = municipalities;
  const disciplines = list(params, PARAMS.discipline);
  if (disciplines.length) filter.disciplines = disciplines as Discipline[];
  const sectors = list(params, PARAMS.sector);
  if (sectors.length) filter.sectors = sectors as Sector[];
  const grade = positive(params.get(PARAMS.grade));
  if (grade !== undefined && Number.isInteger(grade)) filter.grade = grade;
  const offerTypes = list(params, PARAMS.offerType);
  if (offerTypes.length) filter.offerTypes = offerTypes as OfferType[];
  const locationTypes = list(params, PARAMS.locationType);
  if (locationTypes.length) filter.locationTypes = locationTypes as LocationType[];
  const maxPrice = positive(params.get(PARAMS.maxPrice));
  if (maxPrice !== undefined) filter.maxPricePerPupil = maxPrice;
  const audience = params.get(PARAMS.audience);
  if (audience === 'PUPILS' || audience === 'TEACHERS') filter.audience = audience as Audience;
  return filter;
}

/** The params with one value of a list filter switched on or off. */
export function toggleValue(params: URLSearchParams, param: ListParam, value: string, on: boolean): URLSearchParams {
  const name = PARAMS[param];
  const next = new URLSearchParams(params);
  const values = new Set(next.getAll(name));
  if (on) values.add(value);
  else values.delete(value);
  next.delete(name);
  for (const v of [...values].sort()) next.append(name, v);
  return next;
}

/** The params with one single-value filter set, or removed when empty. */
export function setValue(params: URLSearchParams, param: Exclude<keyof typeof PARAMS, ListParam>, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value.trim() === '') next.delete(PARAMS[param]);
  else next.set(PARAMS[param], value.trim());
  return next;
}

export const selectedValues = (params: URLSearchParams, param: ListParam): Set<string> => new Set(params.getAll(PARAMS[param]));
