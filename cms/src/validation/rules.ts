import { errors } from '@strapi/utils';
import type { Core } from '@strapi/strapi';

/** A broken rule: the attribute path and a Dutch message that names the field as the editor sees it. */
export interface RuleViolation {
  path: string[];
  message: string;
}

export const CBS_MUNICIPALITY = /^GM\d{4}$/;
export const CBS_PROVINCE = /^PV\d{2}$/;

type RelationInput = unknown;

interface OfferState {
  documentId?: string;
  locale?: string;
  slug?: string;
  disciplines: string[];
  municipalities: string[];
  sectors: string[];
  gradeFrom?: number | null;
  gradeTo?: number | null;
  capacity?: number | null;
  maxPupilsPerSession?: number | null;
  durationMinutes?: number | null;
  bookingOpensOn?: string | null;
  bookingClosesOn?: string | null;
  prices?: Array<{ amount?: number | string | null }> | null;
  sessions?: SessionInput[] | null;
}

export interface SessionInput {
  date?: string | null;
  startTime?: string | null;
  endTime?: string | null;
  places?: number | string | null;
  bookingDeadline?: string | null;
}

const isSet = (v: unknown) => v !== undefined && v !== null && v !== '';

/** The content API and the admin send relations in several shapes; reduce them to documentIds. */
export async function resolveRelation(strapi: Core.Strapi, targetUid: string, input: RelationInput, existing: string[]): Promise<string[]> {
  if (input === undefined) return existing;
  if (input === null) return [];
  const toKeys = (items: unknown[]) => items.map((item) => (typeof item === 'object' && item !== null ? item : { value: item }));
  const normalise = async (items: unknown[]): Promise<string[]> => {
    const out: string[] = [];
    for (const raw of toKeys(items) as Array<Record<string, unknown>>) {
      const ref = raw.documentId ?? raw.id ?? raw.value;
      if (typeof ref === 'string' && !/^\d+$/.test(ref)) out.push(ref);
      else if (ref !== undefined && ref !== null) {
        const row = await strapi.db.query(targetUid as any).findOne({ where: { id: Number(ref) }, select: ['documentId'] });
        if (row) out.push(row.documentId);
      }
    }
    return out;
  };
  if (Array.isArray(input)) return normalise(input);
  if (typeof input === 'string' || typeof input === 'number') return normalise([input]);
  if (typeof input === 'object') {
    const { set, connect, disconnect } = input as { set?: unknown[]; connect?: unknown[]; disconnect?: unknown[] };
    if (set) return normalise(Array.isArray(set) ? set : [set]);
    const removed = new Set(await normalise(disconnect ? (Array.isArray(disconnect) ? disconnect : [disconnect]) : []));
    const added = await normalise(connect ? (Array.isArray(connect) ? connect : [connect]) : []);
    return [...new Set([...existing.filter((id) => !removed.has(id)), ...added])];
  }
  return existing;
}

async function loadExistingOffer(strapi: Core.Strapi, documentId: string | undefined, locale: string | undefined) {
  if (!documentId) return null;
  const populate = {
    disciplines: { select: ['documentId'] },
    municipalities: { select: ['documentId'] },
    sectors: { select: ['documentId'] },
    prices: true,
    sessions: true,
  };
  const query = strapi.db.query('api::offer.offer');
  const same = await query.findOne({ where: { documentId, publishedAt: null, ...(locale ? { locale } : {}) }, populate });
  // A new translation: lists, numbers and prices are shared between languages, so the other locale's values apply.
  return same ?? query.findOne({ where: { documentId, publishedAt: null }, populate });
}

const docIds = (rows: Array<{ documentId: string }> | undefined) => (rows ?? []).map((r) => r.documentId);

export async function offerState(
  strapi: Core.Strapi,
  data: Record<string, any>,
  { documentId, locale }: { documentId?: string; locale?: string },
): Promise<OfferState> {
  const existing = (await loadExistingOffer(strapi, documentId, locale)) ?? {};
  const pick = <K extends keyof OfferState>(key: K) => (key in data ? data[key as string] : (existing as any)[key]);
  return {
    documentId,
    locale,
    slug: pick('slug'),
    disciplines: await resolveRelation(strapi, 'api::discipline.discipline', data.disciplines, docIds(existing.disciplines)),
    municipalities: await resolveRelation(strapi, 'api::municipality.municipality', data.municipalities, docIds(existing.municipalities)),
    sectors: await resolveRelation(strapi, 'api::sector.sector', data.sectors, docIds(existing.sectors)),
    gradeFrom: pick('gradeFrom'),
    gradeTo: pick('gradeTo'),
    capacity: pick('capacity'),
    maxPupilsPerSession: pick('maxPupilsPerSession'),
    durationMinutes: pick('durationMinutes'),
    bookingOpensOn: pick('bookingOpensOn'),
    bookingClosesOn: pick('bookingClosesOn'),
    prices: pick('prices'),
    sessions: pick('sessions'),
  };
}

