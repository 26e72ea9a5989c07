import fs from 'node:fs';
import path from 'node:path';

// Production (NODE_ENV=production): PostgreSQL on RDS. ECS injects host, port, name, user and
// password from the database secret; TLS is on and verified against the RDS CA bundle baked
// into the image (DATABASE_SSL_CA).
export default ({ env }) => {
  // DATABASE_CLIENT=sqlite: a production-mode start on one machine, without PostgreSQL (the CMS's
  // production tests, cms/test/production.test.ts, boot this way).
  if (env('DATABASE_CLIENT', 'postgres') === 'sqlite') {
    return {
      connection: {
        client: 'sqlite',
        connection: { filename: path.resolve(env('DATABASE_FILENAME', path.join(process.cwd(), '.tmp', 'data.db'))) },
        useNullAsDefault: true,
      },
    };
  }
  const caFile = env('DATABASE_SSL_CA', '');
  const ssl = env.bool('DATABASE_SSL', true)
    ? {
        rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
        ...(caFile ? { ca: fs.readFileSync(caFile, 'utf8') } : {}),
      }
    : false;
  return {
    connection: {
      client: 'postgres',
      connection: {
        host: env('DATABASE_HOST'),
        port: env.int('DATABASE_PORT', 5432),
        database: env('DATABASE_NAME', 'strapi'),
        user: env('DATABASE_USERNAME'),
        password: env('DATABASE_PASSWORD'),
        schema: env('DATABASE_SCHEMA', 'public'),
        ssl,
      },
      pool: {
        min: env.int('DATABASE_POOL_MIN', 0),
        max: env.int('DATABASE_POOL_MAX', 10),
      },
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};
