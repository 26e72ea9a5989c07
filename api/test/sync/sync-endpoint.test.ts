import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDocument, listDocuments, putDocument, removeDocument, type ContentStore } from '../../src/sources/content/projection-store.ts';
import type { MunicipalityDoc, OfferDoc, PartnerDoc } from '../../src/domain/content.ts';
import { createStrapiClient } from '../../src/sources/strapi/client.ts';
import { handleSync, type SyncEndpointDeps } from '../../src/sync/handler.ts';
import { reconcile } from '../../src/sync/reconcile.ts';
import { getOfferFigures } from '../../src/modules/bookings/operations/get-offer-figures.ts';
import { schoolYearOf } from '../../src/domain/vocabulary.ts';
import { sign } from '@cmk/cms/src/sync/signature.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { FakeStrapi } from '../support/fake-strapi.ts';
import { createTestApi } from '../support/graphql.ts';

const SECRET = 'a-test-secret-of-some-length';
let sequence = 0;

const partnerEntry = (name: string, updatedAt: string) => ({
  documentId: 'p1',
  name,
  kind: 'museum',
  homeMunicipality: { documentId: 'm1', code: 'GM0392' },
  contactPerson: { name: 'Anna de Vries', email: 'anna@example.org', phone: '0612345678' },
  publishedAt: updatedAt,
  updatedAt,
});
const offerEntry = (title: string, updatedAt: string, partnerName = 'Frans Hals Museum') => ({
  documentId: 'o1',
  title,
  slug: 'schilderen-als-frans-hals',
  summary: 'Kijken en zelf schilderen.',
  offerType: 'workshop',
  locationType: 'bij_partner',
  audience: 'leerlingen',
  gradeFrom: 5,
  gradeTo: 8,
  capacity: 12,
  disciplines: [{ documentId: 'd1', code: 'VISUAL_ARTS' }],
  sectors: [{ documentId: 's1', code: 'BO', gradeMin: 1, gradeMax: 8 }],
  municipalities: [{ documentId: 'm1', code: 'GM0392' }],
  themes: [],
  kerndoelen: [{ documentId: 'k1', code: '54' }],
  prices: [{ id: 1, amount: '4.50', unit: 'per_leerling', label: null }],
  partner: { documentId: 'p1', name: partnerName, kind: 'museum', homeMunicipality: { documentId: 'm1', code: 'GM0392' } },
  project: null,
  // As Strapi's REST API gives the shared.address component (a decimal may come as a string from Postgres).
  venue: {
    id: 7,
    street: 'Groot Heiligland',
    houseNumber: '62',
    postalCode: '2011 ES',
    city: 'Haarlem',
    municipality: { documentId: 'm1', code: 'GM0392' },
    latitude: '52.3786',
    longitude: 4.6357,
  },
  images: [
    {
      id: 3,
      alt: 'Leerlingen schilderen in het museum',
      credit: 'Gegenereerde illustratie (CmK-platform)',
      file: {
        url: '/uploads/schilderen_1a2b.png',
        width: 1280,
        height: 720,
        mime: 'image/png',
        formats: {
          thumbnail: { url: '/uploads/thumbnail_schilderen_1a2b.png', width: 245, height: 138, size: 9.1, mime: 'image/png' },
          large: { url: '/uploads/large_schilderen_1a2b.png', width: 1000, height: 563, size: 71.5, mime: 'image/png' },
        },
      },
    },
    // A component whose file was deleted from the media library: nothing to show.
    { id: 4, alt: 'Weg', credit: null, file: null },
  ],
  publishedAt: updatedAt,
  updatedAt,
});

function event(body: string, signature?: string): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: 'POST /sync',
    rawPath: '/sync',
    rawQueryString: '',
    headers: signature ? { 'x-cmk-signature': signature, 'content-type': 'application/json' } : { 'content-type': 'application/json' },
    requestContext: { http: { method: 'POST', path: '/sync' }, requestId: 'r' } as never,
    body,
    isBase64Encoded: false,
  };
}

const signed = (changes: object[]): [string, string] => {
  const body = delivery(changes);
  return [body, sign(body, SECRET)];
};
const delivery = (changes: object[]) => JSON.stringify({ deliveryId: `delivery-${++sequence}-${Date.now()}`, changes });

