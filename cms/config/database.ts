import path from 'node:path';

// Locally and in tests Strapi runs on SQLite; in AWS config/env/production/database.ts selects PostgreSQL.
export default ({ env }) => ({
  connection: {
    client: 'sqlite',
    connection: {
      filename: path.resolve(env('DATABASE_FILENAME', path.join(process.cwd(), '.tmp', 'data.db'))),
    },
    useNullAsDefault: true,
    pool: {
      // WAL with synchronous=NORMAL keeps a local database consistent and makes the thousands of
      // small writes of a first start (permissions, seed, generated catalogue) many times faster.
      afterCreate: (conn: any, done: (err: Error | null, conn: unknown) => void) => {
        try {
          conn.pragma('journal_mode = WAL');
          conn.pragma(`synchronous = ${env('SQLITE_SYNCHRONOUS', 'NORMAL')}`);
          done(null, conn);
        } catch (err) {
          done(err as Error, conn);
        }
      },
    },
  },
});
