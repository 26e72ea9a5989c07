import type { Core } from '@strapi/strapi';
import { random } from './random';
import { ensureLists } from '../seed';
import { MORE_MUNICIPALITIES, MUNICIPALITIES, SECTORS } from '../seed/lists';
import { slugify } from '../seed/offers';

export interface CatalogueOptions {
  offers: number;
  partners: number;
  municipalities: number;
  seed: number;
  /** Remove a catalogue made earlier with the same seed before writing. */
  replace?: boolean;
  onProgress?: (done: number, total: number, what: string) => void;
}

export interface CatalogueResult {
  offers: number;
  partners: number;
  municipalities: number;
  ms: number;
}

/** The shared seeded generator, plus Strapi-shaped document ids: the same seed gives the same catalogue on every machine. */
export function catalogueRandom(seed: number) {
  const r = random(seed);
  const documentId = () => {
    const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
    let id = chars[r.below(26)];
    while (id.length < 24) id += chars[r.below(36)];
    return id;
  };
  return { ...r, documentId };
}

const KINDS = [
  'museum',
  'podium',
  'muziekschool',
  'kunstenaar',
  'erfgoedinstelling',
  'bibliotheek',
  'amateurvereniging',
  'filmhuis',
  'overig',
] as const;
const KIND_WORD: Record<string, string[]> = {
  museum: ['Museum', 'Stadsmuseum', 'Kunstmuseum'],
  podium: ['Theater', 'Schouwburg', 'Podium'],
  muziekschool: ['Muziekschool', 'Centrum voor de Kunsten', 'Kunstencentrum'],
  kunstenaar: ['Atelier', 'Studio', 'Werkplaats'],
  erfgoedinstelling: ['Erfgoedhuis', 'Historisch Genootschap', 'Oudheidkamer'],
  bibliotheek: ['Bibliotheek', 'Leeshuis'],
  amateurvereniging: ['Toneelvereniging', 'Harmonie', 'Dansgroep'],
  filmhuis: ['Filmhuis', 'Filmtheater'],
  overig: ['Cultuurhuis', 'Cultuurpunt', 'Broedplaats'],
};
const NAMES = [
  'De Regenboog',
  'Het Anker',
  'De Vonk',
  'De Lichtmast',
  'Het Spiegelhuis',
  'De Kade',
  'De Boog',
  'Het Klooster',
  'De Tuin',
  'De Waag',
  'De Molen',
  'Het Baken',
  'De Schakel',
  'Het Pakhuis',
  'De Duinroos',
  'De Zwaan',
  'Het Veer',
  'De Sluis',
  'De Parel',
  'Het Kompas',
];

const SUBJECTS: Record<string, string[]> = {
  VISUAL_ARTS: ['schilderen met licht', 'beeldhouwen in klei', 'graffiti op doek', 'tekenen naar waarneming', 'kunst van afval'],
  DANCE: ['moderne dans', 'streetdance', 'dansen met verhalen', 'volksdansen uit de wereld', 'bewegen op klassieke muziek'],
  THEATRE: ['improvisatietheater', 'poppenspel', 'spelen met maskers', 'een eigen toneelstuk', 'theater achter de schermen'],
  MUSIC: ['samen zingen', 'ritme en slagwerk', 'een eigen lied schrijven', 'het orkest ontdekken', 'muziek met de computer'],
  MEDIA: ['stop-motion', 'een eigen vlog', 'fotografie in de buurt', 'filmtaal', 'een podcast maken'],
  LITERATURE: ['poëzie', 'voorlezen en vertellen', 'strips tekenen en schrijven', 'spoken word', 'een eigen verhalenbundel'],
  HERITAGE: ['de geschiedenis van de buurt', 'monumenten', 'oude ambachten', 'verhalen van de haven', 'archeologie'],
  ARCHITECTURE_DESIGN: ['de stad van morgen', 'ontwerp je eigen stoel', 'bruggen bouwen', 'mode en textiel', 'ontwerpen met afval'],
  MULTIDISCIPLINARY: [
    'kunst en wetenschap',
    'een cultuurfestival op school',
    'de kunst van het samenwerken',
    'kunst in de wijk',
    'een kunstroute',
  ],
};
const TYPE_WORD: Record<string, string> = {
  voorstelling: 'Voorstelling:',
  bezoek: 'Op bezoek:',
  workshop: 'Workshop',
  lessenreeks: 'Lessenreeks',
  project: 'Project',
  nascholing: 'Nascholing',
  lesmateriaal: 'Lespakket',
};
const OFFER_TYPES = Object.keys(TYPE_WORD);
const LOCATION_TYPES = ['op_school', 'bij_partner', 'in_overleg', 'online'];
const UNITS: Record<string, string> = {
  voorstelling: 'per_leerling',
  bezoek: 'per_leerling',
  workshop: 'per_groep',
  lessenreeks: 'per_groep',
  project: 'vast',
  nascholing: 'vast',
  lesmateriaal: 'vast',
};
const TIMESTAMP = Date.UTC(2025, 5, 1, 8, 0, 0);

