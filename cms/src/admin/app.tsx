import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Editors work in Dutch; English stays available in their profile.
    locales: ['nl', 'en'],
  },
  bootstrap(_app: StrapiApp) {},
};
