import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_FILES } from '../../seed/duo-sample.ts';
import { parseCsv } from '../../src/modules/schools/duo/csv.ts';
import { parseDuoLocations, parseDuoPupils } from '../../src/modules/schools/duo/parse-duo.ts';
import { importDuo } from '../../src/modules/schools/operations/import-duo.ts';
import { loadSchool } from '../../src/modules/schools/operations/load-school.ts';
import { createSchoolLoaders } from '../../src/modules/schools/loaders.ts';
import { scanAll } from '../../src/sources/dynamodb/query.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { testStore } from './support.ts';

const read = (file: string) => ({ name: file.split('/').pop()!, content: fs.readFileSync(file) });
const sample = { locations: SAMPLE_FILES.locations.map(read), pupils: SAMPLE_FILES.pupils.map(read) };

const HEADER =
  '"PROVINCIE";"INSTELLINGSCODE";"VESTIGINGSCODE";"VESTIGINGSNAAM";"STRAATNAAM";"HUISNUMMER-TOEVOEGING";"POSTCODE";"PLAATSNAAM";"GEMEENTENUMMER";"GEMEENTENAAM";"DENOMINATIE";"SOORT PO"';
const broken = Buffer.from(
  [
    HEADER,
    '"NOORD-HOLLAND";"88AB";"88AB00";"Basisschool Het Kompas";"DORPSSTRAAT";"1";"2011 AB";"HAARLEM";"0392";"HAARLEM";"Openbaar";"Bao"', // 2 ok
    '"NOORD-HOLLAND";"88AC";"";"Zonder code";"DORPSSTRAAT";"2";"2011 AB";"HAARLEM";"0392";"HAARLEM";"Openbaar";"Bao"', // 3 no code
    '"NOORD-HOLLAND";"88AD";"88AD00";"Te weinig velden";"DORPSSTRAAT"', // 4 short row
    '"NOORD-HOLLAND";"88AE";"88AE00";"Rare postcode";"DORPSSTRAAT";"3";"ABCD 12";"HAARLEM";"0392";"HAARLEM";"Openbaar";"Bao"', // 5
    '"NOORD-HOLLAND";"88AF";"88AF00";"Onbekende soort";"DORPSSTRAAT";"4";"2011 AB";"HAARLEM";"0392";"HAARLEM";"Openbaar";"Kinderopvang"', // 6
    '"ZUID-HOLLAND";"88AG";"88AG00";"Sint-Jozefschool, \u201cde\u201d ""Ark""";"KERKLAAN";"5";"3131AB";"VLAARDINGEN";"622";"VLAARDINGEN";"Rooms-Katholiek";"Sbao"', // 7 ok
    '"ZUID-HOLLAND";"88AH";"88AH00";"Gemeente fout";"KERKLAAN";"6";"3131 AB";"VLAARDINGEN";"GM06x2";"VLAARDINGEN";"Openbaar";"Bao"', // 8
    '"NOORD-HOLLAND";"88AB";"88AB00";"Dubbel";"DORPSSTRAAT";"1";"2011 AB";"HAARLEM";"0392";"HAARLEM";"Openbaar";"Bao"', // 9 duplicate
    '',
  ]
    .join('\r\n')
    .replace(/[\u201c\u201d]/g, "'"),
  'latin1',
);

