// Placeholder so the CDK app can bundle and schedule the nightly reconcile (issue 8).
// Issue 5 fills it: page through Strapi's published content (token from
// STRAPI_TOKEN_SECRET_ARN) and repair CONTENT_TABLE where it drifted.
export const handler = async (): Promise<{ statusCode: number; body: string }> => ({
  statusCode: 501,
  body: 'not implemented yet',
});
