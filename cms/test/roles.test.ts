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

const PARTNER_ACCOUNTS = '/content-manager/collection-types/api::partner-account.partner-account';

async function createPartnerAuthor(email: string, password: string, lastname: string) {
  const role = await app.strapi.service('admin::role').findOne({ code: 'cmk-partner' });
  await app.strapi.service('admin::user').create({ email, password, firstname: 'Test', lastname, roles: [role.id], isActive: true });
}

const KNOWLEDGE = '/content-manager/collection-types/api::knowledge-item.knowledge-item';
const COMMUNITIES = '/content-manager/collection-types/api::learning-community.learning-community';

async function createUserWithRole(code: string, email: string, password: string, lastname: string) {
  const role = await app.strapi.service('admin::role').findOne({ code });
  if (!role) throw new Error(`no role ${code} after bootstrap`);
  await app.strapi.service('admin::user').create({ email, password, firstname: 'Test', lastname, roles: [role.id], isActive: true });
}

const knowledgeDraft = (slug: string) => ({
  title: `Werkvorm ${slug}`,
  slug,
  kind: 'werkvorm',
  summary: 'Een werkvorm uit de leergemeenschap (testdata).',
});

const publishedCount = (uid: string, documentId: string) =>
  app.strapi.db.query(uid as any).count({ where: { documentId, publishedAt: { $notNull: true } } });

