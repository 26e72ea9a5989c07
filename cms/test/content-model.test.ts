import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CMS_DIR } from './support/env';
import { counts, startStrapi, type TestStrapi } from './support/strapi';

let app: TestStrapi;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startStrapi('content-model');
  const one = async (uid: string, where: Record<string, unknown>) =>
    (await app.strapi.db.query(uid as any).findOne({ where, select: ['documentId'] })).documentId as string;
  ids.music = await one('api::discipline.discipline', { code: 'MUSIC' });
  ids.dance = await one('api::discipline.discipline', { code: 'DANCE' });
  ids.bo = await one('api::sector.sector', { code: 'BO' });
  ids.vmbo = await one('api::sector.sector', { code: 'VMBO' });
  ids.haarlem = await one('api::municipality.municipality', { code: 'GM0392' });
  ids.partner = await one('api::partner.partner', { slug: 'patronaat' });
});
afterAll(async () => {
  await app?.close();
});

const TYPES = [
  'api::offer.offer',
  'api::partner.partner',
  'api::project.project',
  'api::region.region',
  'api::municipality.municipality',
  'api::discipline.discipline',
  'api::sector.sector',
  'api::theme.theme',
  'api::kerndoel.kerndoel',
];

const offers = () => app.strapi.documents('api::offer.offer' as any);
let slugCounter = 0;
const goodOffer = (extra: Record<string, unknown> = {}) => ({
  title: 'Samen zingen in de klas',
  slug: `samen-zingen-${++slugCounter}`,
  offerType: 'lessenreeks',
  locationType: 'op_school',
  audience: 'leerlingen',
  disciplines: [ids.music],
  sectors: [ids.bo],
  municipalities: [ids.haarlem],
  gradeFrom: 3,
  gradeTo: 5,
  capacity: 12,
  prices: [{ amount: 250, unit: 'per_groep' }],
  ...extra,
});

/** Resolves to the ValidationError a bad document raises, or fails the test. */
async function rejection(promise: Promise<unknown>): Promise<{ message: string; paths: string[] }> {
  try {
    await promise;
  } catch (error: any) {
    expect(error.name).toBe('ValidationError');
    return { message: error.message, paths: (error.details?.errors ?? []).map((e: any) => e.path.join('.')) };
  }
  throw new Error('expected a ValidationError');
}

describe('schemas', () => {
  it('load every content type with draft & publish and locales where editors need them', () => {
    for (const uid of TYPES) expect(app.strapi.contentTypes[uid as any], uid).toBeDefined();
    for (const uid of ['api::offer.offer', 'api::partner.partner', 'api::project.project'])
      expect((app.strapi.contentTypes as any)[uid].options.draftAndPublish, uid).toBe(true);
    const offer = (app.strapi.contentTypes as any)['api::offer.offer'];
    expect(offer.attributes.title.pluginOptions.i18n.localized).toBe(true);
    expect(offer.attributes.capacity.pluginOptions.i18n.localized).toBe(false);
    expect(offer.attributes.disciplines).toMatchObject({ type: 'relation', relation: 'manyToMany', target: 'api::discipline.discipline' });
    for (const uid of ['shared.price', 'shared.address', 'shared.image', 'contact.person', 'contact.organisation'])
      expect(app.strapi.components[uid as any], uid).toBeDefined();
  });

  it('has Dutch as the default locale and English as the second', async () => {
    const locales = app.strapi.plugin('i18n').service('locales');
    expect(await locales.getDefaultLocale()).toBe('nl');
    expect((await locales.find()).map((l: any) => l.code).sort()).toEqual(['en', 'nl']);
  });
});

describe('admin', () => {
  it('labels every field in Dutch, never by its code name, and lists title, partner and disciplines', async () => {
    const service = app.strapi.plugin('content-manager').service('content-types') as any;
    for (const uid of TYPES) {
      const config = await service.findConfiguration(app.strapi.contentTypes[uid as any]);
      for (const [field, meta] of Object.entries<any>(config.metadatas)) {
        if (meta.list?.label) expect(meta.list.label, `${uid} ${field}`).not.toBe(field);
        if (meta.edit?.label) expect(meta.edit.label, `${uid} ${field}`).not.toBe(field);
      }
    }
    const offer = await service.findConfiguration(app.strapi.contentTypes['api::offer.offer' as any]);
    expect(offer.layouts.list).toEqual(['title', 'partner', 'disciplines', 'offerType']);
    expect(offer.metadatas.partner.list.mainField).toBe('name');
  });
});