describe('sync endpoint and reconcile (DynamoDB Local, Strapi REST stand-in)', () => {
  let db: TestDynamoDb;
  let strapi: FakeStrapi;
  let deps: SyncEndpointDeps;
  let store: ContentStore;

  beforeAll(async () => {
    db = await startDynamoDbLocal();
    strapi = new FakeStrapi();
    await strapi.start();
  });
  afterAll(async () => {
    await strapi?.stop();
    await db?.stop();
  });
  beforeEach(async () => {
    const tables = await db.createTestTables();
    store = { doc: db.doc, tableName: tables.content };
    strapi.published.clear();
    deps = { store, strapi: createStrapiClient(strapi.url, 'test-token'), secret: SECRET };
  });

  const post = (body: string, signature = sign(body, SECRET)) => handleSync(deps, event(body, signature));

  it('projects a published offer with its partner, and removes it after unpublish', async () => {
    strapi.publish('offer', 'nl', offerEntry('Schilderen als Frans Hals', '2026-03-01T10:00:00.000Z'));
    const res = await post(
      delivery([{ kind: 'offer', documentId: 'o1', locale: 'nl', action: 'publish', version: Date.parse('2026-03-01T10:00:00.000Z') }]),
    );
    expect(res.statusCode).toBe(200);
    const stored = await getDocument<OfferDoc>(store, 'offer', 'o1', 'nl');
    expect(stored?.document).toMatchObject({
      title: 'Schilderen als Frans Hals',
      disciplines: ['VISUAL_ARTS'],
      offerType: 'WORKSHOP',
      locationType: 'AT_VENUE',
      gradeRanges: [{ sector: 'BO', from: 5, to: 8 }],
      prices: [{ amount: 4.5, unit: 'PER_PUPIL' }],
      partner: { id: 'p1', name: 'Frans Hals Museum', municipalityCode: 'GM0392' },
      venue: {
        address: { street: 'Groot Heiligland', houseNumber: '62', postcode: '2011 ES', place: 'Haarlem', municipalityCode: 'GM0392' },
        latitude: 52.3786,
        longitude: 4.6357,
      },
      images: [
        {
          url: '/uploads/schilderen_1a2b.png',
          width: 1280,
          height: 720,
          alt: 'Leerlingen schilderen in het museum',
          credit: 'Gegenereerde illustratie (CmK-platform)',
          formats: {
            thumbnail: { url: '/uploads/thumbnail_schilderen_1a2b.png', width: 245, height: 138 },
            large: { url: '/uploads/large_schilderen_1a2b.png', width: 1000, height: 563 },
          },
        },
      ],
    });

    strapi.unpublish('offer', 'nl', 'o1');
    await post(
      delivery([{ kind: 'offer', documentId: 'o1', locale: 'nl', action: 'unpublish', version: Date.parse('2026-03-02T10:00:00.000Z') }]),
    );
    expect(await getDocument(store, 'offer', 'o1', 'nl')).toBeNull();
  });

  it('keeps a municipality in its region once when Strapi returns the region in both languages', async () => {
    const region = { documentId: 'r1', name: 'Zuid-Kennemerland' };
    strapi.publish('municipality', 'nl', {
      documentId: 'm1',
      code: 'GM0392',
      name: 'Haarlem',
      provinceCode: 'PV27',
      provinceName: 'Noord-Holland',
      regions: [region, { ...region, locale: 'en' }],
      latitude: 52.38,
      longitude: 4.64,
      updatedAt: '2026-03-01T10:00:00.000Z',
    });
    await post(delivery([{ kind: 'municipality', documentId: 'm1', locale: null, action: 'update', version: 1 }]));
    const stored = await getDocument<MunicipalityDoc>(store, 'municipality', 'GM0392', 'nl');
    expect(stored?.document.regionIds).toEqual(['r1']);
    expect(stored?.document).toMatchObject({ latitude: 52.38, longitude: 4.64 });
  });

  it('shows a partner rename on its offers', async () => {
    strapi.publish('partner', 'nl', partnerEntry('Frans Hals Museum', '2026-03-01T10:00:00.000Z'));
    strapi.publish('offer', 'nl', offerEntry('Schilderen', '2026-03-01T10:00:00.000Z'));
    await post(delivery([{ kind: 'offer', documentId: 'o1', locale: 'nl', action: 'publish', version: 1 }]));

    strapi.publish('partner', 'nl', partnerEntry('Frans Hals Museum Haarlem', '2026-03-05T10:00:00.000Z'));
    strapi.publish('offer', 'nl', offerEntry('Schilderen', '2026-03-01T10:00:00.000Z', 'Frans Hals Museum Haarlem'));
    await post(
      delivery([{ kind: 'partner', documentId: 'p1', locale: 'nl', action: 'update', version: Date.parse('2026-03-05T10:00:00.000Z') }]),
    );

    expect((await getDocument<PartnerDoc>(store, 'partner', 'p1', 'nl'))?.document.name).toBe('Frans Hals Museum Haarlem');
    expect((await getDocument<OfferDoc>(store, 'offer', 'o1', 'nl'))?.document.partner?.name).toBe('Frans Hals Museum Haarlem');
  });

  it('rejects a forged signature, a stale timestamp and a replayed delivery, writing nothing', async () => {
    strapi.publish('offer', 'nl', offerEntry('Schilderen', '2026-03-01T10:00:00.000Z'));
    const body = delivery([{ kind: 'offer', documentId: 'o1', locale: 'nl', action: 'publish', version: 1 }]);

    expect((await post(body, sign(body, 'not-the-secret-at-all'))).statusCode).toBe(401);
    expect((await post(body, sign(body, SECRET, Math.floor(Date.now() / 1000) - 3600))).statusCode).toBe(401);
    expect((await post(body, 'garbage')).statusCode).toBe(401);
    expect((await post(body, '')).statusCode).toBe(401);
    expect(await listDocuments(store, 'offer', 'nl')).toEqual([]);

    expect((await post(body)).statusCode).toBe(200);
    // The same delivery again, even freshly signed: refused, and nothing changes.
    strapi.publish('offer', 'nl', offerEntry('Gewijzigd', '2026-03-09T10:00:00.000Z'));
    const replay = await post(body);
    expect(replay.statusCode).toBe(409);
    expect((await getDocument<OfferDoc>(store, 'offer', 'o1', 'nl'))?.document.title).toBe('Schilderen');
  });

  it("an editor's capacity change moves the offer's capacity counter", async () => {
    const participation = { doc: db.doc, tableName: (await db.createTestTables()).participation };
    const withCounter = { ...deps, participation };
    strapi.publish('offer', 'nl', offerEntry('Schilderen', '2026-03-01T10:00:00.000Z'));
    await handleSync(withCounter, event(...signed([{ kind: 'offer', documentId: 'o1', locale: 'nl', action: 'publish', version: 1 }])));
    strapi.publish('offer', 'nl', { ...offerEntry('Schilderen', '2026-03-03T10:00:00.000Z'), capacity: 3 });
    await handleSync(withCounter, event(...signed([{ kind: 'offer', documentId: 'o1', locale: 'nl', action: 'update', version: 2 }])));
    const [figures] = await getOfferFigures(participation, [{ offerId: 'o1', schoolYear: schoolYearOf(new Date()) }]);
    expect(figures).toMatchObject({ capacity: 3, remaining: 3 });
  });

  it('keeps the newer of two versions delivered out of order', async () => {
    const newer = offerEntry('Versie twee', '2026-04-02T10:00:00.000Z');
    const older = offerEntry('Versie een', '2026-04-01T10:00:00.000Z');
    await putDocument(store, { ...(await mapOffer(newer)) }, Date.parse(newer.updatedAt));
    expect(await putDocument(store, await mapOffer(older), Date.parse(older.updatedAt))).toBe(false);
    expect((await getDocument<OfferDoc>(store, 'offer', 'o1', 'nl'))?.document.title).toBe('Versie twee');
    // An unpublish older than the stored version removes nothing either.
    expect(await removeDocument(store, 'offer', 'o1', 'nl', Date.parse(older.updatedAt))).toBe(false);
  });

  it('reconcile repairs an extra, a missing and a stale document and reports three changes', async () => {
    strapi.publish('offer', 'nl', offerEntry('Schilderen', '2026-03-01T10:00:00.000Z'));
    strapi.publish('partner', 'nl', partnerEntry('Frans Hals Museum', '2026-03-01T10:00:00.000Z'));
    expect((await reconcile(deps)).length).toBe(2);
    expect(await reconcile(deps)).toEqual([]);

    // Corrupt on purpose: a stray offer, a missing partner, a stale offer title.
    const stray = { ...(await mapOffer(offerEntry('Spook', '2026-01-01T00:00:00.000Z'))), id: 'ghost' };
    await putDocument(store, stray, 1);
    await removeDocument(store, 'partner', 'p1', 'nl', Number.MAX_SAFE_INTEGER);
    const current = (await getDocument<OfferDoc>(store, 'offer', 'o1', 'nl'))!;
    await putDocument(store, { ...current.document, title: 'Verouderd' }, current.version + 1);

    const changes = await reconcile(deps);
    expect(changes.map((c) => `${c.what} ${c.kind} ${c.id}`).sort()).toEqual([
      'missing partner p1',
      'stale offer o1',
      'unpublished offer ghost',
    ]);
    expect(await reconcile(deps)).toEqual([]);
    expect((await getDocument<OfferDoc>(store, 'offer', 'o1', 'nl'))?.document.title).toBe('Schilderen');
  });

  it('reconcile repairs a stale venue: a moved position or a dropped address comes back as Strapi has it', async () => {
    strapi.publish('offer', 'nl', offerEntry('Schilderen', '2026-03-01T10:00:00.000Z'));
    await reconcile(deps);
    const current = (await getDocument<OfferDoc>(store, 'offer', 'o1', 'nl'))!;
    await putDocument(store, { ...current.document, venue: { latitude: 51.0, longitude: 5.0 } }, current.version + 1);
    const changes = await reconcile(deps);
    expect(changes.map((c) => `${c.what} ${c.kind} ${c.id}`)).toEqual(['stale offer o1']);
    expect((await getDocument<OfferDoc>(store, 'offer', 'o1', 'nl'))?.document.venue).toEqual(current.document.venue);
    expect(current.document.venue?.latitude).toBe(52.3786);
  });

  it('reconcile repairs a stale image URL (a replaced file) and a partner logo that went missing', async () => {
    strapi.publish('offer', 'nl', offerEntry('Schilderen', '2026-03-01T10:00:00.000Z'));
    strapi.publish('partner', 'nl', {
      ...partnerEntry('Frans Hals Museum', '2026-03-01T10:00:00.000Z'),
      logo: {
        id: 1,
        alt: 'Logo van het museum',
        credit: null,
        file: { url: 'https://cdn.example/logo.png', width: 600, height: 600, formats: {} },
      },
    });
    await reconcile(deps);
    const offer = (await getDocument<OfferDoc>(store, 'offer', 'o1', 'nl'))!;
    const stale = { ...offer.document.images![0]!, url: '/uploads/verwijderd.png' };
    await putDocument(store, { ...offer.document, images: [stale] }, offer.version + 1);
    const partner = (await getDocument<PartnerDoc>(store, 'partner', 'p1', 'nl'))!;
    const { logo: _logo, ...withoutLogo } = partner.document;
    await putDocument(store, withoutLogo, partner.version + 1);

    const changes = await reconcile(deps);
    expect(changes.map((c) => `${c.what} ${c.kind} ${c.id}`).sort()).toEqual(['stale offer o1', 'stale partner p1']);
    expect((await getDocument<OfferDoc>(store, 'offer', 'o1', 'nl'))?.document.images?.[0]?.url).toBe('/uploads/schilderen_1a2b.png');
    expect((await getDocument<PartnerDoc>(store, 'partner', 'p1', 'nl'))?.document.logo?.url).toBe('https://cdn.example/logo.png');
  });

  it('the API keeps answering offers from the projection while Strapi is unreachable', async () => {
    strapi.publish('offer', 'nl', offerEntry('Schilderen', '2026-03-01T10:00:00.000Z'));
    await reconcile(deps);
    const requestsBefore = strapi.requests;
    const api = createTestApi(db.doc, { content: store.tableName, participation: 'unused-participation' });
    const result = await api.run<{ offers: { totalCount: number; edges: { node: { title: string } }[] } }>(
      '{ offers { totalCount edges { node { title } } } }',
    );
    expect(result.data?.offers.edges.map((e) => e.node.title)).toEqual(['Schilderen']);
    expect(strapi.requests).toBe(requestsBefore);
  });
});

async function mapOffer(entry: ReturnType<typeof offerEntry>): Promise<OfferDoc> {
  const { mapOffer: map } = await import('../../src/sync/map-entry.ts');
  return map(entry as never, 'nl');
}
