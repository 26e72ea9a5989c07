export default ({ env }) => ({
  // Strapi's own GraphQL endpoint is not part of the product: only `npm run bench` turns it on, to compare against.
  graphql: { enabled: env.bool('CMS_GRAPHQL_PLUGIN', false) },
});
