import type { Core } from '@strapi/strapi';

/** Editorial text is Dutch first; English is the second locale. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  for (const { code, name } of [
    { code: 'nl', name: 'Nederlands (nl)' },
    { code: 'en', name: 'English (en)' },
  ]) {
    if (!(await locales.findByCode(code))) await locales.create({ code, name });
  }
  if ((await locales.getDefaultLocale()) !== 'nl') await locales.setDefaultLocale({ code: 'nl' });
}
