import type { Core } from '@strapi/strapi';
import { DISCIPLINES, KERNDOELEN, MUNICIPALITIES, SECTORS, THEMES } from './lists';
import { PARTNERS, PROJECTS, REGIONS, type PartnerSeed } from './content';
import { OFFERS, type OfferSeed } from './offers';
import { MUNICIPALITY_GEOMETRY } from './municipality-geometry';
import { ensureSeedImages, GENERATED_CREDIT } from './images';
import {
  COMMUNITIES_EN,
  KNOWLEDGE_ITEMS_EN,
  OFFER_DESCRIPTION_EN,
  OFFERS_EN,
  PARTNER_INTRO_EN,
  PARTNERS_EN,
  PROJECTS_EN,
  REGIONS_EN,
} from './english';
import { COMMUNITIES, KNOWLEDGE_ITEMS } from './knowledge';

type Uid = Parameters<Core.Strapi['documents']>[0];
type Ids = Map<string, string>;

const REFERENCE_YEAR = 2025;

/** Look up by a natural key first, so a second run changes nothing. */
async function ensureByKey(strapi: Core.Strapi, uid: Uid, key: 'code' | 'slug', data: Record<string, any>): Promise<string> {
  const existing = await strapi.db.query(uid as any).findOne({ where: { [key]: data[key] }, select: ['documentId'] });
  if (existing) return existing.documentId;
  const created = await strapi.documents(uid).create({ data } as any);
  return created.documentId;
}

/** Where a seed municipality lies: real CBS/PDOK geometry (./data/README.md), never made up. */
function mapPlace(code: string): { latitude: number; longitude: number; boundary: object } {
  const place = MUNICIPALITY_GEOMETRY.find((g) => g.code === code);
  if (!place) throw new Error(`seed: no geometry for ${code}; run npx tsx scripts/municipality-geometry.ts`);
  return { latitude: place.latitude, longitude: place.longitude, boundary: place.boundary };
}

/**
 * A municipality by CBS code. One made before the map existed gets its place filled in; a place an
 * editor has set (or corrected) stays as it is.
 */
async function ensureMunicipality(strapi: Core.Strapi, data: Record<string, any>): Promise<string> {
  const uid = 'api::municipality.municipality';
  const existing = await strapi.db
    .query(uid as any)
    .findOne({ where: { code: data.code }, select: ['documentId', 'latitude', 'longitude', 'boundary'] });
  if (!existing) return (await strapi.documents(uid).create({ data } as any)).documentId;
  const missing = Object.fromEntries(
    (['latitude', 'longitude', 'boundary'] as const).filter((f) => existing[f] == null).map((f) => [f, data[f]]),
  );
  if (Object.keys(missing).length) await strapi.documents(uid).update({ documentId: existing.documentId, data: missing } as any);
  return existing.documentId;
}

async function ensureList(strapi: Core.Strapi, uid: Uid, items: Array<Record<string, any>>): Promise<Ids> {
  const ids: Ids = new Map();
  for (const [index, item] of items.entries())
    ids.set(item.code, await ensureByKey(strapi, uid, 'code', { sortOrder: index + 1, ...item }));
  return ids;
}

/** Adds the English version of a document once (published, where the type has drafts); an editor's later edits stay. */
async function ensureEnglish(strapi: Core.Strapi, uid: Uid, documentId: string, data: Record<string, any>): Promise<void> {
  const english = await strapi.db.query(uid as any).findOne({ where: { documentId, locale: 'en' }, select: ['id'] });
  if (english) return;
  await strapi.documents(uid).update({ documentId, locale: 'en', data } as any);
  if ((strapi.contentTypes as any)[uid].options?.draftAndPublish)
    await (strapi.documents(uid) as any).publish({ documentId, locale: 'en' } as any);
}

