/**
 * Imports DUO open data into the participation table.
 *
 *   npx tsx api/src/cli/import-duo.ts [--locations FILE]... [--pupils FILE]... [--endpoint URL] [--table NAME]
 *
 * Without files it imports the sample in api/data/duo/. Without --endpoint/--table it uses
 * DYNAMODB_ENDPOINT and PARTICIPATION_TABLE (as the API does). Exit code 1 when a row was rejected.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SAMPLE_FILES } from '../../seed/duo-sample.ts';
import { importDuo } from '../modules/schools/operations/import-duo.ts';
import { createDynamoDb } from '../sources/dynamodb/client.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      locations: { type: 'string', multiple: true },
      pupils: { type: 'string', multiple: true },
      endpoint: { type: 'string' },
      region: { type: 'string' },
      table: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log('Usage: npx tsx api/src/cli/import-duo.ts [--locations FILE]... [--pupils FILE]... [--endpoint URL] [--table NAME]');
    return 0;
  }
  const useSample = !values.locations && !values.pupils;
  const locations = useSample ? SAMPLE_FILES.locations : (values.locations ?? []);
  const pupils = useSample ? SAMPLE_FILES.pupils : (values.pupils ?? []);
  const endpoint =
    values.endpoint ?? process.env.DYNAMODB_ENDPOINT ?? (process.env.AWS_EXECUTION_ENV ? undefined : 'http://localhost:8000');
  const tableName = values.table ?? process.env.PARTICIPATION_TABLE ?? 'cmk-local-participation';
  const { doc, client } = createDynamoDb({ endpoint, region: values.region ?? process.env.AWS_REGION ?? 'eu-west-1' });
  const read = (file: string) => ({ name: path.basename(file), content: fs.readFileSync(file) });
  try {
    const report = await importDuo({ doc, tableName }, { locations: locations.map(read), pupils: pupils.map(read) });
    console.log(`Imported ${report.schools} school location(s) and ${report.pupilCounts} pupil count(s) into ${tableName}.`);
    for (const p of report.problems) console.error(`${p.file ?? '?'}:${p.line}: ${p.message}`);
    if (report.unknownInPupils.length) console.error(`Pupil counts for unknown locations: ${report.unknownInPupils.join(', ')}`);
    return report.problems.length ? 1 : 0;
  } finally {
    client.destroy();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error('DUO import failed:', error instanceof Error ? error.message : error);
      process.exit(2);
    },
  );
}
