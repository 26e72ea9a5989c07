import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Editors work in Dutch; English stays available in their profile.
    locales: ['nl', 'en'],
    // No release check against GitHub and no tutorial videos from Strapi's site: the admin talks only to its own server.
    notifications: { releases: false },
    tutorials: false,
  },
  bootstrap(_app: StrapiApp) {},
};
