// Production: Strapi runs behind the ALB, which terminates TLS and sets X-Forwarded-* headers.
export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  proxy: { koa: env.bool('IS_PROXIED', true) },
  app: {
    keys: env.array('APP_KEYS'),
  },
  // The platform calls no one home: no daily look-up of Strapi's latest version on npm.
  logger: { updates: { enabled: false } },
});
