/**
 * approveProposal's write path: a real Strapi (in-process, SQLite) with the publish token its
 * bootstrap wrote, the API's publisher on its REST API, and the proposal in DynamoDB Local.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposeKnowledgeItem, loadProposal } from '@cmk/api/modules/members/operations';
import { proposalSlug } from '@cmk/api/modules/knowledge/publisher';
import { startDynamoDbLocal, type TestDynamoDb } from '@cmk/api/test/support/dynamodb';
import { createTestApi, type TestApi } from '@cmk/api/test/support/graphql';
import { cmsSettingsFromEnv, ensureAccounts } from '../src/bootstrap/accounts';
import { OUTBOX_TABLE } from '../src/sync/outbox';
import { startStrapi, type TestStrapi } from './support/strapi';

const APPROVE = 'mutation($id: ID!) { approveProposal(id: $id) { proposal { status knowledgeItemId } } }';
const moderator = { role: 'MODERATOR' as const, memberId: 'm-moderator' };
const member = { role: 'MEMBER' as const, memberId: 'm-proposer' };

describe('approving a proposal publishes a knowledge item in Strapi', () => {
  let cms: TestStrapi;
  let db: TestDynamoDb;
  let api: TestApi;
  let store: { doc: TestDynamoDb['doc']; tableName: string };
  let publishToken = '';
  let communityId = '';
  /** The item the first approval made. */
  let publishedId = '';
  const tokenDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmk-publish-token-'));
  const tokenFile = path.join(tokenDir, 'publish-token');
  const items = () => cms.strapi.documents('api::knowledge-item.knowledge-item' as any);
  const bySlug = async (slug: string, status: 'draft' | 'published') =>
    (await items().findMany({
      filters: { slug },
      status,
      locale: 'nl',
      populate: ['themes', 'disciplines', 'sectors', 'community', 'links'],
    } as any)) as any[];
  const propose = (key: string, extra: object = {}) =>
    proposeKnowledgeItem({ store }, member, {
      idempotencyKey: key,
      title: 'Werkvorm: samen ontwerpen in de klas',
      kind: 'WORK_FORM',
      summary: 'Een les die een vakdocent en een leerkracht samen ontwerpen en geven.',
      body: 'Eerst samen voorbereiden, dan om de beurt voor de groep.',
      themes: ['CRAFTSMANSHIP'],
      disciplines: ['DANCE', 'MUSIC'],
      sectors: ['BO'],
      links: [{ label: 'Lesbrief', url: 'https://voorbeeld.example/lesbrief' }],
      ...extra,
    });
  const rest = (method: string, route: string, body?: unknown) =>
    fetch(`${cms.url}/api/${route}`, {
      method,
      headers: { authorization: `Bearer ${publishToken}`, 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });

  beforeAll(async () => {
    cms = await startStrapi('publisher', { CMS_PUBLISH_TOKEN_FILE: tokenFile });
    publishToken = fs.readFileSync(tokenFile, 'utf8').trim();
    communityId = (
      (await cms.strapi.documents('api::learning-community.learning-community' as any).findFirst({ status: 'published' } as any)) as any
    ).documentId;
    db = await startDynamoDbLocal();
    const tables = await db.createTestTables();
    store = { doc: db.doc, tableName: tables.participation };
    api = createTestApi(db.doc, tables, undefined, { STRAPI_URL: cms.url, STRAPI_PUBLISH_TOKEN_FILE: tokenFile });
  });
  afterAll(async () => {
    await db?.stop();
    await cms?.close();
    fs.rmSync(tokenDir, { recursive: true, force: true });
  });

  it("creates one published item with the proposal's fields, recorded in the outbox; a second approval changes nothing", async () => {
    const proposal = await propose('voorstel-cms-0001', { communityId });
    const approved = await api.run<{ approveProposal: { proposal: { status: string; knowledgeItemId: string } } }>(
      APPROVE,
      { id: proposal.id },
      { viewer: moderator },
    );
    expect(approved.errors).toBeUndefined();
    const { status, knowledgeItemId } = approved.data!.approveProposal.proposal;
    expect(status).toBe('APPROVED');
    publishedId = knowledgeItemId;

    const [item, ...more] = await bySlug(proposalSlug(proposal), 'published');
    expect(more).toEqual([]);
    expect(item.documentId).toBe(knowledgeItemId);
    expect(item).toMatchObject({
      title: 'Werkvorm: samen ontwerpen in de klas',
      kind: 'werkvorm',
      summary: 'Een les die een vakdocent en een leerkracht samen ontwerpen en geven.',
      body: 'Eerst samen voorbereiden, dan om de beurt voor de groep.',
      locale: 'nl',
    });
    expect(item.publishedAt).toBeTruthy();
    expect(item.themes.map((t: any) => t.code)).toEqual(['CRAFTSMANSHIP']);
    expect(item.disciplines.map((d: any) => d.code).sort()).toEqual(['DANCE', 'MUSIC']);
    expect(item.sectors.map((s: any) => s.code)).toEqual(['BO']);
    expect(item.community.documentId).toBe(communityId);
    expect(item.links).toEqual([expect.objectContaining({ label: 'Lesbrief', url: 'https://voorbeeld.example/lesbrief' })]);
    // The outbox carries it to the API's projection like an editor's publish.
    const rows = await cms.strapi.db.connection(OUTBOX_TABLE).where({ kind: 'knowledgeItem', document_id: knowledgeItemId });
    expect(rows.length).toBeGreaterThan(0);

    const again = await api.run(APPROVE, { id: proposal.id }, { viewer: moderator });
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    expect(await bySlug(proposalSlug(proposal), 'draft')).toHaveLength(1);
  });

  it('a retry after the CMS write (the decision was lost) finds the item instead of making a second', async () => {
    const proposal = await propose('voorstel-cms-0002', { title: 'Praktijkvoorbeeld: één keer gepubliceerd' });
    const first = await api.services.knowledgePublisher!.publish(proposal);
    const second = await api.services.knowledgePublisher!.publish(proposal);
    expect(second).toBe(first);
    expect(await bySlug(proposalSlug(proposal), 'draft')).toHaveLength(1);
    // The proposal is still PROPOSED, so the moderator's approval completes it with that same item.
    const approved = await api.run<{ approveProposal: { proposal: { knowledgeItemId: string } } }>(
      APPROVE,
      { id: proposal.id },
      { viewer: moderator },
    );
    expect(approved.data!.approveProposal.proposal.knowledgeItemId).toBe(first);
    expect(await bySlug(proposalSlug(proposal), 'published')).toHaveLength(1);
  });

  it('a theme the CMS does not know is a coded error, and nothing is written on either side', async () => {
    const proposal = await propose('voorstel-cms-0003', { themes: ['NOT_A_THEME'] });
    const refused = await api.run(APPROVE, { id: proposal.id }, { viewer: moderator });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain('NOT_A_THEME');
    expect(await bySlug(proposalSlug(proposal), 'draft')).toHaveLength(0);
    expect((await loadProposal({ store }, proposal.id))!.status).toBe('PROPOSED');
  });

  it('the publish token may create knowledge items only: no update, delete or other content type', async () => {
    expect((await rest('PUT', `knowledge-items/${publishedId}`, { data: { title: 'Overschreven' } })).status).toBe(403);
    expect((await rest('DELETE', `knowledge-items/${publishedId}`)).status).toBe(403);
    expect((await rest('POST', 'offers', { data: { title: 'Geen aanbod' } })).status).toBe(403);
    expect((await rest('POST', 'learning-communities', { data: { title: 'Geen leergemeenschap' } })).status).toBe(403);
    expect((await rest('GET', 'partners')).status).toBe(403);
    const item = (await items().findOne({ documentId: publishedId, status: 'published', locale: 'nl' } as any)) as any;
    expect(item.title).toBe('Werkvorm: samen ontwerpen in de klas');
  });

  it('a later start keeps the token and its rights, and puts back rights an admin widened', async () => {
    const stored = await cms.strapi.db.query('admin::api-token').findOne({ where: { name: 'cmk-knowledge-publisher' } });
    await cms.strapi.service('admin::api-token').update(stored.id, {
      permissions: ['api::knowledge-item.knowledge-item.create', 'api::knowledge-item.knowledge-item.delete'],
    } as any);
    await ensureAccounts(cms.strapi, cmsSettingsFromEnv({ ...process.env, CMS_PUBLISH_TOKEN_FILE: tokenFile }).accounts);
    expect(fs.readFileSync(tokenFile, 'utf8').trim()).toBe(publishToken);
    expect((await rest('DELETE', `knowledge-items/${publishedId}`)).status).toBe(403);
    expect((await rest('GET', 'themes')).status).toBe(200);
  });
});
