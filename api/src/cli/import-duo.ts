/**
 * Imports DUO open data into the participation table that `npm start` uses.
 *
 *   npm run import-duo -- --locations FILE… [--pupils FILE…] [--rio FILE…] [--endpoint URL] [--table NAME]
 *
 * Without files it imports the sample in api/data/duo/. Without --endpoint/--table it uses
 * DYNAMODB_ENDPOINT (else DynamoDB Local on DYNAMODB_PORT, as `npm start`) and PARTICIPATION_TABLE.
 * Exit codes: 0 all rows imported; 1 some rows rejected (the others were written); 2 a file could not
 * be read (nothing was written) or the import failed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SAMPLE_FILES } from '../../seed/duo-sample.ts';
import { DuoImportRefused, importDuo } from '../modules/schools/operations/import-duo.ts';
import { createDynamoDb } from '../sources/dynamodb/client.ts';

const USAGE =
  'Usage: npm run import-duo -- --locations FILE… [--pupils FILE…] [--rio FILE…] [--endpoint URL] [--table NAME]\n' +
  '  --locations  DUO "alle schoolvestigingen basisonderwijs" / "alle vestigingen vo" (;-separated, as downloaded)\n' +
  '  --pupils     DUO pupils per location (po per soort po/cluster/leeftijd, vo per vestiging en bestuur or per onderwijstype)\n' +
  '  --rio        RIO onderwijslocaties and its relation table onderwijslocatie → vestiging (coordinates, WGS84)\n' +
  'A FILE may be followed by more files: --locations a.csv b.csv. See docs/duo-files.md.';

/** `--locations a.csv b.csv --pupils c.csv`: node's parseArgs takes one value per flag, so the rest are positionals. */
function filesByFlag(argv: readonly string[]): { files: Record<'locations' | 'pupils' | 'rio', string[]>; rest: string[] } {
  const files = { locations: [] as string[], pupils: [] as string[], rio: [] as string[] };
  const rest: string[] = [];
  let current: keyof typeof files | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const flag = /^--(locations|pupils|rio)(?:=(.*))?$/.exec(arg);
    if (flag) {
      current = flag[1] as keyof typeof files;
      if (flag[2] !== undefined) files[current].push(flag[2]);
    } else if (arg.startsWith('-')) {
      current = undefined;
      rest.push(arg);
      if (!arg.includes('=') && argv[i + 1] && !argv[i + 1]!.startsWith('-') && arg !== '--help' && arg !== '-h') rest.push(argv[++i]!);
    } else if (current) {
      files[current].push(arg);
    } else {
      rest.push(arg);
    }
  }
  return { files, rest };
}

export async function main(argv: readonly string[] = process.argv.slice(2), out = console.log, err = console.error): Promise<number> {
  const { files, rest } = filesByFlag(argv);
  let values: { endpoint?: string; region?: string; table?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        endpoint: { type: 'string' },
        region: { type: 'string' },
        table: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    err(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const useSample = !files.locations.length && !files.pupils.length && !files.rio.length;
  if (!useSample && !files.locations.length) {
    err(`--pupils and --rio add to schools of --locations files: give the locations file(s) too.\n${USAGE}`);
    return 2;
  }
  const locations = useSample ? SAMPLE_FILES.locations : files.locations;
  const pupils = useSample ? SAMPLE_FILES.pupils : files.pupils;
  const missing = [...locations, ...pupils, ...files.rio].filter((f) => !fs.existsSync(f));
  if (missing.length) {
    err(`No such file: ${missing.join(', ')}. Nothing was imported.`);
    return 2;
  }
  const endpoint =
    values.endpoint ??
    process.env.DYNAMODB_ENDPOINT ??
    (process.env.AWS_EXECUTION_ENV ? undefined : `http://127.0.0.1:${process.env.DYNAMODB_PORT || '8000'}`);
  const tableName = values.table ?? process.env.PARTICIPATION_TABLE ?? 'cmk-local-participation';
  const { doc, client } = createDynamoDb({ endpoint, region: values.region ?? process.env.AWS_REGION ?? 'eu-west-1' });
  const read = (file: string) => ({ name: path.basename(file), content: fs.readFileSync(file) });
  let lastShown = 0;
  try {
    const report = await importDuo(
      { doc, tableName },
      { locations: locations.map(read), pupils: pupils.map(read), rio: files.rio.map(read) },
      (event) => {
        if (event.phase === 'read') out(`read ${event.file}: ${event.done} row(s)`);
        else if (event.done === event.total || event.done - lastShown >= 500) {
          lastShown = event.done;
          out(`writing schools: ${event.done}/${event.total}`);
        }
      },
    );
    for (const f of report.files) {
      out(`${f.file} (${f.format}, ${f.encoding}): ${f.rows} row(s) read, ${f.accepted} imported, ${f.rejected} rejected`);
    }
    for (const p of report.problems) err(`rejected ${p.file ?? '?'}:${p.line}: ${p.message}`);
    if (report.unknownInPupils.length) err(`Pupil counts for locations no locations file has: ${report.unknownInPupils.join(', ')}`);
    out(
      `Imported ${report.schools} school location(s) into ${tableName} (${report.withCoordinates} with RIO coordinates, ` +
        `${report.schools - report.withCoordinates} placed at their municipality's centre) and ${report.pupilCounts} pupil count(s).`,
    );
    return report.problems.length ? 1 : 0;
  } catch (error) {
    if (error instanceof DuoImportRefused) {
      err(`Nothing was imported: ${error.errors.length} file(s) could not be read.`);
      for (const e of error.errors) err(`  ${e.code}: ${e.message}`);
      return 2;
    }
    throw error;
  } finally {
    client.destroy();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(
        'DUO import failed:',
        error instanceof Error ? error.message : error,
        '\nIs DynamoDB Local running (npm start), or are --endpoint/--table right?',
      );
      process.exit(2);
    },
  );
}
