// Production: uploads go to the private S3 bucket and are served by CloudFront (UPLOADS_CDN_URL).
// No access keys: the AWS SDK picks up the ECS task role. `ACL: undefined` keeps the provider
// from sending its default `public-read` ACL, which a bucket-owner-enforced bucket rejects.
export default ({ env }) => ({
  upload: {
    config: {
      provider: 'aws-s3',
      providerOptions: {
        baseUrl: env('UPLOADS_CDN_URL'),
        rootPath: env('UPLOADS_ROOT_PATH', ''),
        s3Options: {
          region: env('AWS_REGION'),
          params: {
            Bucket: env('UPLOADS_BUCKET'),
            ACL: undefined,
          },
        },
      },
      actionOptions: {
        upload: {},
        uploadStream: {},
        delete: {},
      },
    },
  },
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
    },
  },
});
