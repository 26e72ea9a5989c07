export default ({ env }) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Tests point this at a temporary directory, so uploaded media never land in the working tree.
  dirs: { public: env('CMS_PUBLIC_DIR', './public') },
  app: {
    keys: env.array('APP_KEYS'),
  },
  // The platform calls no one home: no daily look-up of Strapi's latest version on npm.
  logger: { updates: { enabled: false } },
});
