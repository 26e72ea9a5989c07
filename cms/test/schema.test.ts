import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, startStrapi, type TestStrapi } from './support/strapi';

let app: TestStrapi;
beforeAll(async () => {
  app = await startStrapi('schema');
});
afterAll(async () => {
  await app?.close();
});

describe('content model', () => {
  it('loads every content type and component', () => {
    for (const uid of ['offer', 'partner', 'project', 'region', 'municipality', 'discipline', 'sector', 'theme', 'kerndoel'])
      expect(app.strapi.contentTypes[`api::${uid}.${uid}` as any], uid).toBeDefined();
    for (const uid of ['shared.price', 'shared.address', 'contact.person', 'contact.organisation'])
      expect(app.strapi.components[uid as any], uid).toBeDefined();
  });

  it('seeds', async () => {
    const c = await counts(app.strapi, ['api::offer.offer', 'api::partner.partner']);
    console.log(c);
  });
});
