/** A deterministic small catalogue for API tests (the CMS seed is bigger and lives in cms/). */
import type { ContentStore } from '../../src/sources/content/projection-store.ts';
import { putDocument } from '../../src/sources/content/projection-store.ts';
import { DISCIPLINES, LOCATION_TYPES, OFFER_TYPES, SECTORS } from '../../src/domain/vocabulary.ts';
import type {
  ContentDoc,
  KnowledgeItemDoc,
  KnowledgeKind,
  LearningCommunityDoc,
  MunicipalityDoc,
  OfferDoc,
  PartnerDoc,
  ProfessionalRole,
  ProjectDoc,
  RegionDoc,
} from '../../src/domain/content.ts';
import { random as seeded } from '@cmk/cms/src/catalogue/random.ts';
import { MUNICIPALITY_GEOMETRY } from '@cmk/cms/src/seed/municipality-geometry.ts';

// The CMS's codes (cms/src/seed/lists.ts), so labels resolve as they do for the seed.
const THEMES = ['CITIZENSHIP', 'LANGUAGE_AND_ART', 'SCIENCE_AND_TECHNOLOGY', 'CAREER_ORIENTATION'];
const KERNDOELEN = ['PO-54', 'PO-55', 'PO-56', 'VO-48', 'VO-49', 'VO-50'];
const WORDS = ['Muziek', 'Museum', 'Dans', 'Theater', 'Erfgoed', 'Film', 'Gedicht', 'Schilder', 'Ontwerp', 'Koor', 'Verhaal', 'Café'];

export const municipalities: MunicipalityDoc[] = [
  ['GM0392', 'Haarlem', 'PV27'],
  ['GM0397', 'Heemstede', 'PV27'],
  ['GM0473', 'Zandvoort', 'PV27'],
  ['GM0622', 'Vlaardingen', 'PV28'],
  ['GM0542', 'Krimpen aan den IJssel', 'PV28'],
  ['GM0599', 'Rotterdam', 'PV28'],
].map(([id, name, provinceCode]) => ({
  kind: 'municipality',
  id: id!,
  locale: 'nl',
  name: name!,
  provinceCode: provinceCode!,
  regionIds: provinceCode === 'PV27' ? ['region-hart'] : ['region-kunstgebouw'],
  ...place(id!),
  updatedAt: '2026-01-01T00:00:00.000Z',
}));

/** The seed's real CBS/PDOK centre and boundary where the seed has them (Rotterdam has none: a municipality without a place). */
function place(code: string): Pick<MunicipalityDoc, 'latitude' | 'longitude' | 'boundary'> {
  const g = MUNICIPALITY_GEOMETRY.find((m) => m.code === code);
  if (!g) return {};
  const rings = g.boundary.type === 'Polygon' ? g.boundary.coordinates : g.boundary.coordinates.flat();
  return { latitude: g.latitude, longitude: g.longitude, boundary: rings.map((ring) => ring.map(([lon, lat]) => [lon!, lat!] as const)) };
}

/** Generated illustrations as Strapi's local provider gives them (paths), one offer in four without any. */
function imagesOf(i: number, discipline: string): OfferDoc['images'] {
  if (i % 4 === 3) return [];
  const size = (prefix: string, width: number) => ({
    url: `/uploads/${prefix}illustratie_${i}.png`,
    width,
    height: Math.round((width * 9) / 16),
  });
  const image = {
    ...size('', 1280),
    alt: `Gegenereerde illustratie bij ${discipline.toLowerCase()}`,
    credit: 'Gegenereerde illustratie (CmK-platform)',
    formats: { thumbnail: size('thumbnail_', 245), small: size('small_', 500), medium: size('medium_', 750), large: size('large_', 1000) },
  };
  return i % 2 ? [image, { ...image, url: `/uploads/tweede_${i}.png`, alt: 'Tweede gegenereerde illustratie', formats: {} }] : [image];
}

/**
 * A generated venue (not a real address) from the offer's number alone, so the random draws of the
 * other fields stay as they were: most have a position spread over the west of the Netherlands,
 * some only a municipality (placed at its centre), some none (placed at the partner's).
 */
function venueOf(i: number, codes: readonly string[]): OfferDoc['venue'] {
  if (i % 5 === 0) return undefined;
  const address = { street: `Gegenereerde straat ${i}`, houseNumber: String(1 + (i % 90)), municipalityCode: codes[0] };
  if (i % 5 === 1) return { address };
  return { address, latitude: 51.8 + ((i * 37) % 100) * 0.008, longitude: 4.2 + ((i * 53) % 100) * 0.007 };
}