beforeAll(async () => {
  app = await startStrapi('roles');
  const one = async (uid: string, where: Record<string, unknown>) =>
    (await app.strapi.db.query(uid as any).findOne({ where, select: ['documentId'] })).documentId as string;
  ids.theatre = await one('api::discipline.discipline', { code: 'THEATRE' });
  ids.haarlem = await one('api::municipality.municipality', { code: 'GM0392' });
  ids.teylers = await one('api::partner.partner', { slug: 'teylers-museum' });
  ids.patronaat = await one('api::partner.partner', { slug: 'patronaat' });
  // partner@cmk.local writes for Teylers Museum (the local demo account); a colleague joins them,
  // and a third author writes for another institution.
  await createPartnerAuthor('collega@teylers-museum.example', 'Welkom-collega-1', 'Teylers Museum');
  await createPartnerAuthor('educatie@patronaat.example', 'Welkom-partner-2', 'Patronaat');
  tokens.editor = await login('redacteur@cmk.local', 'Welkom-redacteur-1');
  // The editor links them in the admin, as an editor would.
  for (const [email, partner] of [
    ['collega@teylers-museum.example', ids.teylers],
    ['educatie@patronaat.example', ids.patronaat],
  ] as const) {
    const linked = await call('POST', PARTNER_ACCOUNTS, tokens.editor, { email, partner: { connect: [{ documentId: partner }] } });
    if (linked.status !== 201) throw new Error(`linking ${email} failed: ${JSON.stringify(linked.body)}`);
  }
  tokens.partner = await login('partner@cmk.local', 'Welkom-partner-1');
  tokens.colleague = await login('collega@teylers-museum.example', 'Welkom-collega-1');
  tokens.otherPartner = await login('educatie@patronaat.example', 'Welkom-partner-2');
  // The knowledge platform's roles, made at bootstrap; made-up people with `.example` addresses.
  await createUserWithRole('cmk-moderator', 'moderator@leergemeenschap.example', 'Welkom-moderator-1', 'Moderator');
  await createUserWithRole('cmk-member-contributor', 'lid@leergemeenschap.example', 'Welkom-lid-1', 'Lid');
  await createUserWithRole('cmk-member-contributor', 'lid2@leergemeenschap.example', 'Welkom-lid-2', 'Lid twee');
  tokens.moderator = await login('moderator@leergemeenschap.example', 'Welkom-moderator-1');
  tokens.member = await login('lid@leergemeenschap.example', 'Welkom-lid-1');
  tokens.otherMember = await login('lid2@leergemeenschap.example', 'Welkom-lid-2');
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

  it('shares the drafts with a colleague of the same partner, who reads and edits them', async () => {
    const read = await call('GET', `${OFFERS}/${own}?locale=nl`, tokens.colleague);
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    expect(read.body.data.title).toBe('Fossielen op school');
    const edit = await call('PUT', `${OFFERS}/${own}?locale=nl`, tokens.colleague, {
      ...draft('eigen-aanbod-teylers'),
      title: 'Fossielen en mineralen op school',
    });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
    const back = await call('GET', `${OFFERS}/${own}?locale=nl`, tokens.partner);
    expect(back.body.data.title).toBe('Fossielen en mineralen op school');
    // The colleague also sees the partner's offers someone else entered (the seed's), not only their own.
    const list = await call('GET', `${OFFERS}?locale=nl&pageSize=100`, tokens.colleague);
    const slugs = list.body.results.map((o: any) => o.slug);
    expect(slugs).toContain('eigen-aanbod-teylers');
    const seededTeylers = await app.strapi.db
      .query('api::offer.offer')
      .count({ where: { partner: { documentId: ids.teylers }, publishedAt: null, locale: 'nl' } });
    expect(slugs.length).toBe(seededTeylers);
  });

  it('files an offer under the author’s own partner, whichever partner it names', async () => {
    const created = await call('POST', `${OFFERS}?locale=nl`, tokens.colleague, {
      ...draft('namens-patronaat'),
      partner: { connect: [{ documentId: ids.patronaat }] },
    });
    expect(created.status).toBe(400);
    expect(created.body.error.message).toContain('alleen aanbod van je eigen cultuurpartner');
    const unnamed = await call('POST', `${OFFERS}?locale=nl`, tokens.colleague, draft('zonder-partner-genoemd'));
    expect(unnamed.status, JSON.stringify(unnamed.body)).toBe(201);
    const stored = await app.strapi.db
      .query('api::offer.offer')
      .findOne({ where: { slug: 'zonder-partner-genoemd', publishedAt: null }, populate: { partner: { select: ['documentId'] } } });
    expect(stored.partner.documentId).toBe(ids.teylers);
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
    expect(title).toBe('Fossielen en mineralen op school');
    const list = await call('GET', `${OFFERS}?locale=nl&pageSize=100`, tokens.otherPartner);
    expect(list.status).toBe(200);
    expect(list.body.results.map((o: any) => o.slug)).not.toContain('eigen-aanbod-teylers');
    expect(list.body.results.every((o: any) => o.partner?.documentId !== ids.teylers)).toBe(true);
  });

  it('cannot link itself to a partner, nor see who is linked', async () => {
    const list = await call('GET', PARTNER_ACCOUNTS, tokens.otherPartner);
    expect(list.status).toBe(403);
    const link = await call('POST', PARTNER_ACCOUNTS, tokens.otherPartner, {
      email: 'educatie@patronaat.example',
      partner: { connect: [{ documentId: ids.teylers }] },
    });
    expect(link.status).toBe(403);
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
  it('links only existing partner authors, and says why otherwise', async () => {
    const unknown = await call('POST', PARTNER_ACCOUNTS, tokens.editor, {
      email: 'niemand@teylers-museum.example',
      partner: { connect: [{ documentId: ids.teylers }] },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('geen gebruiker met de rol Cultuurpartner');
    const editorItself = await call('POST', PARTNER_ACCOUNTS, tokens.editor, {
      email: 'redacteur@cmk.local',
      partner: { connect: [{ documentId: ids.teylers }] },
    });
    expect(editorItself.status).toBe(400);
  });

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

describe('Member-contributor role (Lid-auteur)', () => {
  let memberDraft: string;

  it('writes a knowledge item as a draft and edits it', async () => {
    const created = await call('POST', `${KNOWLEDGE}?locale=nl`, tokens.member, knowledgeDraft('werkvorm-van-een-lid'));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    memberDraft = created.body.data.documentId;
    const updated = await call('PUT', `${KNOWLEDGE}/${memberDraft}?locale=nl`, tokens.member, {
      ...knowledgeDraft('werkvorm-van-een-lid'),
      title: 'Werkvorm: samen tekenen',
    });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(updated.body.data.title).toBe('Werkvorm: samen tekenen');
  });

  it('cannot publish, not even its own draft, nor create it published', async () => {
    const published = await call('POST', `${KNOWLEDGE}/${memberDraft}/actions/publish?locale=nl`, tokens.member, {});
    expect(published.status).toBe(403);
    expect(await publishedCount('api::knowledge-item.knowledge-item', memberDraft)).toBe(0);
    const direct = await call('POST', `${KNOWLEDGE}/actions/publish?locale=nl`, tokens.member, knowledgeDraft('meteen-gepubliceerd'));
    expect(direct.status).toBe(403);
    expect(await app.strapi.db.query('api::knowledge-item.knowledge-item').count({ where: { slug: 'meteen-gepubliceerd' } })).toBe(0);
  });

  it("cannot edit someone else's item, a community, or an offer", async () => {
    const other = await call('PUT', `${KNOWLEDGE}/${memberDraft}?locale=nl`, tokens.otherMember, { title: 'Overgenomen' });
    expect(other.status).toBe(403);
    const seeded = await app.strapi.db
      .query('api::knowledge-item.knowledge-item')
      .findOne({ where: { slug: 'handreiking-co-teaching', publishedAt: null } });
    expect((await call('PUT', `${KNOWLEDGE}/${seeded.documentId}?locale=nl`, tokens.member, { title: 'Gewijzigd' })).status).toBe(403);
    const community = await app.strapi.db
      .query('api::learning-community.learning-community')
      .findOne({ where: { slug: 'co-teaching-kunstvakdocent-en-leerkracht', publishedAt: null } });
    expect((await call('PUT', `${COMMUNITIES}/${community.documentId}?locale=nl`, tokens.member, { title: 'Gewijzigd' })).status).toBe(403);
    expect((await call('POST', `${OFFERS}?locale=nl`, tokens.member, draft('aanbod-van-een-lid'))).status).toBe(403);
    const title = (
      await app.strapi.db.query('api::knowledge-item.knowledge-item').findOne({ where: { documentId: memberDraft, publishedAt: null } })
    ).title;
    expect(title).toBe('Werkvorm: samen tekenen');
  });
});

describe('Moderator role', () => {
  it("publishes a member's draft knowledge item", async () => {
    const draftItem = await app.strapi.db
      .query('api::knowledge-item.knowledge-item')
      .findOne({ where: { slug: 'werkvorm-van-een-lid', publishedAt: null } });
    const published = await call('POST', `${KNOWLEDGE}/${draftItem.documentId}/actions/publish?locale=nl`, tokens.moderator, {});
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(await publishedCount('api::knowledge-item.knowledge-item', draftItem.documentId)).toBe(1);
  });

  it('creates, edits and publishes a learning community', async () => {
    const created = await call('POST', `${COMMUNITIES}?locale=nl`, tokens.moderator, {
      title: 'Erfgoed in de klas',
      slug: 'erfgoed-in-de-klas',
      question: 'Hoe halen we het erfgoed van de wijk de klas in?',
      phase: 'start',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.data.documentId;
    const updated = await call('PUT', `${COMMUNITIES}/${id}?locale=nl`, tokens.moderator, {
      goal: 'Vijf gedeelde lessen.',
      phase: 'actief',
    });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    const published = await call('POST', `${COMMUNITIES}/${id}/actions/publish?locale=nl`, tokens.moderator, {});
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(await publishedCount('api::learning-community.learning-community', id)).toBe(1);
    const stored = await app.strapi.db
      .query('api::learning-community.learning-community')
      .findOne({ where: { documentId: id, publishedAt: { $notNull: true } } });
    expect(stored).toMatchObject({ goal: 'Vijf gedeelde lessen.', phase: 'actief' });
  });

  it('cannot write or publish offers, nor change roles', async () => {
    expect((await call('POST', `${OFFERS}?locale=nl`, tokens.moderator, draft('aanbod-van-moderator'))).status).toBe(403);
    const seeded = await app.strapi.db.query('api::offer.offer').findOne({ where: { slug: 'popkoor-op-school', publishedAt: null } });
    expect((await call('POST', `${OFFERS}/${seeded.documentId}/actions/unpublish?locale=nl`, tokens.moderator, {})).status).toBe(403);
    expect((await call('GET', '/admin/roles', tokens.moderator)).status).toBe(403);
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
