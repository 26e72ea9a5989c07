import type { Core } from '@strapi/strapi';

/** Labels every editor reads; no field shows its code name. */
const COMMON: Record<string, string> = {
  id: 'ID',
  documentId: 'Document-ID',
  createdAt: 'Aangemaakt op',
  updatedAt: 'Laatst bijgewerkt',
  publishedAt: 'Gepubliceerd op',
  createdBy: 'Aangemaakt door',
  updatedBy: 'Bijgewerkt door',
  locale: 'Taal',
  localizations: 'Vertalingen',
  code: 'Code',
  name: 'Naam',
  nameEn: 'Naam in het Engels',
  sortOrder: 'Volgorde in lijsten',
  slug: 'Slug (deel van het webadres)',
  title: 'Titel',
  summary: 'Samenvatting',
  description: 'Beschrijving',
  contactPerson: 'Contactpersoon (niet openbaar)',
};

interface TypeLayout {
  mainField: string;
  list: string[];
  labels: Record<string, string>;
  descriptions?: Record<string, string>;
  relationMainFields?: Record<string, string>;
}

const LIST_MAIN = { disciplines: 'name', sectors: 'name', themes: 'name', kerndoelen: 'name', municipalities: 'name' };

const LAYOUTS: Record<string, TypeLayout> = {
  'api::offer.offer': {
    mainField: 'title',
    list: ['title', 'partner', 'disciplines', 'offerType'],
    labels: {
      partner: 'Cultuurpartner',
      disciplines: 'Disciplines',
      sectors: 'Sectoren',
      gradeFrom: 'Vanaf groep/leerjaar',
      gradeTo: 'Tot en met groep/leerjaar',
      offerType: 'Soort aanbod',
      locationType: 'Waar',
      audience: 'Doelgroep',
      municipalities: 'Gemeenten',
      prices: 'Prijzen',
      durationMinutes: 'Duur (minuten)',
      maxPupilsPerSession: 'Maximum aantal leerlingen per sessie',
      capacity: 'Capaciteit per schooljaar',
      bookingOpensOn: 'Aanmelden vanaf',
      bookingClosesOn: 'Aanmelden tot en met',
      themes: "Thema's",
      kerndoelen: 'Kerndoelen',
      project: 'Project',
      venue: 'Adres van de locatie',
      images: 'Afbeeldingen (de eerste is de omslag)',
      bookingContact: 'Contact voor aanmeldingen (niet openbaar)',
    },
    descriptions: {
      disciplines: 'Kies minstens één discipline.',
      municipalities: 'Waar het aanbod te boeken is; bij aanbod op school: waar de partner naartoe reist.',
      gradeFrom: 'Primair onderwijs: groep 1–8. Voortgezet onderwijs: leerjaar 1–6. Leeg = alle groepen.',
      gradeTo: 'Gelijk aan of hoger dan "vanaf".',
      capacity: 'Hoeveel klassen of groepen per schooljaar kunnen boeken.',
      slug: 'Blijft gelijk, ook als de titel verandert: scholen en koppelingen gebruiken hem.',
    },
    relationMainFields: { ...LIST_MAIN, partner: 'name', project: 'title' },
  },
  'api::partner.partner': {
    mainField: 'name',
    list: ['name', 'kind', 'homeMunicipality', 'updatedAt'],
    labels: {
      kind: 'Soort instelling',
      homeMunicipality: 'Vestigingsgemeente',
      website: 'Website',
      publicContact: 'Publiek contact',
      address: 'Adres',
      logo: 'Logo',
      offers: 'Aanbod',
      projects: 'Projecten',
    },
    relationMainFields: { homeMunicipality: 'name', offers: 'title', projects: 'title' },
  },
  'api::project.project': {
    mainField: 'title',
    list: ['title', 'kind', 'period', 'updatedAt'],
    labels: {
      kind: 'Soort project',
      period: 'CmK-periode',
      startYear: 'Beginjaar',
      endYear: 'Eindjaar',
      question: 'Vraag of thema (leergemeenschap)',
      outcomes: 'Opbrengsten',
      themes: "Thema's",
      sectors: 'Sectoren',
      regions: "Regio's",
      partners: 'Cultuurpartners',
      offers: 'Aanbod',
      moderator: 'Moderator (niet openbaar)',
      members: 'Deelnemers (niet openbaar)',
    },
    relationMainFields: { themes: 'name', sectors: 'name', regions: 'name', partners: 'name', offers: 'title' },
  },
  'api::region.region': {
    mainField: 'name',
    list: ['name', 'coordinator', 'provinceCode', 'municipalities'],
    labels: { coordinator: 'Penvoerder', provinceCode: 'Provinciecode (CBS)', municipalities: 'Gemeenten' },
    relationMainFields: { municipalities: 'name' },
  },
  'api::municipality.municipality': {
    mainField: 'name',
    list: ['name', 'code', 'provinceName', 'referenceYear'],
    labels: {
      code: 'CBS-code',
      provinceCode: 'Provinciecode (CBS)',
      provinceName: 'Provincie',
      referenceYear: 'Peiljaar',
      regions: "Regio's",
      latitude: 'Breedtegraad (middelpunt)',
      longitude: 'Lengtegraad (middelpunt)',
      boundary: 'Grens (GeoJSON)',
    },
    descriptions: {
      code: 'GM gevolgd door vier cijfers, bijvoorbeeld GM0392.',
      provinceCode: 'PV gevolgd door twee cijfers, bijvoorbeeld PV27.',
      latitude:
        'WGS84, bijvoorbeeld 52.38416. De kaart van het regiodashboard zet de gemeente hier neer, en de API gebruikt het als benadering voor scholen en locaties zonder eigen coördinaten.',
      longitude: 'WGS84, bijvoorbeeld 4.64768.',
      boundary:
        'Een GeoJSON Polygon of MultiPolygon met [lengtegraad, breedtegraad]-punten (WGS84). De seed vult de grenzen van het CBS (via PDOK, vereenvoudigd); leeg laten mag, dan tekent de kaart een cirkel op het middelpunt.',
    },
    relationMainFields: { regions: 'name' },
  },
  'api::partner-account.partner-account': {
    mainField: 'email',
    list: ['email', 'partner'],
    labels: { email: 'E-mail van de gebruiker', partner: 'Cultuurpartner', userId: 'Gebruikers-ID (wordt ingevuld)' },
    descriptions: {
      email: 'Het e-mailadres waarmee de gebruiker met de rol Cultuurpartner inlogt.',
      partner: 'Deze gebruiker maakt en bewerkt (als concept) het aanbod van deze cultuurpartner, samen met collega’s.',
    },
    relationMainFields: { partner: 'name' },
  },
  'api::discipline.discipline': { mainField: 'name', list: ['name', 'code', 'sortOrder'], labels: {} },
  'api::sector.sector': {
    mainField: 'name',
    list: ['name', 'code', 'level', 'gradeMin', 'gradeMax'],
    labels: {
      level: 'Schoolsoort',
      gradeMin: 'Laagste groep/leerjaar',
      gradeMax: 'Hoogste groep/leerjaar',
      gradeUnit: 'Groep of leerjaar',
    },
  },
  'api::theme.theme': { mainField: 'name', list: ['name', 'code'], labels: {} },
  'api::kerndoel.kerndoel': {
    mainField: 'name',
    list: ['code', 'name', 'level', 'validFrom'],
    labels: { level: 'Schoolsoort', validFrom: 'Geldig vanaf', validUntil: 'Geldig tot en met' },
  },
};