export async function checkOffer(strapi: Core.Strapi, state: OfferState): Promise<RuleViolation[]> {
  const out: RuleViolation[] = [];
  if (state.disciplines.length === 0) out.push({ path: ['disciplines'], message: 'Disciplines: kies minstens één discipline.' });
  if (state.municipalities.length === 0)
    out.push({ path: ['municipalities'], message: 'Gemeenten: kies minstens één gemeente waar het aanbod beschikbaar is.' });

  for (const [key, label] of [
    ['capacity', 'Capaciteit per schooljaar'],
    ['maxPupilsPerSession', 'Maximum aantal leerlingen per sessie'],
    ['durationMinutes', 'Duur (minuten)'],
  ] as const) {
    const value = state[key];
    if (isSet(value) && Number(value) < 0) out.push({ path: [key], message: `${label}: mag niet negatief zijn.` });
  }
  (state.prices ?? []).forEach((price, index) => {
    if (price && isSet(price.amount) && Number(price.amount) < 0)
      out.push({ path: ['prices', String(index), 'amount'], message: `Prijzen: bedrag ${index + 1} mag niet negatief zijn.` });
  });

  const from = isSet(state.gradeFrom) ? Number(state.gradeFrom) : undefined;
  const to = isSet(state.gradeTo) ? Number(state.gradeTo) : undefined;
  if (from !== undefined || to !== undefined) {
    const sectors = state.sectors.length
      ? await strapi.db.query('api::sector.sector').findMany({ where: { documentId: { $in: state.sectors } } })
      : [];
    const levels = [...new Set(sectors.map((s: any) => s.level as string))];
    if (sectors.length === 0) {
      out.push({ path: ['sectors'], message: 'Sectoren: kies een sector bij een groeps- of leerjaarbereik.' });
    } else if (levels.length > 1) {
      out.push({
        path: ['gradeFrom'],
        message: 'Vanaf groep/leerjaar: een bereik geldt voor één schoolsoort; kies sectoren van één schoolsoort of laat het bereik leeg.',
      });
    } else {
      const min = Math.max(...sectors.map((s: any) => s.gradeMin));
      const max = Math.min(...sectors.map((s: any) => s.gradeMax));
      const unit = sectors[0].gradeUnit ?? 'groep';
      const level = `${sectors.map((s: any) => s.name).join(', ')} (${unit} ${min}–${max})`;
      if (from !== undefined && (from < min || from > max))
        out.push({ path: ['gradeFrom'], message: `Vanaf groep/leerjaar: ${from} past niet bij ${level}.` });
      if (to !== undefined && (to < min || to > max))
        out.push({ path: ['gradeTo'], message: `Tot en met groep/leerjaar: ${to} past niet bij ${level}.` });
      if (from !== undefined && to !== undefined && from > to)
        out.push({ path: ['gradeTo'], message: 'Tot en met groep/leerjaar: moet gelijk aan of hoger zijn dan "vanaf".' });
    }
  }
  out.push(...checkSessions(state.sessions));
  if (state.bookingOpensOn && state.bookingClosesOn && String(state.bookingOpensOn) > String(state.bookingClosesOn))
    out.push({ path: ['bookingClosesOn'], message: 'Aanmelden tot: moet op of na "aanmelden vanaf" liggen.' });
  return out;
}

/** Strapi stores times as HH:MM:SS.mmm; editors and the API think in HH:MM. */
const minutes = (time: unknown) => {
  const m = /^(\d{2}):(\d{2})/.exec(String(time ?? ''));
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
};

/**
 * Sessions of an offer with fixed dates: the end after the start, at least one place, a deadline
 * on or before the day itself, and no two sessions starting at the same moment (a session is known
 * by its date and start time, so bookings keep pointing at it when an editor edits the others).
 */
