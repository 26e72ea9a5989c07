/**
 * `npm run import-duo` against DynamoDB Local: the fixtures in DUO's layouts end up as schools in the
 * API (RIO coordinates, or the municipality's centre marked approximate), and a file the importer
 * cannot read writes nothing.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putDocument } from '../../src/sources/content/projection-store.ts';
import { scanAll } from '../../src/sources/dynamodb/query.ts';
import { municipalities } from '../support/content-fixtures.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { createTestApi } from '../support/graphql.ts';
import { admin } from '../participation/support.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURES = path.join(ROOT, 'api/test/fixtures/duo');
const f = (name: string) => path.join(FIXTURES, name);
const TSX_CLI = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');

async function importDuoCli(db: TestDynamoDb, table: string, args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [TSX_CLI, 'api/src/cli/import-duo.ts', ...args, '--endpoint', db.endpoint, '--table', table],
      { cwd: ROOT, env: { ...process.env, AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run import-duo', () => {
  let db: TestDynamoDb;
  beforeAll(async () => {
    db = await startDynamoDbLocal();
  });
  afterAll(async () => db?.stop());

  it('imports the fixtures of every format, with RIO positions or the municipality centre', async () => {
    const tables = await db.createTestTables();
    for (const m of municipalities) await putDocument({ doc: db.doc, tableName: tables.content }, m, 1);
    const run = await importDuoCli(db, tables.participation, [
      '--locations',
      f('alle-schoolvestigingen-basisonderwijs.csv'),
      f('alle-vestigingen-vo.csv'),
      '--pupils',
      f('leerlingen-po-soort-po-cluster-leeftijd.csv'),
      f('leerlingen-vo-per-vestiging-en-bestuur.csv'),
      '--rio',
      f('rio-onderwijslocaties.csv'),
      f('rio-onderwijslocatie-vestiging.csv'),
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'alle-schoolvestigingen-basisonderwijs.csv (locations po, windows-1252): 5 row(s) read, 5 imported, 0 rejected',
    );
    expect(run.stdout).toContain('alle-vestigingen-vo.csv (locations vo, windows-1252): 5 row(s) read, 5 imported, 0 rejected');
    expect(run.stdout).toContain('writing schools: 10/10');
    expect(run.stdout).toContain('Imported 10 school location(s)');
    expect(run.stdout).toContain('(5 with RIO coordinates, 5 placed at');
    expect(run.stdout).toContain('and 9 pupil count(s)');

    const api = createTestApi(db.doc, tables);
    const school = async (id: string) =>
      (
        await api.run<{ school: Record<string, unknown> }>(
          `{ school(id: "${id}") { id name sector sectors pupilCount municipalityCode location { latitude longitude approximate address { postcode place } } } }`,
          {},
          { viewer: admin },
        )
      ).data?.school;
    expect(await school('99XA00')).toEqual({
      id: '99XA00',
      name: 'Testschool Een (gegenereerd)',
      sector: 'BO',
      sectors: ['BO'],
      pupilCount: 173,
      municipalityCode: 'GM0392',
      location: { latitude: 52.3812, longitude: 4.6365, approximate: false, address: { postcode: '2011 AA', place: 'HAARLEM' } },
    });
    // No RIO position (its relation ended): placed at Haarlem's centre, marked approximate.
    const haarlem = municipalities.find((m) => m.id === 'GM0392')!;
    expect(await school('99YA02')).toMatchObject({
      sectors: ['VMBO', 'HAVO', 'VWO'],
      pupilCount: 121,
      location: { latitude: haarlem.latitude, longitude: haarlem.longitude, approximate: true },
    });
    expect(await school('99YB00')).toMatchObject({ name: 'Testscholengemeenschap Tw\u00e9\u00e9 (gegenereerd)', pupilCount: 1290 });
  }, 120_000);

  it('writes nothing when one file cannot be read, names the missing headers and exits non-zero', async () => {
    const tables = await db.createTestTables();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duo-'));
    const bad = path.join(dir, 'export.csv');
    fs.writeFileSync(bad, 'BRIN;NAAM;PLAATS\r\n99ZZ;Iets;HAARLEM\r\n', 'latin1');
    const utf16 = path.join(dir, 'utf16.csv');
    fs.writeFileSync(utf16, Buffer.from('\ufeffINSTELLINGSCODE;VESTIGINGSCODE\r\n', 'utf16le'));
    const run = await importDuoCli(db, tables.participation, [
      '--locations',
      f('alle-schoolvestigingen-basisonderwijs.csv'),
      bad,
      '--pupils',
      utf16,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Nothing was imported: 2 file(s) could not be read.');
    expect(run.stderr).toContain(
      'DUO_HEADER: export.csv: the header lacks INSTELLINGSCODE or BRIN NUMMER, VESTIGINGSCODE or VESTIGINGSNUMMER, VESTIGINGSNAAM, PLAATSNAAM, GEMEENTENUMMER, GEMEENTENAAM',
    );
    expect(run.stderr).toContain('DUO_ENCODING: utf16.csv: the file is UTF-16');
    expect(await scanAll({ doc: db.doc, tableName: tables.participation })).toEqual([]);
    fs.rmSync(dir, { recursive: true });
  }, 120_000);

  it('reports rejected rows by line and still imports the good ones (exit 1)', async () => {
    const tables = await db.createTestTables();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duo-'));
    const file = path.join(dir, 'bo.csv');
    const text = fs.readFileSync(f('alle-schoolvestigingen-basisonderwijs.csv'));
    fs.writeFileSync(file, Buffer.concat([text, Buffer.from('Utrecht;1;99XZ;99XZ00;Te kort\r\n', 'latin1')]));
    const run = await importDuoCli(db, tables.participation, ['--locations', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('rejected bo.csv:7: has 5 fields where the header has 31');
    expect(run.stdout).toContain('bo.csv (locations po, windows-1252): 6 row(s) read, 5 imported, 1 rejected');
    expect((await scanAll({ doc: db.doc, tableName: tables.participation })).filter((i) => i.type === 'School')).toHaveLength(5);
    fs.rmSync(dir, { recursive: true });
  }, 120_000);
});
