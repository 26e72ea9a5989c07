export default ({ env }) => [
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        // The admin shows media from the uploads CDN in AWS (plugins.ts); locally they come from 'self'.
        directives: {
          'img-src': ["'self'", 'data:', 'blob:', ...(env('UPLOADS_CDN_URL') ? [env('UPLOADS_CDN_URL')] : [])],
          'media-src': ["'self'", 'data:', 'blob:', ...(env('UPLOADS_CDN_URL') ? [env('UPLOADS_CDN_URL')] : [])],
        },
      },
    },
  },
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
