/**
 * The CMS seed's offers (their titles, summaries, descriptions, disciplines, themes and partner
 * names, in Dutch) on the API test fixture's other fields: what text search is tested against,
 * because these are the words editors actually write.
 */
import { OFFERS } from '@cmk/cms/src/seed/offers.ts';
import { PARTNERS } from '@cmk/cms/src/seed/content.ts';
import type { OfferDoc } from '../../src/domain/content.ts';
import type { Discipline } from '../../src/domain/vocabulary.ts';
import type { Catalogue } from '../../src/sources/content/catalogue.ts';
import { buildCatalogue } from './content-fixtures.ts';

export function seedTextCatalogue() {
  const base = buildCatalogue(OFFERS.length, 3);
  const partnerName = new Map(PARTNERS.map((p) => [p.slug, p.name]));
  const offers: OfferDoc[] = base.offers.map((offer, i) => {
    const seed = OFFERS[i]!;
    return {
      ...offer,
      id: `seed-${seed.slug}`,
      slug: seed.slug,
      title: seed.title,
      summary: seed.summary,
      description: `${seed.summary}\n\nVoor wie: ${seed.sectors.join(', ')}.`,
      disciplines: seed.disciplines as Discipline[],
      themes: seed.themes,
      partner: { ...offer.partner!, name: partnerName.get(seed.partner) ?? seed.partner },
    };
  });
  return { ...base, offers };
}

/** The same as an in-memory catalogue, for calling the search functions directly. */
export function inMemoryCatalogue(content: ReturnType<typeof seedTextCatalogue>): Catalogue {
  return {
    locale: 'nl',
    version: 1,
    offers: content.offers,
    offersById: new Map(content.offers.map((o) => [o.id, o])),
    partnersById: new Map(content.partners.map((p) => [p.id, p])),
    projectsById: new Map(content.projects.map((p) => [p.id, p])),
    regionsById: new Map(content.regions.map((r) => [r.id, r])),
    municipalitiesByCode: new Map(content.municipalities.map((m) => [m.id, m])),
    communitiesById: new Map(),
    knowledgeItems: [],
    knowledgeItemsById: new Map(),
  };
}