/** Draft-and-publish types: create the Dutch version, publish it, and add and publish English. */
async function ensurePublished(
  strapi: Core.Strapi,
  uid: Uid,
  slug: string,
  nl: Record<string, any>,
  en: Record<string, any>,
): Promise<string> {
  const existing = await strapi.db.query(uid as any).findOne({ where: { slug, locale: 'nl' }, select: ['documentId'] });
  const documentId =
    existing?.documentId ?? (await strapi.documents(uid).create({ locale: 'nl', data: { slug, ...nl } } as any)).documentId;
  if (!existing) await (strapi.documents(uid) as any).publish({ documentId, locale: 'nl' } as any);
  await ensureEnglish(strapi, uid, documentId, { slug, ...nl, ...en });
  return documentId;
}

/** Every seeded document has an English version; a slug without one is a mistake in the seed, not a gap to skip. */
function english<T>(table: Record<string, T>, slug: string): T {
  const found = table[slug];
  if (!found) throw new Error(`seed: no English version for ${slug} in cms/src/seed/english.ts`);
  return found;
}

const emailOf = (name: string, slug: string) => `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@${slug}.example`;
const phoneOf = (i: number) => `06 1000 ${String(1000 + i).slice(-4)}`;

const PRICING: Record<string, { unit: string; base: number; step: number; duration: number; pupils: number }> = {
  voorstelling: { unit: 'per_leerling', base: 6.5, step: 1, duration: 60, pupils: 120 },
  bezoek: { unit: 'per_leerling', base: 4, step: 1, duration: 75, pupils: 30 },
  workshop: { unit: 'per_groep', base: 175, step: 25, duration: 90, pupils: 30 },
  lessenreeks: { unit: 'per_groep', base: 450, step: 50, duration: 60, pupils: 30 },
  project: { unit: 'vast', base: 1200, step: 100, duration: 240, pupils: 60 },
  nascholing: { unit: 'vast', base: 350, step: 50, duration: 180, pupils: 20 },
  lesmateriaal: { unit: 'vast', base: 0, step: 25, duration: 45, pupils: 32 },
};

function kerndoelenFor(offer: OfferSeed, sectorLevel: Map<string, string>): string[] {
  const levels = new Set(offer.sectors.map((s) => sectorLevel.get(s)));
  const heritage = offer.disciplines.includes('HERITAGE');
  if (levels.size === 1 && levels.has('po')) return heritage ? ['PO-54', 'PO-55', 'PO-56'] : ['PO-54', 'PO-55'];
  if (levels.size === 1 && levels.has('vo')) return heritage ? ['VO-49', 'VO-52'] : ['VO-48', 'VO-50', 'VO-51'];
  return [];
}

/** Where an offer can be booked: at the venue for visits, the partner's whole region when the partner travels. */
function municipalitiesFor(offer: OfferSeed, partner: PartnerSeed): string[] {
  const region = REGIONS.find((r) => r.municipalities.includes(partner.home));
  const all = region ? region.municipalities : [partner.home];
  if (offer.locationType === 'bij_partner') return [partner.home, ...all.filter((c) => c !== partner.home).slice(0, 1)];
  return all;
}

/** The partner's address as the seed knows it (street and place; the postcode is not in the seed). */
function addressOf(p: PartnerSeed, municipalities: Ids) {
  return {
    street: p.street?.replace(/ \d+$/, ''),
    houseNumber: p.street?.match(/\d+$/)?.[0],
    city: MUNICIPALITIES.find((m) => m.code === p.home)?.name,
    municipality: municipalities.get(p.home),
  };
}

const SESSION_TYPES = new Set(['voorstelling', 'bezoek']);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: string, n: number) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));
const hhmm = (total: number) => `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}:00.000`;

/**
 * Fixed dates for performances and guided visits at the partner's venue (about half the visits stay
 * "by agreement"): three weekday sessions in the school year 2026-2027, spread over the offers so
 * the date filter has something to find, each open for booking until two weeks before.
 * Generated demo dates, not any partner's real programme.
 */
