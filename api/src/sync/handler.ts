// Placeholder so the CDK app can bundle and deploy the sync endpoint (issue 8).
// Issue 5 fills it: verify Strapi's HMAC signature (secret from SYNC_SECRET_ARN), fetch the
// entry with the token from STRAPI_TOKEN_SECRET_ARN and write it to CONTENT_TABLE.
export const handler = async (): Promise<{ statusCode: number; body: string }> => ({
  statusCode: 501,
  body: 'not implemented yet',
});
