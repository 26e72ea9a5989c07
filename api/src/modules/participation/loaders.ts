/**
 * DataLoaders of the participation data, built per request in context.ts. Lists that a page of
 * schools asks for (bookings, participations) are read per municipality, not per school, so a page
 * costs the same number of round trips whatever its size.
 */
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import DataLoader from 'dataloader';
import type { Services } from '../../context.ts';
import type { Catalogue } from '../../sources/content/catalogue.ts';
import type { Locale, OfferDoc } from '../../sources/content/types.ts';
import {
  stripKeys,
  toBooking,
  toParticipation,
  toSchool,
  type BookingRecord,
  type ParticipationRecord,
  type SchoolRecord,
} from '../../sources/dynamodb/items.ts';
import { keys, type Key } from '../../sources/dynamodb/keys.ts';
import { queryIndex, type Item } from '../../sources/dynamodb/query.ts';
import type { ParticipationStore } from '../../sources/dynamodb/store.ts';
import type { AmbitionTalkRecord } from '../ambition-talks/inputs.ts';
import type { EviResultRecord } from '../evi/inputs.ts';
import type { OfferRef, OfferSource, ParticipationDeps, RegionDirectory } from './deps.ts';
import { PERIODS, type Period } from './vocabulary.ts';

/** Items by key in as few BatchGetItem calls as the keys need (100 per call), retrying unprocessed keys. */
export async function batchGet(store: ParticipationStore, wanted: readonly Key[]): Promise<Map<string, Item>> {
  const found = new Map<string, Item>();
  const unique = [...new Map(wanted.map((k) => [`${k.pk}|${k.sk}`, k])).values()];
  for (let i = 0; i < unique.length; i += 100) {
    let pending: Record<string, unknown>[] = unique.slice(i, i + 100).map((k) => ({ pk: k.pk, sk: k.sk }));
    for (let attempt = 0; pending.length > 0 && attempt < 8; attempt++) {
      const result = await store.doc.send(new BatchGetCommand({ RequestItems: { [store.tableName]: { Keys: pending } } }));
      for (const item of result.Responses?.[store.tableName] ?? []) found.set(`${item.pk}|${item.sk}`, item);
      pending = (result.UnprocessedKeys?.[store.tableName]?.Keys ?? []) as Record<string, unknown>[];
    }
  }
  return found;
}

const keyOf = (k: Key) => `${k.pk}|${k.sk}`;
const byRequest = (a: BookingRecord, b: BookingRecord) => a.requestedAt.localeCompare(b.requestedAt) || a.id.localeCompare(b.id);

/** A school's bookings of one school year; `municipalityCode` lets a page of schools be read per municipality. */
export interface SchoolYearKey {
  readonly schoolId: string;
  readonly municipalityCode: string;
  readonly schoolYear: string;
}

export interface ParticipationLoaders {
  /** Schools by BRIN6, as stored (no access check: resolvers ask the policy). */
  readonly schools: DataLoader<string, SchoolRecord | null>;
  /** Schools of a municipality (DUO facts). */
  readonly schoolsByMunicipality: DataLoader<string, SchoolRecord[]>;
  readonly bookings: DataLoader<string, BookingRecord | null>;
  readonly bookingsBySchool: DataLoader<SchoolYearKey, BookingRecord[], string>;
  readonly bookingsByPartner: DataLoader<{ partnerId: string; schoolYear: string }, BookingRecord[], string>;
  readonly participationsBySchool: DataLoader<{ schoolId: string; municipalityCode: string }, ParticipationRecord[], string>;
  readonly eviResultsBySchool: DataLoader<string, EviResultRecord[]>;
  readonly ambitionTalksBySchool: DataLoader<string, AmbitionTalkRecord[]>;
  /** Published offers by documentId, from the in-memory catalogue of the request's language. */
  readonly offers: DataLoader<string, OfferDoc | null>;
}

export function participationStore(services: Services): ParticipationStore {
  return { doc: services.doc, tableName: services.tables.participation, now: services.now };
}

