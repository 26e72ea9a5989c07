// `info` hides Strapi's line per HTTP request (level `http`); CMS_LOG_LEVEL=http brings them back.
export default ({ env }) => ({
  level: env('CMS_LOG_LEVEL', 'info'),
});
