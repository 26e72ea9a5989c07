import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

export interface Person {
  email: string;
  password: string;
  firstname: string;
  lastname: string;
}

export interface AccountSettings {
  admin: Person;
  /** The demo editor; local only, never in production. */
  editor?: Person;
  /** The demo partner author (linked to the seed's Teylers Museum); local only. */
  partner?: Person;
  /** Where the read-only token for the GraphQL API is written; unset = do not create one. */
  apiTokenFile?: string;
  /** Where the API's publish token (approved proposals become knowledge items) is written; unset = none. */
  publishTokenFile?: string;
}

/** What the first start loads: the demo content with the lists, only the lists, or nothing. */
export type SeedMode = 'demo' | 'lists' | 'none';

export interface CmsSettings {
  production: boolean;
  accounts: AccountSettings;
  seed: SeedMode;
}

export const API_TOKEN_NAME = 'cmk-graphql-api';
export const PUBLISH_TOKEN_NAME = 'cmk-knowledge-publisher';

/**
 * What the publish token may do on the content API: create (and so publish) knowledge items and
 * find them (a retried approval finds its item by slug), and read the lists and communities an
 * item links to (Strapi drops relations to types the token cannot read). Nothing else: no update
 * or delete, no other content type.
 */
export const PUBLISH_TOKEN_PERMISSIONS = [
  'api::knowledge-item.knowledge-item.create',
  'api::knowledge-item.knowledge-item.find',
  'api::theme.theme.find',
  'api::discipline.discipline.find',
  'api::sector.sector.find',
  'api::learning-community.learning-community.find',
] as const;

/** The local logins the README prints; a production start refuses every one of them. */
export const LOCAL_DEFAULT_PASSWORDS = ['Welkom-admin-1', 'Welkom-redacteur-1', 'Welkom-partner-1'] as const;

const local = {
  admin: { email: 'admin@cmk.local', password: 'Welkom-admin-1', firstname: 'Beheer', lastname: 'CmK' },
  editor: { email: 'redacteur@cmk.local', password: 'Welkom-redacteur-1', firstname: 'Redacteur', lastname: 'CmK' },
  partner: { email: 'partner@cmk.local', password: 'Welkom-partner-1', firstname: 'Marieke', lastname: 'Teylers Museum' },
};

const SEED_MODES: Record<string, SeedMode> = { demo: 'demo', true: 'demo', lists: 'lists', none: 'none', false: 'none' };

export class SettingsError extends Error {}

/**
 * Locally every login has a documented default, so `npm start` needs no configuration. With
 * NODE_ENV=production (the AWS image) nothing has a default: the super admin's e-mail comes from
 * the deploy configuration and its password from Secrets Manager (infra/lib/stacks/cms-stack.ts),
 * no demo accounts are made, and the demo content loads only when CMS_SEED=demo says so.
 */
export function cmsSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): CmsSettings {
  const production = env.NODE_ENV === 'production';
  const seedValue = (env.CMS_SEED ?? '').trim().toLowerCase();
  const seed = seedValue === '' ? (production ? 'lists' : 'demo') : SEED_MODES[seedValue];
  if (!seed) throw new SettingsError(`CMS_SEED="${env.CMS_SEED}" is not a seed mode: use demo, lists or none.`);
  const apiTokenFile = env.CMS_API_TOKEN_FILE || undefined;
  const publishTokenFile = env.CMS_PUBLISH_TOKEN_FILE || undefined;

  if (!production) {
    return {
      production,
      seed,
      accounts: {
        admin: {
          ...local.admin,
          email: env.CMS_ADMIN_EMAIL || local.admin.email,
          password: env.CMS_ADMIN_PASSWORD || local.admin.password,
        },
        editor: {
          ...local.editor,
          email: env.CMS_EDITOR_EMAIL || local.editor.email,
          password: env.CMS_EDITOR_PASSWORD || local.editor.password,
        },
        partner: {
          ...local.partner,
          email: env.CMS_PARTNER_EMAIL || local.partner.email,
          password: env.CMS_PARTNER_PASSWORD || local.partner.password,
        },
        apiTokenFile,
        publishTokenFile,
      },
    };
  }

  const email = env.CMS_ADMIN_EMAIL?.trim();
  if (!email) {
    throw new SettingsError(
      'CMS_ADMIN_EMAIL is not set. In production the super admin has no default: set CMS_ADMIN_EMAIL (and CMS_ADMIN_PASSWORD); in AWS the CMS stack does (infra/README.md).',
    );
  }
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || email.toLowerCase().endsWith('@cmk.local')) {
    throw new SettingsError(
      `CMS_ADMIN_EMAIL="${email}" is not a real e-mail address; use the address of the person who administers the CMS.`,
    );
  }
  const password = env.CMS_ADMIN_PASSWORD;
  if (!password) {
    throw new SettingsError(
      'CMS_ADMIN_PASSWORD is not set. In production the super admin has no default password: in AWS it comes from the generated secret StrapiAdminPassword (infra/README.md).',
    );
  }
  if ((LOCAL_DEFAULT_PASSWORDS as readonly string[]).includes(password) || password.length < 12) {
    throw new SettingsError('CMS_ADMIN_PASSWORD is a documented local default or shorter than 12 characters; use the generated secret.');
  }
  for (const name of ['CMS_EDITOR_EMAIL', 'CMS_EDITOR_PASSWORD', 'CMS_PARTNER_EMAIL', 'CMS_PARTNER_PASSWORD']) {
    if (env[name])
      throw new SettingsError(`${name} is set, but demo accounts exist locally only: remove it and invite people from the admin.`);
  }
  return { production, seed, accounts: { admin: { ...local.admin, email, password }, apiTokenFile, publishTokenFile } };
}