describe('DUO files', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, counting lines from the header', () => {
    const records = parseCsv('"A";"B"\n"x;y";"say ""hi"""\n"multi\nline";2\n\n3;4\n');
    expect(records).toEqual([
      { line: 1, fields: ['A', 'B'] },
      { line: 2, fields: ['x;y', 'say "hi"'] },
      { line: 3, fields: ['multi\nline', '2'] },
      { line: 6, fields: ['3', '4'] },
    ]);
  });

  it('reports a quote that is never closed, keeping the records before it', () => {
    const problems: { line: number; message: string }[] = [];
    const records = parseCsv('A;B\n1;2\n"open;3\n4;5\n', ';', (p) => problems.push(p));
    expect(records).toEqual([
      { line: 1, fields: ['A', 'B'] },
      { line: 2, fields: ['1', '2'] },
    ]);
    expect(problems).toEqual([{ line: 4, message: expect.stringContaining('Quote Not Closed') }]);
  });

  it('parses the sample in DUO format (Latin-1) without problems', () => {
    const bo = parseDuoLocations(sample.locations[0]!.content);
    const vo = parseDuoLocations(sample.locations[1]!.content);
    expect(bo.problems).toEqual([]);
    expect(vo.problems).toEqual([]);
    expect(bo.kind).toBe('PO');
    expect(vo.kind).toBe('VO');
    expect(bo.schools.find((s) => s.name.includes('Eben-Ha\u00EBzer'))).toMatchObject({ municipalityCode: 'GM0542', sector: 'BO' });
    expect(vo.schools.find((s) => s.id === '94VA00')?.sectors).toEqual(['VMBO', 'HAVO', 'VWO']);
    const codes = new Set([...bo.schools, ...vo.schools].map((s) => s.municipalityCode));
    for (const gm of ['GM0392', 'GM0397', 'GM0473', 'GM0622', 'GM0542']) expect(codes).toContain(gm);
    const pupils = parseDuoPupils(sample.pupils[1]!.content);
    expect(pupils.problems).toEqual([]);
    expect(new Set(pupils.counts.map((c) => c.schoolId)).size).toBe(pupils.counts.length);
  });

  it('reports each broken row with its line number and keeps the good rows', () => {
    const parsed = parseDuoLocations(broken, 'broken.csv');
    expect(parsed.schools.map((s) => s.id)).toEqual(['88AB00', '88AG00']);
    expect(parsed.schools[1]).toMatchObject({
      postcode: '3131 AB',
      municipalityCode: 'GM0622',
      sector: 'SBO',
      name: 'Sint-Jozefschool, \'de\' "Ark"',
    });
    expect(parsed.problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 8, 9]);
    expect(parsed.problems[0]?.message).toMatch(/VESTIGINGSCODE/);
    expect(parsed.problems[1]?.message).toMatch(/5 fields where the header has 12/);
    expect(parsed.problems[5]?.message).toMatch(/already on line 2/);
    expect(() => parseDuoLocations('"A";"B"\n1;2\n')).toThrow(/the header lacks INSTELLINGSCODE/);
  });
});

describe('DUO import into DynamoDB', () => {
  let db: TestDynamoDb;
  beforeAll(async () => {
    db = await startDynamoDbLocal();
  });
  afterAll(async () => db?.stop());

  it('imports the sample with pupil counts; a re-import updates and never duplicates', async () => {
    const store = await testStore(db);
    const first = await importDuo(store, sample);
    expect(first.problems).toEqual([]);
    expect(first.unknownInPupils).toEqual([]);
    expect(first.schools).toBeGreaterThan(20);
    expect(first.pupilCounts).toBe(first.schools);
    const count = async () => (await scanAll(store)).filter((i) => i.type === 'School').length;
    expect(await count()).toBe(first.schools);

    const school = await loadSchool(store, '95KA00');
    expect(school).toMatchObject({
      name: 'Gereformeerde Basisschool Eben-Ha\u00EBzer',
      municipalityCode: 'GM0542',
      pupilsReferenceDate: '2024-10-01',
    });
    expect(school?.pupils).toBeGreaterThan(0);

    // Next month: a renamed school; the locations file alone must not erase pupil counts.
    const renamed = Buffer.from(
      sample.locations[0]!.content.toString('latin1').replace('Basisschool De Regenboog', 'IKC De Regenboog'),
      'latin1',
    );
    const second = await importDuo(store, { locations: [{ name: 'bo.csv', content: renamed }, sample.locations[1]!] });
    expect(second.schools).toBe(first.schools);
    expect(await count()).toBe(first.schools);
    const regenboog = await loadSchool(store, '91KA00');
    expect(regenboog?.name).toBe('IKC De Regenboog');
    expect(regenboog?.pupils).toBeGreaterThan(0);
    const haarlem = await createSchoolLoaders(store).schoolsByMunicipality.load('GM0392');
    expect(haarlem.map((s) => s.id)).toContain('91KA00');
    expect(haarlem.every((s) => s.municipalityCode === 'GM0392')).toBe(true);
  }, 120_000);

  it('imports the good rows of a broken file and reports the others', async () => {
    const store = await testStore(db);
    const report = await importDuo(store, { locations: [{ name: 'broken.csv', content: broken }] });
    expect(report.schools).toBe(2);
    expect(report.problems.map((p) => `${p.file}:${p.line}`)).toEqual([
      'broken.csv:3',
      'broken.csv:4',
      'broken.csv:5',
      'broken.csv:6',
      'broken.csv:8',
      'broken.csv:9',
    ]);
    expect((await scanAll(store)).filter((i) => i.type === 'School')).toHaveLength(2);
  });
});
