// Production: the admin shows uploaded images from the CloudFront domain, so the content
// security policy must allow it; otherwise the same middleware chain as config/middlewares.ts.
export default ({ env }) => {
  const cdn = env('UPLOADS_CDN_URL', '');
  const mediaSources = ["'self'", 'data:', 'blob:', 'market-assets.strapi.io', ...(cdn ? [cdn] : [])];
  return [
    'strapi::logger',
    'strapi::errors',
    {
      name: 'strapi::security',
      config: {
        contentSecurityPolicy: {
          useDefaults: true,
          directives: {
            'connect-src': ["'self'", 'https:'],
            'img-src': mediaSources,
            'media-src': mediaSources,
            upgradeInsecureRequests: null,
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
};