/**
 * First start: a super admin, locally also the demo editor, and the read-only token the API uses.
 * Later starts change nothing, so an editor's own password change survives a restart.
 */
export async function ensureAccounts(strapi: Core.Strapi, settings: AccountSettings): Promise<void> {
  const users = strapi.service('admin::user');
  const roles = strapi.service('admin::role');

  if (!(await users.exists())) {
    await users.createFirstAdmin({ ...settings.admin });
    strapi.log.info(`cmk: created super admin ${settings.admin.email}`);
  }

  if (settings.editor) {
    const editorRole = await roles.findOne({ code: 'strapi-editor' });
    const existingEditor = await strapi.db.query('admin::user').findOne({ where: { email: settings.editor.email } });
    if (editorRole && !existingEditor) {
      // Editors read the admin in Dutch from their first login; they can switch in their profile.
      await users.create({ ...settings.editor, roles: [editorRole.id], isActive: true, preferedLanguage: 'nl' });
      strapi.log.info(`cmk: created editor ${settings.editor.email}`);
    }
  }

  if (settings.apiTokenFile)
    await ensureApiToken(strapi, settings.apiTokenFile, {
      name: API_TOKEN_NAME,
      description: 'Read-only token of the CmK GraphQL API (sync and reconcile).',
      type: 'read-only',
    });
  if (settings.publishTokenFile)
    await ensureApiToken(strapi, settings.publishTokenFile, {
      name: PUBLISH_TOKEN_NAME,
      description: 'Token of the CmK GraphQL API that publishes approved knowledge proposals (knowledge items only).',
      type: 'custom',
      permissions: [...PUBLISH_TOKEN_PERMISSIONS],
    });
}

interface TokenSpec {
  name: string;
  description: string;
  type: 'read-only' | 'custom';
  permissions?: string[];
}

async function ensureApiToken(strapi: Core.Strapi, file: string, spec: TokenSpec): Promise<void> {
  const tokens = strapi.service('admin::api-token');
  const existing = await strapi.db.query('admin::api-token').findOne({ where: { name: spec.name } });
  // A custom token's rights follow the code on every start (an admin's widening in the UI does not survive).
  if (existing && spec.permissions) await tokens.update(existing.id, { permissions: spec.permissions });
  if (existing && fs.existsSync(file)) return;

  // The plain key is only known at creation: when the file is gone, regenerate rather than guess.
  const token = existing
    ? await tokens.regenerate(existing.id)
    : await tokens.create({
        name: spec.name,
        description: spec.description,
        type: spec.type,
        ...(spec.permissions ? { permissions: spec.permissions } : {}),
        kind: 'content-api',
        lifespan: null,
      });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${token.accessKey}\n`, { mode: 0o600 });
  strapi.log.info(`cmk: wrote the ${spec.type} token ${spec.name} to ${file}`);
}