const COMPONENT_LABELS: Record<string, Record<string, string>> = {
  'shared.price': { amount: 'Bedrag (euro)', unit: 'Eenheid', label: 'Toelichting', id: 'ID' },
  'shared.address': {
    street: 'Straat',
    houseNumber: 'Huisnummer',
    postalCode: 'Postcode',
    city: 'Plaats',
    municipality: 'Gemeente',
    latitude: 'Breedtegraad',
    longitude: 'Lengtegraad',
    id: 'ID',
  },
  'shared.image': { file: 'Bestand', alt: 'Alt-tekst (wat er te zien is)', credit: 'Maker of bron', id: 'ID' },
  'contact.person': { name: 'Naam', role: 'Functie', email: 'E-mailadres', phone: 'Telefoonnummer', id: 'ID' },
  'contact.organisation': { email: 'Algemeen e-mailadres', phone: 'Algemeen telefoonnummer', id: 'ID' },
};

function relabel(
  metadatas: Record<string, any>,
  labels: Record<string, string>,
  descriptions: Record<string, string> = {},
  mainFields: Record<string, string> = {},
) {
  for (const [field, meta] of Object.entries(metadatas)) {
    const label = labels[field] ?? COMMON[field];
    if (label) {
      if (meta.edit) meta.edit.label = label;
      if (meta.list) meta.list.label = label;
    }
    if (descriptions[field] && meta.edit) meta.edit.description = descriptions[field];
    if (mainFields[field]) {
      if (meta.edit) meta.edit.mainField = mainFields[field];
      if (meta.list) meta.list.mainField = mainFields[field];
    }
  }
}

/** Dutch labels, list columns and relation titles in the admin, set on every start. */
export async function configureAdmin(strapi: Core.Strapi): Promise<void> {
  const contentTypes = strapi.plugin('content-manager').service('content-types') as any;
  const components = strapi.plugin('content-manager').service('components') as any;

  for (const [uid, layout] of Object.entries(LAYOUTS)) {
    const contentType = strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
    if (!contentType) continue;
    const config = await contentTypes.findConfiguration(contentType);
    // Strapi adds documentId to the filters with its code name unless the stored layout labels it.
    config.metadatas.documentId ??= { edit: {}, list: { label: 'documentId', searchable: true, sortable: true } };
    relabel(config.metadatas, layout.labels, layout.descriptions, layout.relationMainFields);
    config.settings = {
      ...config.settings,
      mainField: layout.mainField,
      defaultSortBy: layout.mainField,
      defaultSortOrder: 'ASC',
      pageSize: 20,
    };
    config.layouts = { ...config.layouts, list: layout.list };
    const { uid: _uid, ...rest } = config;
    await contentTypes.updateConfiguration(contentType, rest);
  }
  for (const [uid, labels] of Object.entries(COMPONENT_LABELS)) {
    const component = strapi.components[uid as keyof typeof strapi.components];
    if (!component) continue;
    const config = await components.findConfiguration(component);
    relabel(config.metadatas, labels, {}, uid === 'shared.address' ? { municipality: 'name' } : {});
    const { uid: _uid, category: _c, ...rest } = config;
    await components.updateConfiguration(component, rest);
  }
}