describe('generated types', () => {
  it('are committed for every content type and component', () => {
    const dir = path.join(CMS_DIR, 'types', 'generated');
    const types = fs.readFileSync(path.join(dir, 'contentTypes.d.ts'), 'utf8');
    for (const uid of TYPES) expect(types, uid).toContain(`'${uid}'`);
    const components = fs.readFileSync(path.join(dir, 'components.d.ts'), 'utf8');
    for (const uid of ['shared.price', 'shared.address', 'contact.person', 'contact.organisation'])
      expect(components, uid).toContain(`'${uid}'`);
  });
});

describe('validation', () => {
  it('accepts a complete offer', async () => {
    const created = await offers().create({ data: goodOffer() } as any);
    expect(created.documentId).toBeTruthy();
  });

  it('requires at least one discipline', async () => {
    const { message, paths } = await rejection(offers().create({ data: goodOffer({ disciplines: [] }) } as any));
    expect(message).toContain('Disciplines');
    expect(paths).toContain('disciplines');
  });

  it('requires at least one municipality', async () => {
    const { message, paths } = await rejection(offers().create({ data: goodOffer({ municipalities: [] }) } as any));
    expect(message).toContain('Gemeenten');
    expect(paths).toContain('municipalities');
  });

  it('checks the grade range against the sector: groep 1–8 in primary, leerjaar in secondary', async () => {
    const primary = await rejection(offers().create({ data: goodOffer({ gradeFrom: 3, gradeTo: 9 }) } as any));
    expect(primary.message).toContain('Tot en met groep/leerjaar');
    expect(primary.message).toContain('groep 1–8');
    const secondary = await rejection(offers().create({ data: goodOffer({ sectors: [ids.vmbo], gradeFrom: 1, gradeTo: 6 }) } as any));
    expect(secondary.message).toContain('leerjaar 1–4');
    const mixed = await rejection(offers().create({ data: goodOffer({ sectors: [ids.bo, ids.vmbo] }) } as any));
    expect(mixed.paths).toContain('gradeFrom');
    const reversed = await rejection(offers().create({ data: goodOffer({ gradeFrom: 6, gradeTo: 4 }) } as any));
    expect(reversed.paths).toContain('gradeTo');
    await expect(offers().create({ data: goodOffer({ sectors: [ids.vmbo], gradeFrom: 1, gradeTo: 4 }) } as any)).resolves.toBeTruthy();
    await expect(
      offers().create({ data: goodOffer({ sectors: [ids.bo, ids.vmbo], gradeFrom: null, gradeTo: null }) } as any),
    ).resolves.toBeTruthy();
  });

  it('rejects negative prices and capacity', async () => {
    const price = await rejection(offers().create({ data: goodOffer({ prices: [{ amount: -5, unit: 'per_leerling' }] }) } as any));
    expect(price.message).toContain('Prijzen');
    expect(price.paths).toContain('prices.0.amount');
    const capacity = await rejection(offers().create({ data: goodOffer({ capacity: -1 }) } as any));
    expect(capacity.message).toContain('Capaciteit per schooljaar');
    const perSession = await rejection(offers().create({ data: goodOffer({ maxPupilsPerSession: -30 }) } as any));
    expect(perSession.paths).toContain('maxPupilsPerSession');
  });

  it('keeps slugs unique', async () => {
    const { message, paths } = await rejection(offers().create({ data: goodOffer({ slug: 'popkoor-op-school' }) } as any));
    expect(message).toContain('Slug');
    expect(paths).toContain('slug');
    const partner = await rejection(
      app.strapi
        .documents('api::partner.partner' as any)
        .create({ data: { name: 'Tweede Patronaat', slug: 'patronaat', kind: 'podium' } } as any),
    );
    expect(partner.paths).toContain('slug');
  });

  it('checks a new translation against the shared lists of the other language', async () => {
    const created = await offers().create({ locale: 'nl', data: goodOffer() } as any);
    const english = await offers().update({
      documentId: created.documentId,
      locale: 'en',
      data: { title: 'Singing together in class' },
    } as any);
    expect(english.title).toBe('Singing together in class');
  });

  it('checks an update against the stored document: removing the last discipline is refused', async () => {
    const created = await offers().create({ data: goodOffer() } as any);
    const { paths } = await rejection(
      offers().update({ documentId: created.documentId, data: { disciplines: { disconnect: [ids.music] } } } as any),
    );
    expect(paths).toContain('disciplines');
    await expect(
      offers().update({ documentId: created.documentId, data: { disciplines: { connect: [ids.dance] } } } as any),
    ).resolves.toBeTruthy();
  });

  it('requires CBS codes GM + 4 digits and province codes PV + 2 digits', async () => {
    const municipalities = app.strapi.documents('api::municipality.municipality' as any);
    const gm = await rejection(
      municipalities.create({ data: { name: 'Bloemendaal', code: '0377', provinceCode: 'PV27', provinceName: 'Noord-Holland' } } as any),
    );
    expect(gm.message).toContain('CBS-code');
    expect(gm.paths).toContain('code');
    const pv = await rejection(
      municipalities.create({ data: { name: 'Bloemendaal', code: 'GM0377', provinceCode: 'NH', provinceName: 'Noord-Holland' } } as any),
    );
    expect(pv.message).toContain('Provinciecode');
    await expect(
      municipalities.create({
        data: { name: 'Bloemendaal', code: 'GM0377', provinceCode: 'PV27', provinceName: 'Noord-Holland', referenceYear: 2025 },
      } as any),
    ).resolves.toBeTruthy();
  });

  it('keeps a venue address with its municipality and position, and wants latitude and longitude together', async () => {
    const venue = { street: 'Groot Heiligland', houseNumber: '62', postalCode: '2011 ES', city: 'Haarlem', municipality: ids.haarlem };
    const created = await offers().create({ data: goodOffer({ venue: { ...venue, latitude: 52.3786, longitude: 4.6357 } }) } as any);
    const stored: any = await offers().findOne({
      documentId: created.documentId,
      populate: { venue: { populate: ['municipality'] } },
    } as any);
    expect(stored.venue).toMatchObject({ street: 'Groot Heiligland', postalCode: '2011 ES', municipality: { code: 'GM0392' } });
    expect(Number(stored.venue.latitude)).toBeCloseTo(52.3786, 4);
    expect(Number(stored.venue.longitude)).toBeCloseTo(4.6357, 4);

    const half = await rejection(offers().create({ data: goodOffer({ venue: { ...venue, latitude: 52.3786 } }) } as any));
    expect(half.message).toContain('breedtegraad én lengtegraad');
    expect(half.paths).toContain('venue.longitude');
    const partner = await rejection(
      app.strapi
        .documents('api::partner.partner' as any)
        .update({ documentId: ids.partner, data: { address: { city: 'Haarlem', longitude: 4.63 } } } as any),
    );
    expect(partner.paths).toContain('address.latitude');
    // Strapi's own bounds keep a position on the globe.
    await expect(offers().create({ data: goodOffer({ venue: { ...venue, latitude: 95, longitude: 4.6 } }) } as any)).rejects.toThrow();
  });

  it('seeds every municipality with a centre and every offer at a venue with its partner’s address', async () => {
    const municipalities = await app.strapi.db.query('api::municipality.municipality').findMany({ where: { code: { $startsWith: 'GM' } } });
    const seeded = municipalities.filter((m: any) => m.code !== 'GM0377');
    expect(seeded.length).toBeGreaterThan(10);
    for (const m of seeded) expect([m.code, m.latitude !== null && m.longitude !== null]).toEqual([m.code, true]);
    const atVenue: any[] = await offers().findMany({
      filters: { locationType: 'bij_partner' },
      status: 'published',
      populate: { venue: { populate: ['municipality'] } },
    } as any);
    expect(atVenue.length).toBeGreaterThan(5);
    for (const o of atVenue) expect(o.venue?.municipality?.code, o.slug).toMatch(/^GM\d{4}$/);
  });
});