type Row = Record<string, unknown>;

/** Inserts in chunks that stay under SQLite's limit of bound variables. */
async function insert(trx: any, table: string, rows: Row[], written: (n: number) => void = () => {}): Promise<void> {
  if (!rows.length) return;
  // SQLite: at most 500 rows per compound insert and 32,766 bound variables.
  const size = Math.max(1, Math.min(400, Math.floor(30_000 / Object.keys(rows[0]).length)));
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    await trx(table).insert(chunk);
    written(chunk.length);
  }
}

async function nextId(trx: any, table: string): Promise<number> {
  const row = await trx(table).max({ max: 'id' }).first();
  return Number(row?.max ?? 0) + 1;
}

/**
 * A large published catalogue, written straight into the tables (two rows per document: draft
 * and published, as Strapi 5 stores them), so 5,000 offers take seconds instead of minutes.
 */
export async function generateCatalogue(strapi: Core.Strapi, options: CatalogueOptions): Promise<CatalogueResult> {
  const started = Date.now();
  const rnd = catalogueRandom(options.seed);
  const prefix = `cat${options.seed}-`;
  const progress = options.onProgress ?? (() => {});
  const lists = await ensureLists(strapi);

  // Municipalities: real ones first, then made-up codes in the GM9xxx range that CBS does not use.
  const real = [...MUNICIPALITIES, ...MORE_MUNICIPALITIES];
  const wanted = Array.from({ length: options.municipalities }, (_, i) =>
    i < real.length
      ? real[i]
      : {
          code: `GM9${String(i).padStart(3, '0')}`,
          name: `Proefgemeente ${i + 1}`,
          provinceCode: i % 2 ? 'PV27' : 'PV28',
          provinceName: i % 2 ? 'Noord-Holland' : 'Zuid-Holland',
        },
  );
  const municipalityRows: Array<{ id: number; code: string; name: string }> = [];
  for (const m of wanted) {
    let row = await strapi.db.query('api::municipality.municipality').findOne({ where: { code: m.code } });
    if (!row) {
      await strapi.documents('api::municipality.municipality' as any).create({ data: { ...m, referenceYear: 2025 } } as any);
      row = await strapi.db.query('api::municipality.municipality').findOne({ where: { code: m.code } });
    }
    municipalityRows.push(row);
  }

  const offerMeta = strapi.db.metadata.get('api::offer.offer') as any;
  const partnerMeta = strapi.db.metadata.get('api::partner.partner') as any;
  const existing = await strapi.db.query('api::offer.offer').count({ where: { slug: { $startsWith: prefix } } });
  const existingPartners = await strapi.db.query('api::partner.partner').count({ where: { slug: { $startsWith: prefix } } });
  if ((existing || existingPartners) && !options.replace)
    throw new Error(`a catalogue with seed ${options.seed} exists already (${existing / 2} offers); use --replace to make it again`);

  await strapi.db.transaction(async ({ trx }) => {
    if (existing || existingPartners) await removeCatalogue(strapi, trx, prefix);
    const col = (meta: any, attr: string) => meta.attributes[attr].columnName ?? attr;
    const jt = (meta: any, attr: string) => meta.attributes[attr].joinTable;

    // Partners: a draft row and a published row per document.
    let partnerId = await nextId(trx, partnerMeta.tableName);
    const partnerRows: Row[] = [];
    const homeLinks: Row[] = [];
    const partners: Array<{ draft: number; published: number; home: number; name: string; slug: string }> = [];
    for (let i = 0; i < options.partners; i++) {
      const kind = rnd.pick(KINDS);
      const home = rnd.pick(municipalityRows);
      const name = `${rnd.pick(KIND_WORD[kind])} ${rnd.pick(NAMES)} ${home.name}`;
      const slug = `${prefix}${slugify(name)}-${i + 1}`;
      const documentId = rnd.documentId();
      const summary = `${name} maakt aanbod voor scholen in ${home.name} en omgeving.`;
      const ids = { draft: partnerId++, published: partnerId++ };
      for (const [id, publishedAt] of [
        [ids.draft, null],
        [ids.published, TIMESTAMP],
      ] as const) {
        partnerRows.push({
          id,
          document_id: documentId,
          [col(partnerMeta, 'name')]: name,
          [col(partnerMeta, 'slug')]: slug,
          [col(partnerMeta, 'kind')]: kind,
          [col(partnerMeta, 'website')]: `https://www.${slugify(name)}.example`,
          [col(partnerMeta, 'summary')]: summary,
          [col(partnerMeta, 'description')]: summary,
          created_at: TIMESTAMP,
          updated_at: TIMESTAMP,
          published_at: publishedAt,
          locale: 'nl',
        });
        const link = jt(partnerMeta, 'homeMunicipality');
        homeLinks.push({ [link.joinColumn.name]: id, [link.inverseJoinColumn.name]: home.id });
      }
      partners.push({ ...ids, home: home.id, name, slug });
    }

    // Offers, their relations and their components (prices, booking contact), per row.
    let offerId = await nextId(trx, offerMeta.tableName);
    let priceId = await nextId(trx, 'components_shared_prices');
    let personId = await nextId(trx, 'components_contact_people');
    const offerRows: Row[] = [];
    const links: Record<string, Row[]> = {};
    const cmps: Row[] = [];
    const prices: Row[] = [];
    const people: Row[] = [];
    const cmpTable = jt(offerMeta, 'prices');
    const addLinks = (attr: string, ownerId: number, targetIds: number[]) => {
      const t = jt(offerMeta, attr);
      (links[t.name] ??= []).push(
        ...targetIds.map((targetId, index) => {
          const row: Row = { [t.joinColumn.name]: ownerId, [t.inverseJoinColumn.name]: targetId };
          if (t.orderColumnName) row[t.orderColumnName] = index + 1;
          if (t.inverseOrderColumnName) row[t.inverseOrderColumnName] = ownerId;
          return row;
        }),
      );
    };
    const disciplineCodes = [...lists.disciplines.keys()];
    const sectorsByLevel = new Map<string, string[]>();
    for (const s of SECTORS) sectorsByLevel.set(s.level, [...(sectorsByLevel.get(s.level) ?? []), s.code]);

    for (let i = 0; i < options.offers; i++) {
      const offerType = OFFER_TYPES[i % OFFER_TYPES.length];
      const locationType = LOCATION_TYPES[Math.floor(i / OFFER_TYPES.length) % LOCATION_TYPES.length];
      const disciplines = [disciplineCodes[i % disciplineCodes.length], ...rnd.some(disciplineCodes, 0, 1)].filter(
        (c, n, all) => all.indexOf(c) === n,
      );
      const level = rnd.pick(['po', 'po', 'vo', 'vo', 'mbo']);
      const sectorCodes = rnd.some(sectorsByLevel.get(level)!, 1, 3);
      const sectorInfo = SECTORS.filter((s) => sectorCodes.includes(s.code));
      const maxGrade = Math.min(...sectorInfo.map((s) => s.gradeMax));
      const gradeFrom = offerType === 'nascholing' ? null : rnd.int(1, maxGrade);
      const gradeTo = gradeFrom === null ? null : rnd.int(gradeFrom, maxGrade);
      const partner = rnd.pick(partners);
      const subject = rnd.pick(SUBJECTS[disciplines[0]]);
      const title = `${TYPE_WORD[offerType]} ${subject}`;
      const slug = `${prefix}${slugify(title)}-${i + 1}`;
      const documentId = rnd.documentId();
      const places = [
        partner.home,
        ...rnd.some(
          municipalityRows.map((m) => m.id),
          0,
          4,
        ),
      ].filter((c, n, all) => all.indexOf(c) === n);
      const themes = rnd.some([...lists.themeRows.values()], 0, 2);
      const kerndoelen = rnd.some([...lists.kerndoelRows.values()], 0, 3);
      const amount =
        UNITS[offerType] === 'per_leerling' ? rnd.int(3, 15) : UNITS[offerType] === 'per_groep' ? rnd.int(6, 24) * 25 : rnd.int(0, 30) * 50;
      const summary = `${title} van ${partner.name}, voor ${sectorInfo.map((s) => s.name.toLowerCase()).join(', ')}.`;
      const capacity = rnd.int(5, 60);
      const perSession = offerType === 'voorstelling' ? rnd.int(60, 300) : rnd.int(15, 32);
      const duration = rnd.pick([45, 60, 75, 90, 120, 180]);
      const contact = {
        name: `Contactpersoon ${i + 1}`,
        role: 'Planning',
        email: `planning${i + 1}@${partner.slug}.example`,
        phone: `06 2${String(i).padStart(7, '0')}`,
      };
      for (const [id, publishedAt, partnerRow] of [
        [offerId++, null, partner.draft],
        [offerId++, TIMESTAMP, partner.published],
      ] as const) {
        offerRows.push({
          id,
          document_id: documentId,
          [col(offerMeta, 'title')]: title,
          [col(offerMeta, 'slug')]: slug,
          [col(offerMeta, 'summary')]: summary,
          [col(offerMeta, 'description')]: summary,
          [col(offerMeta, 'gradeFrom')]: gradeFrom,
          [col(offerMeta, 'gradeTo')]: gradeTo,
          [col(offerMeta, 'offerType')]: offerType,
          [col(offerMeta, 'locationType')]: locationType,
          [col(offerMeta, 'audience')]: offerType === 'nascholing' ? 'leraren' : 'leerlingen',
          [col(offerMeta, 'durationMinutes')]: duration,
          [col(offerMeta, 'maxPupilsPerSession')]: perSession,
          [col(offerMeta, 'capacity')]: capacity,
          [col(offerMeta, 'bookingOpensOn')]: '2025-05-01',
          [col(offerMeta, 'bookingClosesOn')]: '2027-06-30',
          created_at: TIMESTAMP,
          updated_at: TIMESTAMP,
          published_at: publishedAt,
          locale: 'nl',
        });
        addLinks('partner', id, [partnerRow]);
        addLinks(
          'disciplines',
          id,
          disciplines.map((c) => lists.disciplineRows.get(c)!),
        );
        addLinks(
          'sectors',
          id,
          sectorCodes.map((c) => lists.sectorRows.get(c)!),
        );
        addLinks('municipalities', id, places);
        addLinks('themes', id, themes);
        addLinks('kerndoelen', id, kerndoelen);
        prices.push({ id: priceId, amount, unit: UNITS[offerType], label: null });
        cmps.push({
          [cmpTable.joinColumn.name]: id,
          [cmpTable.inverseJoinColumn.name]: priceId++,
          component_type: 'shared.price',
          field: 'prices',
          order: 1,
        });
        people.push({ id: personId, ...contact });
        cmps.push({
          [cmpTable.joinColumn.name]: id,
          [cmpTable.inverseJoinColumn.name]: personId++,
          component_type: 'contact.person',
          field: 'bookingContact',
          order: null,
        });
      }
    }

    // Everything is built in memory first (fast and deterministic); writing is what takes time.
    const writes: Array<[string, Row[]]> = [
      [partnerMeta.tableName, partnerRows],
      [jt(partnerMeta, 'homeMunicipality').name, homeLinks],
      [offerMeta.tableName, offerRows],
      ...Object.entries(links),
      ['components_shared_prices', prices],
      ['components_contact_people', people],
      [cmpTable.name, cmps],
    ];
    const totalRows = writes.reduce((sum, [, rows]) => sum + rows.length, 0);
    let done = 0;
    progress(0, totalRows, 'rijen');
    for (const [table, rows] of writes) await insert(trx, table, rows, (n) => progress((done += n), totalRows, `rijen (${table})`));
  });
  return { offers: options.offers, partners: options.partners, municipalities: municipalityRows.length, ms: Date.now() - started };
}

