import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

export interface AccountSettings {
  admin: { email: string; password: string; firstname: string; lastname: string };
  editor: { email: string; password: string; firstname: string; lastname: string };
  /** Where the read-only token for the GraphQL API is written; unset = do not create one. */
  apiTokenFile?: string;
}

export const API_TOKEN_NAME = 'cmk-graphql-api';

export function accountSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): AccountSettings {
  return {
    admin: {
      email: env.CMS_ADMIN_EMAIL || 'admin@cmk.local',
      password: env.CMS_ADMIN_PASSWORD || 'Welkom-admin-1',
      firstname: 'Beheer',
      lastname: 'CmK',
    },
    editor: {
      email: env.CMS_EDITOR_EMAIL || 'redacteur@cmk.local',
      password: env.CMS_EDITOR_PASSWORD || 'Welkom-redacteur-1',
      firstname: 'Redacteur',
      lastname: 'CmK',
    },
    apiTokenFile: env.CMS_API_TOKEN_FILE || undefined,
  };
}

/**
 * First start: a super admin, an editor and the read-only token the API uses.
 * Later starts change nothing, so an editor's own password change survives a restart.
 */
export async function ensureAccounts(strapi: Core.Strapi, settings: AccountSettings): Promise<void> {
  const users = strapi.service('admin::user');
  const roles = strapi.service('admin::role');

  if (!(await users.exists())) {
    await users.createFirstAdmin({ ...settings.admin });
    strapi.log.info(`cmk: created super admin ${settings.admin.email}`);
  }

  const editorRole = await roles.findOne({ code: 'strapi-editor' });
  const existingEditor = await strapi.db.query('admin::user').findOne({ where: { email: settings.editor.email } });
  if (editorRole && !existingEditor) {
    // Editors read the admin in Dutch from their first login; they can switch in their profile.
    await users.create({ ...settings.editor, roles: [editorRole.id], isActive: true, preferedLanguage: 'nl' });
    strapi.log.info(`cmk: created editor ${settings.editor.email}`);
  }

  if (settings.apiTokenFile) await ensureApiToken(strapi, settings.apiTokenFile);
}

async function ensureApiToken(strapi: Core.Strapi, file: string): Promise<void> {
  const tokens = strapi.service('admin::api-token');
  const existing = await strapi.db.query('admin::api-token').findOne({ where: { name: API_TOKEN_NAME } });
  if (existing && fs.existsSync(file)) return;

  // The plain key is only known at creation: when the file is gone, regenerate rather than guess.
  const token = existing
    ? await tokens.regenerate(existing.id)
    : await tokens.create({
        name: API_TOKEN_NAME,
        description: 'Read-only token of the CmK GraphQL API (sync and reconcile).',
        type: 'read-only',
        kind: 'content-api',
        lifespan: null,
      });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${token.accessKey}\n`, { mode: 0o600 });
  strapi.log.info(`cmk: wrote the API's read-only token to ${file}`);
}
