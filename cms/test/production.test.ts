import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_DEFAULT_PASSWORDS } from '../src/bootstrap/accounts';
import { counts, startStrapi, type TestStrapi } from './support/strapi';

// The image in AWS runs with NODE_ENV=production; PostgreSQL is swapped for SQLite, nothing else.
const PRODUCTION = { NODE_ENV: 'production', DATABASE_CLIENT: 'sqlite', CMS_API_TOKEN_FILE: '', CMS_SEED: '' };
const README_LOGINS = ['admin@cmk.local', 'redacteur@cmk.local', 'partner@cmk.local'];
const ADMIN_EMAIL = 'beheer@cmk-test.example';
const ADMIN_PASSWORD = `${randomBytes(18).toString('base64url')}Aa1`;

const savedEnv = { ...process.env };
afterAll(() => {
  // Other test files may run in this worker: leave its environment as it was.
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
});

describe('a production start without its settings', () => {
  it('refuses to boot and names the missing e-mail', async () => {
    await expect(startStrapi('prod-no-email', PRODUCTION)).rejects.toThrow(/CMS_ADMIN_EMAIL is not set/);
  });

  it('refuses to boot without the admin password', async () => {
    await expect(startStrapi('prod-no-password', { ...PRODUCTION, CMS_ADMIN_EMAIL: ADMIN_EMAIL })).rejects.toThrow(
      /CMS_ADMIN_PASSWORD is not set/,
    );
  });

  it('refuses a README default password and demo accounts', async () => {
    await expect(
      startStrapi('prod-default-password', { ...PRODUCTION, CMS_ADMIN_EMAIL: ADMIN_EMAIL, CMS_ADMIN_PASSWORD: 'Welkom-admin-1' }),
    ).rejects.toThrow(/CMS_ADMIN_PASSWORD is a documented local default/);
    await expect(
      startStrapi('prod-demo-editor', {
        ...PRODUCTION,
        CMS_ADMIN_EMAIL: ADMIN_EMAIL,
        CMS_ADMIN_PASSWORD: ADMIN_PASSWORD,
        CMS_EDITOR_PASSWORD: 'Welkom-redacteur-1',
      }),
    ).rejects.toThrow(/CMS_EDITOR_PASSWORD is set, but demo accounts exist locally only/);
  });
});

describe('a production start with its settings', () => {
  let app: TestStrapi;
  beforeAll(async () => {
    delete process.env.CMS_EDITOR_PASSWORD;
    app = await startStrapi('prod', { ...PRODUCTION, CMS_ADMIN_EMAIL: ADMIN_EMAIL, CMS_ADMIN_PASSWORD: ADMIN_PASSWORD });
  });
  afterAll(async () => {
    await app?.close();
  });

  const login = (email: string, password: string) =>
    fetch(`${app.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });

  it('creates the configured super admin only', async () => {
    const users = await app.strapi.db.query('admin::user').findMany({ populate: ['roles'] });
    expect(users.map((u: any) => u.email)).toEqual([ADMIN_EMAIL]);
    expect(users[0].roles.map((r: any) => r.code)).toEqual(['strapi-super-admin']);
  });

  it('has no account that accepts a password the README prints', async () => {
    for (const email of [...README_LOGINS, ADMIN_EMAIL]) {
      for (const password of LOCAL_DEFAULT_PASSWORDS) {
        const res = await login(email, password);
        // 400 is "invalid credentials"; a rate-limit answer (429) would prove nothing, so it fails the test too.
        expect(res.status, `${email} / ${password}`).toBe(400);
      }
    }
    // The check above can tell a working login from a refused one.
    expect((await login(ADMIN_EMAIL, ADMIN_PASSWORD)).status).toBe(200);
  });

  it('loads the pick lists but no demo content', async () => {
    const found = await counts(app.strapi, [
      'api::offer.offer',
      'api::partner.partner',
      'api::project.project',
      'api::region.region',
      'api::municipality.municipality',
    ]);
    expect(Object.values(found)).toEqual([0, 0, 0, 0, 0]);
    expect(await app.strapi.db.query('api::discipline.discipline').count()).toBe(9);
  });

  it('calls no one home: no telemetry, no update check', () => {
    expect(app.strapi.telemetry.isDisabled).toBe(true);
    expect(app.strapi.config.get('server.logger.updates.enabled')).toBe(false);
  });
});