export function sessionsFor(o: OfferSeed, index: number, durationMinutes: number) {
  if (!SESSION_TYPES.has(o.offerType) || o.locationType !== 'bij_partner') return [];
  if (o.offerType === 'bezoek' && index % 2 === 1) return [];
  const weekday = (day: string) => {
    const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
    return dow === 0 ? addDays(day, 1) : dow === 6 ? addDays(day, 2) : day;
  };
  const first = weekday(addDays('2027-01-11', (index * 11) % 100));
  const start = o.offerType === 'voorstelling' ? 10 * 60 : 9 * 60 + 30;
  return [0, 14, 42].map((offset, n) => {
    const date = weekday(addDays(first, offset));
    const begins = start + (n === 1 ? 180 : 0);
    return {
      date,
      startTime: hhmm(begins),
      endTime: hhmm(begins + durationMinutes),
      places: o.offerType === 'voorstelling' ? 4 : 2,
      bookingDeadline: addDays(date, -14),
    };
  });
}

export interface SeedCounts {
  [uid: string]: number;
}

async function rowIds(strapi: Core.Strapi, uid: string): Promise<Map<string, number>> {
  const rows = await strapi.db.query(uid as any).findMany({ select: ['id', 'code'] });
  return new Map(rows.map((r: any) => [r.code, r.id]));
}

/** The pick lists, by code: documentIds for the document service, row ids for bulk inserts. */
export async function ensureLists(strapi: Core.Strapi) {
  const disciplines = await ensureList(strapi, 'api::discipline.discipline', DISCIPLINES);
  const sectors = await ensureList(strapi, 'api::sector.sector', SECTORS);
  const themes = await ensureList(strapi, 'api::theme.theme', THEMES);
  const kerndoelen = await ensureList(strapi, 'api::kerndoel.kerndoel', KERNDOELEN);
  return {
    disciplines,
    sectors,
    themes,
    kerndoelen,
    disciplineRows: await rowIds(strapi, 'api::discipline.discipline'),
    sectorRows: await rowIds(strapi, 'api::sector.sector'),
    themeRows: await rowIds(strapi, 'api::theme.theme'),
    kerndoelRows: await rowIds(strapi, 'api::kerndoel.kerndoel'),
  };
}

