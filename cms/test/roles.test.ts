import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStrapi, type TestStrapi } from './support/strapi';

let app: TestStrapi;
const ids: Record<string, string> = {};
const tokens: Record<string, string> = {};
const OFFERS = '/content-manager/collection-types/api::offer.offer';

async function call(method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

async function login(email: string, password: string): Promise<string> {
  const res = await fetch(`${app.url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const json = await res.json();
  if (!json.data?.token) throw new Error(`login failed for ${email}: ${JSON.stringify(json)}`);
  return json.data.token;
}

const draft = (slug: string) => ({
  title: `Aanbod ${slug}`,
  slug,
  offerType: 'workshop',
  locationType: 'op_school',
  audience: 'leerlingen',
  disciplines: [ids.theatre],
  municipalities: [ids.haarlem],
});

beforeAll(async () => {
  app = await startStrapi('roles');
  const one = async (uid: string, where: Record<string, unknown>) =>
    (await app.strapi.db.query(uid as any).findOne({ where, select: ['documentId'] })).documentId as string;
  ids.theatre = await one('api::discipline.discipline', { code: 'THEATRE' });
  ids.haarlem = await one('api::municipality.municipality', { code: 'GM0392' });
  // A second partner author, from another institution.
  const role = await app.strapi.service('admin::role').findOne({ code: 'cmk-partner' });
  await app.strapi.service('admin::user').create({
    email: 'educatie@patronaat.example',
    password: 'Welkom-partner-2',
    firstname: 'Yara',
    lastname: 'Patronaat',
    roles: [role.id],
    isActive: true,
  });
  tokens.editor = await login('redacteur@cmk.local', 'Welkom-redacteur-1');
  tokens.partner = await login('partner@cmk.local', 'Welkom-partner-1');
  tokens.otherPartner = await login('educatie@patronaat.example', 'Welkom-partner-2');
});
afterAll(async () => {
  await app?.close();
});

describe('Partner role', () => {
  let own: string;

  it('creates and edits its own offer as a draft', async () => {
    const created = await call('POST', `${OFFERS}?locale=nl`, tokens.partner, draft('eigen-aanbod-teylers'));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    own = created.body.data.documentId;
    const updated = await call('PUT', `${OFFERS}/${own}?locale=nl`, tokens.partner, {
      ...draft('eigen-aanbod-teylers'),
      title: 'Fossielen op school',
    });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(updated.body.data.title).toBe('Fossielen op school');
  });

  it('cannot publish, not even its own offer', async () => {
    const published = await call('POST', `${OFFERS}/${own}/actions/publish?locale=nl`, tokens.partner, {});
    expect(published.status).toBe(403);
    const stored = await app.strapi.db.query('api::offer.offer').count({ where: { documentId: own, publishedAt: { $notNull: true } } });
    expect(stored).toBe(0);
  });

  it('cannot read or edit another partner’s offer', async () => {
    const read = await call('GET', `${OFFERS}/${own}?locale=nl`, tokens.otherPartner);
    expect(read.status).toBe(403);
    const edit = await call('PUT', `${OFFERS}/${own}?locale=nl`, tokens.otherPartner, {
      ...draft('eigen-aanbod-teylers'),
      title: 'Overgenomen',
    });
    expect(edit.status).toBe(403);
    const seeded = await app.strapi.db.query('api::offer.offer').findOne({ where: { slug: 'popkoor-op-school', publishedAt: null } });
    const editSeeded = await call('PUT', `${OFFERS}/${seeded.documentId}?locale=nl`, tokens.partner, { title: 'Gekaapt' });
    expect(editSeeded.status).toBe(403);
    const title = (await app.strapi.db.query('api::offer.offer').findOne({ where: { documentId: own, publishedAt: null } })).title;
    expect(title).toBe('Fossielen op school');
  });

  it('does not see contact persons of partners', async () => {
    const partner = await app.strapi.db.query('api::partner.partner').findOne({ where: { slug: 'teylers-museum', publishedAt: null } });
    const read = await call(
      'GET',
      `/content-manager/collection-types/api::partner.partner/${partner.documentId}?locale=nl`,
      tokens.partner,
    );
    expect(read.status).toBe(200);
    expect(read.body.data.name).toBe('Teylers Museum');
    expect(read.body.data.contactPerson).toBeUndefined();
  });
});

describe('Editor role', () => {
  it('edits and publishes any offer, also one a partner wrote', async () => {
    const partnerOffer = await app.strapi.db
      .query('api::offer.offer')
      .findOne({ where: { slug: 'eigen-aanbod-teylers', publishedAt: null } });
    const published = await call('POST', `${OFFERS}/${partnerOffer.documentId}/actions/publish?locale=nl`, tokens.editor, {});
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body.data.publishedAt).toBeTruthy();
  });

  it('cannot change settings, roles or users', async () => {
    for (const path of ['/admin/roles', '/admin/users', '/admin/api-tokens', '/i18n/locales']) {
      const method = path === '/i18n/locales' ? 'POST' : 'GET';
      const res = await call(method, path, tokens.editor, method === 'POST' ? { code: 'fr', name: 'Français' } : undefined);
      expect(res.status, path).toBe(403);
    }
  });

  it('gets the validation messages in the admin, with the field they belong to', async () => {
    const res = await call('POST', `${OFFERS}?locale=nl`, tokens.editor, { ...draft('zonder-disciplines'), disciplines: [] });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('Disciplines: kies minstens één discipline.');
    expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toContain('disciplines');
  });
});

describe('content API', () => {
  it('gives the same validation messages to a client that may write', async () => {
    const token = await app.strapi
      .service('admin::api-token')
      .create({ name: 'schrijftoegang-test', type: 'full-access', lifespan: null, kind: 'content-api' } as any);
    const res = await fetch(`${app.url}/api/offers`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token.accessKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ data: { ...draft('via-de-api'), municipalities: [] } }),
    });
    const body = await res.json();
    expect(res.status).toBe(400);
    expect(body.error.message).toContain('Gemeenten');
  });
});