const day = (n: number) => new Date(Date.UTC(2026, 7, 1) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Generated dates from the offer's number alone (the random draws stay as they were): one offer in
 * three has one to three sessions spread over the school year 2026-2027, one in four of the others
 * a booking window (some open on one side), the rest neither.
 */
function datesOf(i: number): Pick<OfferDoc, 'sessions' | 'bookableFrom' | 'bookableUntil'> {
  if (i % 3 === 0) {
    return {
      sessions: Array.from({ length: 1 + ((i / 3) % 3) }, (_, n) => {
        const date = day((i * 13 + n * 29) % 365);
        return {
          id: `${date}T${n % 2 ? '13:00' : '09:30'}`,
          date,
          startTime: n % 2 ? '13:00' : '09:30',
          endTime: n % 2 ? '14:30' : '11:00',
          places: 1 + (i % 4),
          ...(n === 0 ? { bookingDeadline: day(Math.max(0, ((i * 13) % 365) - 14)) } : {}),
        };
      }),
    };
  }
  if (i % 4 !== 1) return {};
  const opens = day((i * 7) % 300);
  const closes = day(((i * 7) % 300) + 20 + (i % 90));
  return i % 8 === 1 ? { bookableFrom: opens, bookableUntil: closes } : i % 16 === 5 ? { bookableFrom: opens } : { bookableUntil: closes };
}

export const regions: RegionDoc[] = [
  {
    kind: 'region',
    id: 'region-hart',
    locale: 'nl',
    name: 'Hart',
    coordinator: 'Hart',
    municipalityCodes: ['GM0392', 'GM0397', 'GM0473'],
    updatedAt: '2026-01-01T00:00:00.000Z',
  },
  {
    kind: 'region',
    id: 'region-kunstgebouw',
    locale: 'nl',
    name: 'Kunstgebouw Zuid-Holland',
    coordinator: 'Kunstgebouw',
    municipalityCodes: ['GM0622', 'GM0542', 'GM0599'],
    updatedAt: '2026-01-01T00:00:00.000Z',
  },
];

export function buildCatalogue(offerCount = 120, seed = 7) {
  const random = seeded(seed).next;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const some = <T>(list: readonly T[], max: number) => [
    ...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(list))),
  ];

  const partners: PartnerDoc[] = Array.from({ length: 10 }, (_, i) => ({
    kind: 'partner',
    id: `partner-${i}`,
    locale: 'nl',
    name: `${pick(WORDS)}huis ${i}`,
    partnerKind: pick(['museum', 'podium', 'muziekschool', 'kunstenaar']),
    municipalityCode: pick(municipalities).id,
    contactPerson: { name: `Contact ${i}`, email: `contact${i}@example.org`, phone: '0612345678' },
    ...(i % 2 === 0
      ? {
          logo: {
            url: `/uploads/logo_${i}.png`,
            width: 600,
            height: 600,
            alt: `Gegenereerd logo-teken ${i}`,
            formats: { thumbnail: { url: `/uploads/thumbnail_logo_${i}.png`, width: 156, height: 156 } },
          },
        }
      : {}),
    publishedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }));
  const projects: ProjectDoc[] = ['De culturele kookpot', 'Cultureel speciaal', 'Cultuur023'].map((title, i) => ({
    kind: 'project',
    id: `project-${i}`,
    locale: 'nl',
    title,
    projectKind: 'proeftuin',
    regionIds: ['region-hart'],
    partnerIds: [`partner-${i}`],
    publishedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }));
  const offers: OfferDoc[] = Array.from({ length: offerCount }, (_, i) => {
    const sectors = some(SECTORS, 3);
    const partner = pick(partners);
    const priced = random();
    return {
      kind: 'offer',
      id: `offer-${String(i).padStart(4, '0')}`,
      locale: 'nl',
      slug: `aanbod-${i}`,
      title: `${pick(WORDS)} ${pick(WORDS).toLowerCase()} ${i}`,
      summary: `Een activiteit over ${pick(WORDS).toLowerCase()}.`,
      disciplines: some(DISCIPLINES, 3),
      sectors,
      gradeRanges: sectors.map((sector) => {
        const max = ['BO', 'SBO', 'SO'].includes(sector) ? 8 : 6;
        const from = 1 + Math.floor(random() * max);
        return { sector, from, to: Math.min(max, from + Math.floor(random() * 4)) };
      }),
      offerType: pick(OFFER_TYPES),
      locationType: pick(LOCATION_TYPES),
      municipalityCodes: some(
        municipalities.map((m) => m.id),
        3,
      ),
      themes: some(THEMES, 2),
      kerndoelen: some(KERNDOELEN, 2),
      audience: random() < 0.85 ? 'PUPILS' : 'TEACHERS',
      prices:
        priced < 0.2
          ? []
          : priced < 0.7
            ? [{ amount: Math.round(random() * 1500) / 100, unit: 'PER_PUPIL' }]
            : [{ amount: 250, unit: 'PER_GROUP' }],
      capacity: random() < 0.2 ? null : 1 + Math.floor(random() * 20),
      partner: { id: partner.id, name: partner.name, kind: partner.partnerKind, municipalityCode: partner.municipalityCode },
      ...(random() < 0.3 ? { projectId: pick(projects).id } : {}),
      publishedAt: new Date(Date.UTC(2025, 8, 1) + Math.floor(random() * 300) * 86_400_000).toISOString(),
      updatedAt: '2026-01-01T00:00:00.000Z',
    } satisfies OfferDoc;
  }).map((offer, i) => {
    const venue = venueOf(i, offer.municipalityCodes);
    return { ...offer, ...(venue ? { venue } : {}), images: imagesOf(i, offer.disciplines[0]!), ...datesOf(i) };
  });
  const communities: LearningCommunityDoc[] = ['Speciaal onderwijs bereiken', 'ICC’ers en aanbieders samen', 'Co-teaching'].map(
    (title, i) => ({
      kind: 'learningCommunity',
      id: `community-${i}`,
      locale: 'nl',
      title,
      question: `Vraag van de leergemeenschap ${title}`,
      status: (['ACTIVE', 'STARTING', 'GOAL_REACHED'] as const)[i]!,
      moderators: [`Moderator ${i}`],
      regionIds: [regions[i % 2]!.id],
      themes: some(THEMES, 2),
      disciplines: some(DISCIPLINES, 2),
      sectors: some(SECTORS, 2),
      meetings: [{ date: '2026-01-15', online: true }],
      ...(i === 0 ? { projectId: projects[1]!.id } : {}),
      publishedAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    }),
  );
  const KINDS: KnowledgeKind[] = [
    'PRACTICE_EXAMPLE',
    'WORK_FORM',
    'RESEARCH_SUMMARY',
    'PUBLICATION',
    'PODCAST',
    'VIDEO',
    'FACTSHEET',
    'LESSON_LEARNED',
    'GUIDELINE',
  ];
  const ROLES: ProfessionalRole[] = ['ICC_COORDINATOR', 'ARTS_TEACHER', 'CULTURAL_PARTNER', 'CIVIL_SERVANT', 'HEAD_TEACHER'];
  const knowledgeItems: KnowledgeItemDoc[] = Array.from({ length: 60 }, (_, i) => ({
    kind: 'knowledgeItem',
    id: `knowledge-${String(i).padStart(3, '0')}`,
    locale: 'nl',
    title: `${pick(WORDS)} in de klas ${i}`,
    knowledgeKind: KINDS[i % KINDS.length]!,
    summary: `Wat we leerden over ${pick(WORDS).toLowerCase()}.`,
    attachments: [],
    links: [],
    themes: some(THEMES, 2),
    disciplines: some(DISCIPLINES, 2),
    sectors: some(SECTORS, 2),
    ...(random() < 0.7 ? { regionId: pick(regions).id } : {}),
    ...(random() < 0.6 ? { communityId: pick(communities).id } : {}),
    authors: [{ name: 'Gegenereerde auteur' }],
    usefulFor: some(ROLES, 3),
    publishedAt: new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 400) * 86_400_000).toISOString(),
    updatedAt: '2026-01-01T00:00:00.000Z',
  }));
  return { offers, partners, projects, regions, municipalities, communities, knowledgeItems };
}

export async function projectCatalogue(store: ContentStore, catalogue: ReturnType<typeof buildCatalogue>): Promise<void> {
  const docs: ContentDoc[] = [
    ...catalogue.municipalities,
    ...catalogue.regions,
    ...catalogue.partners,
    ...catalogue.projects,
    ...catalogue.offers,
    ...catalogue.communities,
    ...catalogue.knowledgeItems,
  ];
  for (let i = 0; i < docs.length; i += 25) {
    await Promise.all(docs.slice(i, i + 25).map((d) => putDocument(store, d, 1)));
  }
}