export async function seedContent(strapi: Core.Strapi): Promise<void> {
  const { disciplines, sectors, themes, kerndoelen } = await ensureLists(strapi);
  const municipalities: Ids = new Map();
  for (const m of MUNICIPALITIES)
    municipalities.set(m.code, await ensureMunicipality(strapi, { ...m, referenceYear: REFERENCE_YEAR, ...mapPlace(m.code) }));
  const ref = (ids: Ids, codes: string[]) =>
    codes.map((c) => {
      const id = ids.get(c);
      if (!id) throw new Error(`seed: unknown code ${c}`);
      return id;
    });

  const regions: Ids = new Map();
  for (const r of REGIONS) {
    const data = { ...r, municipalities: ref(municipalities, r.municipalities) };
    const documentId = await ensureByKey(strapi, 'api::region.region', 'slug', data);
    await ensureEnglish(strapi, 'api::region.region', documentId, { ...data, ...english(REGIONS_EN, r.slug) });
    regions.set(r.slug, documentId);
  }

  const pictures = await ensureSeedImages(
    strapi,
    DISCIPLINES.map((d) => d.code),
    [...new Set(PARTNERS.map((p) => p.kind))],
  );
  const logoOf = (p: PartnerSeed, locale: 'nl' | 'en') => ({
    file: pictures.byKind.get(p.kind),
    alt: locale === 'nl' ? `Gegenereerd logo-teken van ${p.name}` : `Generated logo mark of ${p.name}`,
    credit: GENERATED_CREDIT[locale],
  });
  const disciplineName = (code: string, locale: 'nl' | 'en') => {
    const d = DISCIPLINES.find((x) => x.code === code)!;
    return (locale === 'nl' ? d.name : d.nameEn).toLowerCase();
  };
  // The first image is the cover: the illustration of the offer's first discipline, then its others.
  const imagesOf = (o: OfferSeed, locale: 'nl' | 'en') =>
    o.disciplines.slice(0, 2).map((code) => ({
      file: pictures.byDiscipline.get(code),
      alt:
        locale === 'nl'
          ? `Gegenereerde illustratie bij ${disciplineName(code, 'nl')}: abstracte vormen, geen foto van het aanbod`
          : `Generated illustration for ${disciplineName(code, 'en')}: abstract shapes, not a photo of the offer`,
      credit: GENERATED_CREDIT[locale],
    }));

  const partners: Ids = new Map();
  for (const [i, p] of PARTNERS.entries()) {
    const data = {
      name: p.name,
      kind: p.kind,
      homeMunicipality: municipalities.get(p.home),
      website: `https://www.${p.slug}.example`,
      summary: p.summary,
      description: `${p.summary}\n\nVoor scholen maken we aanbod dat aansluit bij de leerlijnen en bij de wensen van de school.`,
      publicContact: { email: `educatie@${p.slug}.example`, phone: `0${20 + (i % 60)} 000 ${String(3000 + i)}` },
      address: addressOf(p, municipalities),
      logo: logoOf(p, 'nl'),
      contactPerson: { name: p.person, role: 'Medewerker educatie', email: emailOf(p.person, p.slug), phone: phoneOf(i) },
    };
    const { summary } = english(PARTNERS_EN, p.slug);
    partners.set(
      p.slug,
      await ensurePublished(strapi, 'api::partner.partner', p.slug, data, {
        summary,
        description: `${summary}\n\n${PARTNER_INTRO_EN}`,
        logo: logoOf(p, 'en'),
      }),
    );
  }

  const projects: Ids = new Map();
  for (const p of PROJECTS) {
    const { slug, themes: t, sectors: s, regions: r, partners: ps, ...rest } = p as any;
    const data = { ...rest, themes: ref(themes, t), sectors: ref(sectors, s), regions: ref(regions, r), partners: ref(partners, ps) };
    const { title, summary, description = null, question = null, outcomes = null } = english(PROJECTS_EN, slug);
    projects.set(
      slug,
      await ensurePublished(strapi, 'api::project.project', slug, data, { title, summary, description, question, outcomes }),
    );
  }

  const sectorLevel = new Map(SECTORS.map((s) => [s.code, s.level]));
  for (const [i, o] of OFFERS.entries()) {
    const partner = PARTNERS.find((p) => p.slug === o.partner);
    if (!partner) throw new Error(`seed: unknown partner ${o.partner}`);
    const price = PRICING[o.offerType];
    const sectorNames = o.sectors.map((c) => SECTORS.find((s) => s.code === c)?.name.toLowerCase()).join(', ');
    const unit = sectorLevel.get(o.sectors[0]) === 'po' ? 'groep' : 'leerjaar';
    const range = o.gradeFrom ? `${o.gradeFrom}${o.gradeTo !== o.gradeFrom ? `–${o.gradeTo}` : ''}` : '';
    const grades = range ? ` (${unit} ${range})` : '';
    const data = {
      title: o.title,
      summary: o.summary,
      description: `${o.summary}\n\n**Voor wie:** ${sectorNames}${grades}.\n\n**Duur:** ${price.duration} minuten.`,
      partner: partners.get(o.partner),
      disciplines: ref(disciplines, o.disciplines),
      sectors: ref(sectors, o.sectors),
      gradeFrom: o.gradeFrom,
      gradeTo: o.gradeTo,
      offerType: o.offerType,
      locationType: o.locationType,
      audience: o.audience,
      municipalities: ref(municipalities, municipalitiesFor(o, partner)),
      prices: [{ amount: price.base + price.step * (i % 4), unit: price.unit, label: price.unit === 'vast' ? 'Totaalprijs' : null }],
      durationMinutes: price.duration,
      maxPupilsPerSession: price.pupils,
      capacity: 8 + ((i * 7) % 33),
      bookingOpensOn: '2025-05-01',
      // Open through the two seeded school years (2025-2026 and 2026-2027, whose sessions fall in 2027).
      bookingClosesOn: '2027-06-30',
      sessions: sessionsFor(o, i, price.duration),
      themes: ref(themes, o.themes),
      kerndoelen: ref(kerndoelen, kerndoelenFor(o, sectorLevel)),
      project: o.project ? projects.get(o.project) : null,
      // Where pupils go: the partner's own address. No coordinates of its own, so the API places it
      // at its municipality's centre (approximate).
      venue: o.locationType === 'bij_partner' ? addressOf(partner, municipalities) : null,
      images: imagesOf(o, 'nl'),
      bookingContact: {
        name: partner.person,
        role: 'Planning schoolprogramma',
        email: emailOf(partner.person, partner.slug),
        phone: phoneOf(i + 100),
      },
    };
    const en = english(OFFERS_EN, o.slug);
    const words = OFFER_DESCRIPTION_EN;
    const sectorNamesEn = o.sectors.map((c) => SECTORS.find((s) => s.code === c)?.nameEn.toLowerCase()).join(', ');
    const gradesEn = range ? ` (${words.unit[unit][o.gradeTo !== o.gradeFrom ? 1 : 0]} ${range})` : '';
    const descriptionEn = `${en.summary}\n\n**${words.forWhom}:** ${sectorNamesEn}${gradesEn}.\n\n**${words.duration}:** ${price.duration} ${words.minutes}.`;
    await ensurePublished(strapi, 'api::offer.offer', o.slug, data, { ...en, description: descriptionEn, images: imagesOf(o, 'en') });
  }

  const communities: Ids = new Map();
  for (const c of COMMUNITIES) {
    const { slug, regions: r, themes: t, disciplines: d, sectors: s, project, ...rest } = c;
    const data = {
      ...rest,
      regions: ref(regions, r),
      themes: ref(themes, t),
      disciplines: ref(disciplines, d),
      sectors: ref(sectors, s),
      project: project ? projects.get(project) : null,
    };
    const { reports, ...en } = english(COMMUNITIES_EN, slug);
    const meetings = c.meetings.map((m, i) => ({ ...m, report: reports[i] ?? m.report }));
    communities.set(slug, await ensurePublished(strapi, 'api::learning-community.learning-community', slug, data, { ...en, meetings }));
  }

  for (const k of KNOWLEDGE_ITEMS) {
    const { slug, themes: t, disciplines: d, sectors: s, region, community, usefulFor, ...rest } = k;
    const data = {
      ...rest,
      themes: ref(themes, t),
      disciplines: ref(disciplines, d),
      sectors: ref(sectors, s),
      region: region ? regions.get(region) : null,
      community: community ? communities.get(community) : null,
      usefulFor: usefulFor.map((role) => ({ role })),
    };
    await ensurePublished(strapi, 'api::knowledge-item.knowledge-item', slug, data, english(KNOWLEDGE_ITEMS_EN, slug));
  }
}

/**
 * `demo`: the lists plus the demo catalogue (partners, projects, offers; local default).
 * `lists`: only the pick lists whose codes the API's enums match (production default), so an
 * empty deployment can take its first offer.
 */
export async function seed(strapi: Core.Strapi, mode: 'demo' | 'lists' = 'demo'): Promise<void> {
  const started = Date.now();
  // One transaction: a single commit instead of one per row, and a failed seed leaves nothing half-done.
  await strapi.db.transaction(() => (mode === 'demo' ? seedContent(strapi) : ensureLists(strapi)));
  strapi.log.info(`cmk: seed (${mode}) checked in ${Date.now() - started} ms`);
}
