import { IMAGE_TYPES, MAX_UPLOAD_BYTES } from '../src/validation/media';

export default ({ env }) => ({
  // Strapi's own GraphQL endpoint is not part of the product: only `npm run bench` turns it on, to compare against.
  graphql: { enabled: env.bool('CMS_GRAPHQL_PLUGIN', false) },
  upload: {
    config: {
      sizeLimit: MAX_UPLOAD_BYTES,
      security: { allowedTypes: IMAGE_TYPES },
      // Local files in development; in AWS the private uploads bucket behind the CDN (infra/lib/stacks/cms-stack.ts),
      // written with the task role (no keys) and without ACLs, which the bucket refuses.
      ...(env('UPLOADS_BUCKET')
        ? {
            provider: 'aws-s3',
            providerOptions: {
              baseUrl: env('UPLOADS_CDN_URL'),
              s3Options: { region: env('AWS_REGION'), params: { Bucket: env('UPLOADS_BUCKET'), ACL: undefined } },
            },
          }
        : {}),
    },
  },
});
