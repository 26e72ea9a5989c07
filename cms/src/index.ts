import type { Core } from '@strapi/strapi';
import { accountSettingsFromEnv, ensureAccounts } from './bootstrap/accounts';

export default {
  register(/* { strapi }: { strapi: Core.Strapi } */) {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureAccounts(strapi, accountSettingsFromEnv());
  },
};
