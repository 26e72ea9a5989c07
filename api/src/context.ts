/** The composition root of a request: who asks, the shared services, and this request's loaders. */
import type { RequestLogger } from './shared/logger.ts';
import type { Locale } from './domain/vocabulary.ts';
import type { Viewer } from './domain/viewer.ts';
import { createAmbitionTalkLoaders, type AmbitionTalkLoaders } from './modules/ambition-talks/loaders.ts';
import { createBookingLoaders, type BookingLoaders } from './modules/bookings/loaders.ts';
import { createEviLoaders, type EviLoaders } from './modules/evi/loaders.ts';
import { createOfferLoaders, offerRefOf, type OfferLoaders } from './modules/offers/loaders.ts';
import { createSchoolLoaders, type SchoolLoaders } from './modules/schools/loaders.ts';
import { participationStore, type Services } from './services.ts';
import type { OfferSource, ParticipationDeps } from './shared/deps.ts';
import { actorOf, type Actor, type RegionLookup } from './shared/policy.ts';

export type Loaders = OfferLoaders & SchoolLoaders & BookingLoaders & EviLoaders & AmbitionTalkLoaders;

/** Built per request: who asks, the shared services, and a logger that carries the request id. */
export interface Context {
  readonly viewer: Viewer;
  readonly services: Services;
  readonly logger: RequestLogger;
  readonly requestId: string;
  /** `nl` (default) or `en`, from Accept-Language: the language of labels. */
  readonly locale: Locale;
  /** DataLoaders of this request (batching and per-request caching). */
  readonly loaders: Loaders;
  /** The viewer with what the policy needs (an advisor's municipalities), loaded once per request. */
  readonly actor: () => Promise<Actor>;
  /** What the participation operations need: the store, offers and regions from the catalogue. */
  readonly participation: ParticipationDeps;
  /** This API's public base URL as the caller reached it (calendar feed URLs). */
  readonly publicBaseUrl: string;
}

export function localeFrom(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'nl';
  const first = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase(), q: q ? Number(q) : 1 };
    })
    .filter((l) => l.tag.startsWith('nl') || l.tag.startsWith('en'))
    .sort((a, b) => b.q - a.q)[0];
  return first?.tag.startsWith('en') ? 'en' : 'nl';
}

let local: string | undefined;
/** The local adapter's own address, read once: `process.env` is slow to read on every request. */
const localBaseUrl = () => (local ??= `http://localhost:${Number(process.env.API_PORT ?? 4000)}`);

export function createContext(input: {
  services: Services;
  viewer: Viewer;
  logger: RequestLogger;
  requestId: string;
  acceptLanguage?: string;
  /** The host the request came to, e.g. `https://abc.execute-api.eu-west-1.amazonaws.com`. */
  publicBaseUrl?: string;
}): Context {
  const { services } = input;
  const locale = localeFrom(input.acceptLanguage);
  const store = participationStore(services);
  const loaders: Loaders = {
    ...createOfferLoaders(services, locale),
    ...createSchoolLoaders(store),
    ...createBookingLoaders(store),
    ...createEviLoaders(store),
    ...createAmbitionTalkLoaders(store),
  };
  const offers: OfferSource = {
    getOffer: async (id) => {
      const offer = await loaders.offers.load(id);
      return offer ? offerRefOf(offer) : null;
    },
  };
  const regions: RegionLookup = {
    municipalityCodes: async (regionId) => (await services.catalogue.get('nl')).regionsById.get(regionId)?.municipalityCodes ?? [],
  };
  let actor: Promise<Actor> | undefined;
  return {
    viewer: input.viewer,
    services,
    logger: input.logger,
    requestId: input.requestId,
    locale,
    loaders,
    actor: () => (actor ??= actorOf(input.viewer, regions)),
    participation: { store, offers, regions, logger: input.logger },
    publicBaseUrl: services.env.CALENDAR_BASE_URL ?? input.publicBaseUrl ?? localBaseUrl(),
  };
}