export function checkSessions(sessions: SessionInput[] | null | undefined): RuleViolation[] {
  const out: RuleViolation[] = [];
  const seen = new Set<string>();
  (sessions ?? []).forEach((session, index) => {
    if (!session) return;
    const n = index + 1;
    const at = (field: string) => ['sessions', String(index), field];
    const start = minutes(session.startTime);
    const end = minutes(session.endTime);
    if (start !== undefined && end !== undefined && end <= start)
      out.push({ path: at('endTime'), message: `Sessies: sessie ${n} moet eindigen na de begintijd.` });
    if (isSet(session.places) && !(Number.isInteger(Number(session.places)) && Number(session.places) >= 1))
      out.push({ path: at('places'), message: `Sessies: sessie ${n} heeft minstens 1 plaats nodig.` });
    if (session.bookingDeadline && session.date && String(session.bookingDeadline) > String(session.date))
      out.push({ path: at('bookingDeadline'), message: `Sessies: de aanmelddeadline van sessie ${n} moet op of vóór de datum liggen.` });
    const key = `${session.date}T${String(session.startTime ?? '').slice(0, 5)}`;
    if (session.date && start !== undefined && seen.has(key))
      out.push({ path: at('startTime'), message: `Sessies: sessie ${n} begint op hetzelfde moment als een eerdere sessie.` });
    seen.add(key);
  });
  return out;
}

export async function checkUniqueSlug(
  strapi: Core.Strapi,
  uid: string,
  slug: unknown,
  documentId: string | undefined,
): Promise<RuleViolation[]> {
  if (!isSet(slug)) return [];
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(String(slug)))
    return [{ path: ['slug'], message: 'Slug: gebruik kleine letters, cijfers en streepjes, bijvoorbeeld "dans-in-de-klas".' }];
  const where: Record<string, unknown> = { slug };
  if (documentId) where.documentId = { $ne: documentId };
  const clash = await strapi.db.query(uid as any).findOne({ where, select: ['documentId'] });
  return clash ? [{ path: ['slug'], message: `Slug: "${slug}" is al in gebruik; kies een andere.` }] : [];
}

export function checkMunicipality(data: Record<string, any>): RuleViolation[] {
  const out: RuleViolation[] = [];
  if ('code' in data && !CBS_MUNICIPALITY.test(String(data.code ?? '')))
    out.push({ path: ['code'], message: 'CBS-code: gebruik GM gevolgd door vier cijfers, bijvoorbeeld GM0392.' });
  if ('provinceCode' in data && !CBS_PROVINCE.test(String(data.provinceCode ?? '')))
    out.push({ path: ['provinceCode'], message: 'Provinciecode: gebruik PV gevolgd door twee cijfers, bijvoorbeeld PV27.' });
  return out;
}

/**
 * Coordinates come as a pair: one without the other cannot place anything, and the API would
 * silently fall back to the municipality's centre. Strapi's own min/max already bound each value.
 */
export function checkCoordinates(place: unknown, path: string[], label: string): RuleViolation[] {
  if (!place || typeof place !== 'object') return [];
  const { latitude, longitude } = place as { latitude?: unknown; longitude?: unknown };
  if (isSet(latitude) === isSet(longitude)) return [];
  const missing = isSet(latitude) ? 'longitude' : 'latitude';
  return [
    {
      path: [...path, missing],
      message: `${label}: vul breedtegraad én lengtegraad in (WGS84, bijvoorbeeld 52.38 en 4.64), of laat beide leeg.`,
    },
  ];
}

export function checkProvinceCode(data: Record<string, any>): RuleViolation[] {
  if (isSet(data.provinceCode) && !CBS_PROVINCE.test(String(data.provinceCode)))
    return [{ path: ['provinceCode'], message: 'Provinciecode: gebruik PV gevolgd door twee cijfers, bijvoorbeeld PV28.' }];
  return [];
}

/** A knowledge item's links open outside the platform: only web addresses, never `javascript:` or a file path. */
export function checkLinks(links: unknown): RuleViolation[] {
  if (!Array.isArray(links)) return [];
  return links.flatMap((link: Record<string, unknown>, i) => {
    const url = typeof link?.url === 'string' ? link.url.trim() : '';
    let ok: boolean;
    try {
      ok = ['http:', 'https:'].includes(new URL(url).protocol);
    } catch {
      ok = false;
    }
    return ok ? [] : [{ path: ['links', String(i), 'url'], message: `Link ${i + 1}: gebruik een webadres dat begint met https://.` }];
  });
}

/** A meeting happens somewhere: a place, or online. */
export function checkMeetings(meetings: unknown): RuleViolation[] {
  if (!Array.isArray(meetings)) return [];
  return meetings.flatMap((m: Record<string, unknown>, i) =>
    m && !isSet(m.place) && m.online !== true
      ? [{ path: ['meetings', String(i), 'place'], message: `Bijeenkomst ${i + 1}: vul een plaats in of kies online.` }]
      : [],
  );
}

export function toValidationError(violations: RuleViolation[]): errors.ValidationError {
  return new errors.ValidationError(violations.map((v) => v.message).join(' '), {
    errors: violations.map((v) => ({ path: v.path, message: v.message, name: 'ValidationError', value: null })),
  });
}