/** Deletes a generated catalogue (recognised by its slug prefix) with its links and components. */
async function removeCatalogue(strapi: Core.Strapi, trx: any, prefix: string): Promise<void> {
  for (const uid of ['api::offer.offer', 'api::partner.partner'] as const) {
    const meta = strapi.db.metadata.get(uid) as any;
    const ids = (await trx(meta.tableName).where('slug', 'like', `${prefix}%`).select('id')).map((r: any) => r.id);
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      if (uid === 'api::offer.offer') {
        const cmps = await trx('offers_cmps').whereIn('entity_id', chunk).select('cmp_id', 'component_type');
        await trx('components_shared_prices')
          .whereIn(
            'id',
            cmps.filter((c: any) => c.component_type === 'shared.price').map((c: any) => c.cmp_id),
          )
          .delete();
        await trx('components_contact_people')
          .whereIn(
            'id',
            cmps.filter((c: any) => c.component_type === 'contact.person').map((c: any) => c.cmp_id),
          )
          .delete();
        await trx('offers_cmps').whereIn('entity_id', chunk).delete();
      }
      for (const attr of Object.values(meta.attributes) as any[]) {
        if (attr.joinTable && attr.type === 'relation')
          await trx(attr.joinTable.name).whereIn(attr.joinTable.joinColumn.name, chunk).delete();
      }
      await trx(meta.tableName).whereIn('id', chunk).delete();
    }
  }
}