describe('images', () => {
  const files = () => app.strapi.db.query('plugin::upload.file');
  const cover = async () => (await files().findOne({ where: { name: 'cmk-illustratie-music.png' } })).id as number;

  it('seeds offers with generated illustrations, the first as cover, in Strapi’s responsive formats, and partners with a logo', async () => {
    const seeded: any = await offers().findFirst({
      filters: { slug: { $notNull: true } },
      status: 'published',
      populate: { images: { populate: ['file'] } },
    } as any);
    expect(seeded.images.length).toBeGreaterThan(0);
    const [first] = seeded.images;
    expect(first.alt).toMatch(/^Gegenereerde illustratie bij /);
    expect(first.credit).toBe('Gegenereerde illustratie (CmK-platform)');
    expect(first.file.mime).toBe('image/png');
    expect(first.file.width).toBe(1280);
    expect(Object.keys(first.file.formats).sort()).toEqual(['large', 'medium', 'small', 'thumbnail']);
    const english: any = await offers().findOne({ documentId: seeded.documentId, locale: 'en', populate: ['images'] } as any);
    expect(english.images[0].alt).toMatch(/^Generated illustration for /);
    const partner: any = await app.strapi
      .documents('api::partner.partner' as any)
      .findOne({ documentId: ids.partner, populate: { logo: { populate: ['file'] } } } as any);
    expect(partner.logo.alt).toMatch(/^Gegenereerd logo-teken van /);
    expect(partner.logo.file.mime).toBe('image/png');
  });

  it('wants an alt text on every image, and refuses files that are no image or over 10 MB', async () => {
    const file = await cover();
    await expect(offers().create({ data: goodOffer({ images: [{ file, alt: 'Noten op een balk' }] }) } as any)).resolves.toBeTruthy();
    const noAlt = await rejection(
      offers().create({
        data: goodOffer({
          images: [
            { file, alt: 'Noten' },
            { file, alt: ' ' },
          ],
        }),
      } as any),
    );
    expect(noAlt.message).toContain('Afbeelding 2: vul een alt-tekst in');
    expect(noAlt.paths).toContain('images.1.alt');

    // Files already in the media library from before the upload rules: a PDF and a very large photo.
    const base = { hash: 'x', ext: '.pdf', url: '/uploads/x.pdf', provider: 'local', folderPath: '/' };
    const pdf = await files().create({ data: { ...base, name: 'programma.pdf', mime: 'application/pdf', size: 120 } });
    const huge = await files().create({ data: { ...base, name: 'groot.jpg', ext: '.jpg', mime: 'image/jpeg', size: 12_500 } });
    const notImage = await rejection(offers().create({ data: goodOffer({ images: [{ file: pdf.id, alt: 'Programma' }] }) } as any));
    expect(notImage.message).toContain('"programma.pdf" is geen afbeelding (application/pdf)');
    expect(notImage.paths).toContain('images.0.file');
    const tooBig = await rejection(offers().create({ data: goodOffer({ images: [{ file: huge.id, alt: 'Zaal' }] }) } as any));
    expect(tooBig.message).toContain('"groot.jpg" is 12.5 MB; een afbeelding mag hoogstens 10 MB zijn');
    const logo = await rejection(
      app.strapi
        .documents('api::partner.partner' as any)
        .update({ documentId: ids.partner, data: { logo: { file: pdf.id, alt: 'Logo' } } } as any),
    );
    expect(logo.message).toContain('Logo: "programma.pdf" is geen afbeelding');
  });

  it('refuses uploads that are no image or over 10 MB, with the reason', async () => {
    const token: any = await (app.strapi.service('admin::api-token') as any).create({
      name: 'upload-test',
      type: 'full-access',
      lifespan: null,
    });
    const upload = async (name: string, type: string, bytes: Uint8Array) => {
      const form = new FormData();
      form.append('files', new Blob([bytes], { type }), name);
      const res = await fetch(`${app.url}/api/upload`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token.accessKey}` },
        body: form,
      });
      return { status: res.status, body: await res.text() };
    };
    const png = fs.readFileSync(
      path.join(
        app.strapi.dirs.static.public,
        'uploads',
        (await files().findOne({ where: { name: 'cmk-illustratie-dance.png' } })).url.replace('/uploads/', ''),
      ),
    );
    expect((await upload('dans.png', 'image/png', png)).status).toBe(201);
    const script = await upload('les.sh', 'application/x-sh', new TextEncoder().encode('#!/bin/sh\necho hallo\n'));
    expect(script.status).toBe(400);
    expect(script.body).toMatch(/not allowed/);
    const big = new Uint8Array(10.5 * 1024 * 1024);
    big.set(png.subarray(0, 64));
    const large = await upload('groot.png', 'image/png', big);
    expect(large.status).toBe(413);
    expect(large.body).toMatch(/exceeds size limit of 10/);
  });
});

describe('private contact data', () => {
  const get = (path: string, token?: string) =>
    fetch(`${app.url}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} }).then(async (r) => ({
      status: r.status,
      body: await r.json(),
    }));

  it('is absent from the public REST response, also when populated through a relation', async () => {
    const offer = await get('/api/offers?filters[slug][$eq]=popkoor-op-school&populate=*');
    expect(offer.status).toBe(200);
    expect(offer.body.data).toHaveLength(1);
    expect(offer.body.data[0].title).toBe('Popkoor op school');
    expect(offer.body.data[0]).not.toHaveProperty('bookingContact');
    expect(offer.body.data[0].prices[0].amount).toBeGreaterThanOrEqual(0);
    const partner = await get('/api/partners?filters[slug][$eq]=patronaat&populate[offers][populate]=*&populate[publicContact]=true');
    expect(partner.body.data[0]).not.toHaveProperty('contactPerson');
    expect(partner.body.data[0].publicContact.email).toMatch(/@/);
    expect(partner.body.data[0].offers[0]).not.toHaveProperty('bookingContact');
    const project = await get('/api/projects?filters[kind][$eq]=leergemeenschap&populate=*');
    expect(project.body.data[0]).not.toHaveProperty('moderator');
    expect(project.body.data[0]).not.toHaveProperty('members');
    const everything = JSON.stringify([offer.body, partner.body, project.body]);
    for (const person of ['Yara Jansen', 'yara.jansen', 'Hanneke Bos', 'Rik Veenstra']) expect(everything).not.toContain(person);
  });

  it('cannot be probed through filters', async () => {
    const probe = await get('/api/offers?filters[bookingContact][name][$eq]=Yara%20Jansen');
    expect(probe.status).toBe(400);
  });

  it('is returned to the API’s own read-only token', async () => {
    expect(app.apiToken).toBeTruthy();
    const offer = await get('/api/offers?filters[slug][$eq]=popkoor-op-school&populate=*', app.apiToken);
    expect(offer.status).toBe(200);
    expect(offer.body.data[0].bookingContact).toMatchObject({ name: 'Yara Jansen', email: expect.stringContaining('@') });
    const project = await get('/api/projects?filters[kind][$eq]=leergemeenschap&populate=*', app.apiToken);
    expect(project.body.data[0].moderator.name).toBe('Hanneke Bos');
  });
});

