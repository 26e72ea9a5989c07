import path from 'node:path';

// Locally and in tests Strapi runs on SQLite; in AWS config/env/production/database.ts selects PostgreSQL.
export default ({ env }) => ({
  connection: {
    client: 'sqlite',
    connection: {
      filename: path.resolve(env('DATABASE_FILENAME', path.join(process.cwd(), '.tmp', 'data.db'))),
    },
    useNullAsDefault: true,
  },
});