export function createParticipationLoaders(services: Services, locale: Locale): ParticipationLoaders {
  const store = participationStore(services);
  const catalogue = (): Promise<Catalogue> => services.catalogue.get(locale);

  return {
    schools: new DataLoader(async (ids) => {
      const found = await batchGet(store, ids.map(keys.school));
      return ids.map((id) => {
        const item = found.get(keyOf(keys.school(id)));
        return item ? toSchool(item) : null;
      });
    }),
    schoolsByMunicipality: new DataLoader((codes) =>
      Promise.all(codes.map(async (code) => (await queryIndex(store, 'gsi1', `MUNICIPALITY#${code}`, 'SCHOOL#')).map(toSchool))),
    ),
    bookings: new DataLoader(async (ids) => {
      const found = await batchGet(store, ids.map(keys.booking));
      return ids.map((id) => {
        const item = found.get(keyOf(keys.booking(id)));
        return item ? toBooking(item) : null;
      });
    }),
    bookingsBySchool: new DataLoader(
      async (wanted) => {
        if (wanted.length === 1) {
          const { schoolId, schoolYear } = wanted[0]!;
          return [(await queryIndex(store, 'gsi1', `SCHOOL#${schoolId}`, `BOOKING#${schoolYear}#`)).map(toBooking).sort(byRequest)];
        }
        // Several schools: one query per municipality and year, grouped by school.
        const partitions = [...new Set(wanted.map((w) => `MUNICIPALITY#${w.municipalityCode}#YEAR#${w.schoolYear}`))];
        const all = (await Promise.all(partitions.map((pk) => queryIndex(store, 'gsi4', pk)))).flat().map(toBooking);
        return wanted.map((w) => all.filter((b) => b.schoolId === w.schoolId && b.schoolYear === w.schoolYear).sort(byRequest));
      },
      { cacheKeyFn: (k) => `${k.schoolId}|${k.schoolYear}` },
    ),
    bookingsByPartner: new DataLoader(
      (wanted) =>
        Promise.all(
          wanted.map(async (w) =>
            (await queryIndex(store, 'gsi3', `PARTNER#${w.partnerId}#YEAR#${w.schoolYear}`)).map(toBooking).sort(byRequest),
          ),
        ),
      { cacheKeyFn: (k) => `${k.partnerId}|${k.schoolYear}` },
    ),
    participationsBySchool: new DataLoader(
      async (wanted) => {
        if (wanted.length === 1) {
          return [(await queryIndex(store, null, `SCHOOL#${wanted[0]!.schoolId}`, 'PARTICIPATION#')).map(toParticipation)];
        }
        // Several schools: one query per period and municipality.
        const codes = [...new Set(wanted.map((w) => w.municipalityCode))];
        const periods = Object.keys(PERIODS) as Period[];
        const all = (
          await Promise.all(periods.flatMap((p) => codes.map((c) => queryIndex(store, 'gsi2', `PARTICIPATION#${p}`, `MUNICIPALITY#${c}#`))))
        )
          .flat()
          .map(toParticipation);
        return wanted.map((w) => all.filter((p) => p.schoolId === w.schoolId).sort((a, b) => a.period.localeCompare(b.period)));
      },
      { cacheKeyFn: (k) => k.schoolId },
    ),
    eviResultsBySchool: new DataLoader((ids) =>
      Promise.all(ids.map(async (id) => (await queryIndex(store, null, `SCHOOL#${id}`, 'EVI#')).map((i) => stripKeys<EviResultRecord>(i)))),
    ),
    ambitionTalksBySchool: new DataLoader((ids) =>
      Promise.all(
        ids.map(async (id) => (await queryIndex(store, null, `SCHOOL#${id}`, 'AMBITION#')).map((i) => stripKeys<AmbitionTalkRecord>(i))),
      ),
    ),
    offers: new DataLoader(async (ids) => {
      const { offersById } = await catalogue();
      return ids.map((id) => offersById.get(id) ?? null);
    }),
  };
}

/** What the booking operations need to know of an offer, from the published catalogue. */
export function offerRefOf(offer: OfferDoc): OfferRef | null {
  if (!offer.partner) return null; // an offer without a partner cannot be answered, so it cannot be booked
  return {
    id: offer.id,
    partnerId: offer.partner.id,
    capacity: offer.capacity ?? null,
    disciplines: offer.disciplines,
    sectors: offer.sectors,
    municipalityCodes: offer.municipalityCodes,
    slug: offer.slug,
    title: offer.title,
  };
}

/** The participation operations' dependencies over this request's loaders and the catalogue. */
export function participationDeps(services: Services, loaders: Pick<ParticipationLoaders, 'offers'>): ParticipationDeps {
  const offers: OfferSource = {
    getOffer: async (id) => {
      const offer = await loaders.offers.load(id);
      return offer ? offerRefOf(offer) : null;
    },
  };
  const regions: RegionDirectory = {
    municipalityCodes: async (regionId) => (await services.catalogue.get('nl')).regionsById.get(regionId)?.municipalityCodes ?? [],
  };
  return { store: participationStore(services), offers, regions };
}