describe('seed', () => {
  it('covers every discipline, sector, offer type and location type with at least 60 published offers', async () => {
    const published = await app.strapi.documents('api::offer.offer' as any).findMany({
      status: 'published',
      locale: 'nl',
      filters: { slug: { $notContains: 'samen-zingen' } },
      populate: { disciplines: true, sectors: true, municipalities: true },
      limit: 1000,
    } as any);
    expect(published.length).toBeGreaterThanOrEqual(60);
    const seen = (f: (o: any) => string[]) => new Set(published.flatMap(f));
    expect(seen((o) => o.disciplines.map((d: any) => d.code)).size).toBe(9);
    expect(seen((o) => o.sectors.map((s: any) => s.code)).size).toBe(9);
    expect(seen((o) => [o.offerType]).size).toBe(7);
    expect(seen((o) => [o.locationType]).size).toBe(4);
    const codes = seen((o) => o.municipalities.map((m: any) => m.code));
    for (const code of ['GM0392', 'GM0397', 'GM0473', 'GM0622', 'GM0542']) expect(codes.has(code), code).toBe(true);
    const projects = await app.strapi.documents('api::project.project' as any).findMany({ status: 'published', locale: 'nl' } as any);
    expect(projects.map((p: any) => p.title)).toEqual(expect.arrayContaining(['De culturele kookpot', 'Cultureel speciaal', 'Cultuur023']));
  });

  it('is idempotent: running it again changes no counts', async () => {
    const before = await counts(app.strapi, TYPES);
    const { seed } = require('../dist/src/seed');
    await seed(app.strapi);
    expect(await counts(app.strapi, TYPES)).toEqual(before);
  });
});

