import type { Core } from '@strapi/strapi';
import { accountSettingsFromEnv, ensureAccounts } from './bootstrap/accounts';
import { configureAdmin } from './bootstrap/admin-layout';
import { ensureLocales } from './bootstrap/locales';
import { ensurePublicRead, ensureRoles, partnerUserFromEnv } from './bootstrap/roles';
import { registerContactPrivacy } from './privacy/contact-data';
import { seed } from './seed';
import { ensureOutboxTable, outboxSettingsFromEnv, registerOutboxRecorder, startOutboxWorker } from './sync/outbox';
import { registerValidation } from './validation';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerValidation(strapi);
    registerContactPrivacy(strapi);
    registerOutboxRecorder(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Before anything writes content: every write to projected content lands in the outbox.
    await ensureOutboxTable(strapi);
    await ensureLocales(strapi);
    await ensureAccounts(strapi, accountSettingsFromEnv());
    await ensureRoles(strapi, partnerUserFromEnv());
    await ensurePublicRead(strapi);
    await configureAdmin(strapi);
    // CMS_SEED=false leaves an empty catalogue, e.g. before loading a generated one.
    if (process.env.CMS_SEED !== 'false') await seed(strapi);
    stopOutbox = startOutboxWorker(strapi, outboxSettingsFromEnv());
  },

  destroy() {
    stopOutbox();
  },
};

let stopOutbox: () => void = () => undefined;
