import type { Core } from '@strapi/strapi';
import { cmsSettingsFromEnv, ensureAccounts, type CmsSettings } from './bootstrap/accounts';
import { configureAdmin } from './bootstrap/admin-layout';
import { ensureLocales } from './bootstrap/locales';
import { ensureDemoPartnerAuthor, ensureKnowledgeRoles, ensurePublicRead, ensureRoles } from './bootstrap/roles';
import { registerPartnerAccess, registerSamePartnerCondition } from './partner-access';
import { registerContactPrivacy } from './privacy/contact-data';
import { seed } from './seed';
import { ensureOutboxTable, outboxSettingsFromEnv, registerOutboxRecorder, startOutboxWorker } from './sync/outbox';
import { registerValidation } from './validation';

let settings: CmsSettings;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // First, before anything touches the database: a production start without its settings stops here, naming the setting.
    settings = cmsSettingsFromEnv();
    registerPartnerAccess(strapi);
    registerValidation(strapi);
    registerContactPrivacy(strapi);
    registerOutboxRecorder(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Before anything writes content: every write to projected content lands in the outbox.
    await ensureOutboxTable(strapi);
    await ensureLocales(strapi);
    await registerSamePartnerCondition(strapi);
    await ensureRoles(strapi);
    await ensureKnowledgeRoles(strapi);
    await ensureAccounts(strapi, settings.accounts);
    await ensurePublicRead(strapi);
    await configureAdmin(strapi);
    // CMS_SEED=none leaves an empty catalogue, e.g. before loading a generated one.
    if (settings.seed !== 'none') await seed(strapi, settings.seed);
    if (settings.accounts.partner) await ensureDemoPartnerAuthor(strapi, settings.accounts.partner);
    stopOutbox = startOutboxWorker(strapi, outboxSettingsFromEnv());
  },

  destroy() {
    stopOutbox();
  },
};

let stopOutbox: () => void = () => undefined;