describe('catalogue generator', () => {
  it('writes a large published catalogue that Strapi reads like edited content, the same for the same seed', async () => {
    const { generateCatalogue } = require('../dist/src/catalogue/generate');
    const before = await counts(app.strapi, ['api::offer.offer', 'api::partner.partner']);
    const options = { offers: 300, partners: 20, municipalities: 42, seed: 7 };
    const first = await generateCatalogue(app.strapi, options);
    expect(first.municipalities).toBe(42);
    const after = await counts(app.strapi, ['api::offer.offer', 'api::partner.partner']);
    expect(after['api::offer.offer'] - before['api::offer.offer']).toBe(600); // a draft and a published row each
    expect(after['api::partner.partner'] - before['api::partner.partner']).toBe(40);

    const sample = async () =>
      app.strapi.documents('api::offer.offer' as any).findMany({
        status: 'published',
        locale: 'nl',
        filters: { slug: { $startsWith: 'cat7-' } },
        sort: 'slug:asc',
        limit: 5,
        populate: { disciplines: true, sectors: true, municipalities: true, partner: true, prices: true },
      } as any);
    const generated = await sample();
    expect(generated).toHaveLength(5);
    for (const offer of generated) {
      expect(offer.disciplines.length).toBeGreaterThan(0);
      expect(offer.municipalities.length).toBeGreaterThan(0);
      expect(offer.partner.slug).toMatch(/^cat7-/);
      expect(offer.prices[0].amount).toBeGreaterThanOrEqual(0);
      expect(new Set(offer.sectors.map((s: any) => s.level)).size).toBe(1);
    }

    await expect(generateCatalogue(app.strapi, options)).rejects.toThrow(/--replace/);
    await generateCatalogue(app.strapi, { ...options, replace: true });
    expect(await counts(app.strapi, ['api::offer.offer', 'api::partner.partner'])).toEqual(after);
    const again = await sample();
    expect(again.map((o: any) => [o.documentId, o.title, o.disciplines.map((d: any) => d.code)])).toEqual(
      generated.map((o: any) => [o.documentId, o.title, o.disciplines.map((d: any) => d.code)]),
    );

    const res = await fetch(
      `${app.url}/api/offers?filters[slug][$startsWith]=cat7-&filters[disciplines][code][$eq]=DANCE&populate=*&pagination[pageSize]=1`,
    );
    const body = await res.json();
    expect(body.meta.pagination.total).toBeGreaterThan(0);
    expect(body.data[0]).not.toHaveProperty('bookingContact');
  });
});

describe('locales', () => {
  it('keeps texts per language and codes, numbers and relations the same in both', async () => {
    const find = (locale: string) =>
      app.strapi.documents('api::offer.offer' as any).findFirst({
        locale,
        status: 'published',
        filters: { slug: 'popkoor-op-school' },
        populate: { disciplines: true, municipalities: true, partner: true },
      } as any);
    const [nl, en] = await Promise.all([find('nl'), find('en')]);
    expect(nl.title).toBe('Popkoor op school');
    expect(en.title).toBe('Pop choir at school');
    expect(en.documentId).toBe(nl.documentId);
    expect(en.capacity).toBe(nl.capacity);
    expect(en.disciplines.map((d: any) => d.code)).toEqual(nl.disciplines.map((d: any) => d.code));
    expect(en.partner.name).toBe('Patronaat');
    const res = await fetch(`${app.url}/api/offers?locale=en&filters[slug][$eq]=popkoor-op-school`);
    expect((await res.json()).data[0].title).toBe('Pop choir at school');
  });

  /** Per content type: the localized texts, and what both languages must share (codes, numbers, relations). */
  const LOCALIZED: Array<{ uid: string; slugs: () => string[]; texts: string[]; shared: (d: any) => unknown; populate: object }> = [
    {
      uid: 'api::offer.offer',
      slugs: () => require('../dist/src/seed/offers').OFFERS.map((o: any) => o.slug),
      texts: ['title', 'summary', 'description'],
      shared: (d) => [
        d.offerType,
        d.locationType,
        d.audience,
        d.gradeFrom,
        d.gradeTo,
        d.capacity,
        d.durationMinutes,
        d.maxPupilsPerSession,
        d.bookingOpensOn,
        d.bookingClosesOn,
        d.prices.map((p: any) => [p.amount, p.unit]),
        d.partner?.slug,
        d.project?.slug ?? null,
        ...['disciplines', 'sectors', 'municipalities', 'themes', 'kerndoelen'].map((r) => d[r].map((x: any) => x.code).sort()),
      ],
      populate: {
        prices: true,
        partner: true,
        project: true,
        disciplines: true,
        sectors: true,
        municipalities: true,
        themes: true,
        kerndoelen: true,
      },
    },
    {
      uid: 'api::partner.partner',
      slugs: () => require('../dist/src/seed/content').PARTNERS.map((p: any) => p.slug),
      texts: ['summary', 'description'],
      shared: (d) => [d.name, d.kind, d.website, d.homeMunicipality?.code, d.address?.street ?? null],
      populate: { homeMunicipality: true, address: true },
    },
    {
      uid: 'api::project.project',
      slugs: () => require('../dist/src/seed/content').PROJECTS.map((p: any) => p.slug),
      texts: ['title', 'summary', 'description', 'question', 'outcomes'],
      shared: (d) => [
        d.kind,
        d.period,
        d.startYear,
        d.endYear,
        d.moderator?.email ?? null,
        ...['themes', 'sectors'].map((r) => d[r].map((x: any) => x.code).sort()),
        ...['regions', 'partners'].map((r) => d[r].map((x: any) => x.slug).sort()),
      ],
      populate: { themes: true, sectors: true, regions: true, partners: true, moderator: true },
    },
    {
      uid: 'api::region.region',
      slugs: () => require('../dist/src/seed/content').REGIONS.map((r: any) => r.slug),
      texts: ['description'],
      shared: (d) => [d.name, d.coordinator, d.provinceCode, d.contactPerson?.email, d.municipalities.map((m: any) => m.code).sort()],
      populate: { municipalities: true, contactPerson: true },
    },
  ];
  it('relates a municipality to its region as one document, although Strapi returns a row per language', async () => {
    // The API projects regions from the municipality side with this populate (api/src/sources/strapi/client.ts);
    // api/src/sync/map-entry.ts folds the rows by documentId.
    const res = await fetch(`${app.url}/api/municipalities?filters[code][$eq]=GM0392&populate[regions][fields][0]=name`, {
      headers: { authorization: `Bearer ${app.apiToken}` },
    });
    const regions = (await res.json()).data[0].regions;
    expect(new Set(regions.map((r: any) => r.documentId)).size).toBe(1);
    expect(new Set(regions.map((r: any) => r.name))).toEqual(new Set(['Zuid-Kennemerland']));
  });

  // Proper names are the same in both languages; every other text is translated.
  const SAME_IN_BOTH = new Set(['api::project.project cultuur023 title']);

  it.each(LOCALIZED.map((t) => [t.uid, t] as const))(
    'gives every seeded %s a published English version with its own texts and the Dutch codes and relations',
    async (uid, type) => {
      const slugs = type.slugs();
      expect(slugs.length).toBeGreaterThan(0);
      const find = (locale: string) =>
        app.strapi.documents(uid as any).findMany({
          locale,
          status: 'published',
          filters: { slug: { $in: slugs } },
          populate: type.populate,
          limit: 1000,
        } as any);
      const [nl, en] = await Promise.all([find('nl'), find('en')]);
      const bySlug = (docs: any[]) => new Map(docs.map((d) => [d.slug, d]));
      const dutch = bySlug(nl);
      const english = bySlug(en);
      expect([...english.keys()].sort()).toEqual([...slugs].sort());
      for (const slug of slugs) {
        const [d, e] = [dutch.get(slug), english.get(slug)];
        expect(e.documentId, slug).toBe(d.documentId);
        expect(e.locale).toBe('en');
        for (const field of type.texts) {
          if (d[field] == null) {
            expect(e[field] ?? null, `${slug} ${field}`).toBeNull();
            continue;
          }
          expect(e[field], `${slug} ${field} has an English text`).toEqual(expect.stringMatching(/\S/));
          if (!SAME_IN_BOTH.has(`${uid} ${slug} ${field}`)) expect(e[field], `${slug} ${field} is translated`).not.toBe(d[field]);
        }
        expect(type.shared(e), `${slug} shares codes, numbers and relations`).toEqual(type.shared(d));
      }
    },
  );
});
