/**
 * The DUO importer on fixtures that follow the published layouts (docs/duo-files.md,
 * test/fixtures/duo/README.md): one block per format.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeDuo, detectSeparator } from '../../src/modules/schools/duo/csv.ts';
import { DuoFileError, parseDuoLocations, parseDuoPupils, parseRio, rioPositions } from '../../src/modules/schools/duo/parse-duo.ts';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/duo');
export const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));
/** A fixture with rows added, written back as Windows-1252 like the original. */
const withRows = (name: string, ...rows: string[]) =>
  iconv.encode(`${iconv.decode(fixture(name), 'win1252')}${rows.map((r) => `${r}\r\n`).join('')}`, 'win1252');
const po = (fields: Record<number, string>) => {
  const base = iconv.decode(fixture('alle-schoolvestigingen-basisonderwijs.csv'), 'win1252').split('\r\n')[1]!.split(';');
  for (const [i, v] of Object.entries(fields)) base[Number(i)] = v;
  return base.join(';');
};

describe('decoding', () => {
  it('reads Windows-1252 (’ is 0x92, not a control character), UTF-8 with and without BOM', () => {
    const cp = decodeDuo(Buffer.from([0x4e, 0x92, 0x74, 0x20, 0xe9]));
    expect(cp).toEqual({ text: 'N\u2019t \u00e9', encoding: 'windows-1252' });
    expect(decodeDuo(Buffer.from('\ufeffN\u2019t \u00e9', 'utf8'))).toEqual({ text: 'N\u2019t \u00e9', encoding: 'utf-8-bom' });
    expect(decodeDuo(Buffer.from('N\u2019t \u00e9', 'utf8'))).toEqual({ text: 'N\u2019t \u00e9', encoding: 'utf-8' });
  });

  it('refuses UTF-16 and bytes Windows-1252 does not define', () => {
    expect(() => decodeDuo(Buffer.from('\ufeffA;B', 'utf16le'))).toThrow(/UTF-16/);
    expect(() => decodeDuo(Buffer.from([0x41, 0x81, 0xe9]))).toThrow(/neither UTF-8 nor Windows-1252/);
  });

  it('finds the separator from the header', () => {
    expect(detectSeparator('A;B;C\r\n1,5;2;3')).toBe(';');
    expect(detectSeparator('A,B,C\n')).toBe(',');
  });
});

describe('alle schoolvestigingen basisonderwijs', () => {
  const parsed = parseDuoLocations(fixture('alle-schoolvestigingen-basisonderwijs.csv'), 'bo.csv');

  it('imports every row as a bo school, with the file\u2019s values', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.encoding).toBe('windows-1252');
    expect(parsed.rows).toBe(5);
    expect(parsed.schools.map((s) => s.id)).toEqual(['99XA00', '99XA01', '99XB00', '99XC00', '99XD00']);
    expect(parsed.schools.every((s) => s.kind === 'PO' && s.sector === 'BO')).toBe(true);
    expect(parsed.schools[1]).toEqual({
      id: '99XA01',
      institutionCode: '99XA',
      name: 'Testschool Een, nevenvestiging (gegenereerd)',
      street: 'Proefweg',
      houseNumber: '12-A',
      postcode: '2012 BB',
      place: 'HAARLEM',
      municipalityCode: 'GM0392',
      municipalityName: 'HAARLEM',
      province: 'Noord-Holland',
      denomination: 'Openbaar',
      website: undefined, // a single space in the file
      kind: 'PO',
      sector: 'BO',
      sectors: ['BO'],
    });
    expect(parsed.schools[2]!.name).toBe('Testschool \u2019t Twee (gegenereerd)');
    expect(parsed.schools[3]!.name).toBe('Testschool E\u00e9n-Drie (gegenereerd)');
    expect(parsed.schools.map((s) => s.municipalityCode)).toEqual(['GM0392', 'GM0392', 'GM0397', 'GM0473', 'GM0622']);
  });

  it('rejects bad rows by line number with a reason and keeps the others', () => {
    const file = withRows(
      'alle-schoolvestigingen-basisonderwijs.csv',
      po({ 2: '99XE', 3: '99XE00', 7: 'ABCD 12' }), // line 7
      po({ 2: '99XF', 3: ' ' }), // line 8
      po({ 2: '99XG', 3: '99XG00', 9: 'GM06x2' }), // line 9
      'Noord-Holland;99009;99XH;99XH00;Te kort', // line 10
      po({}), // line 11: 99XA00 again
    );
    const bad = parseDuoLocations(file, 'bo.csv');
    expect(bad.schools).toHaveLength(5);
    expect(bad.problems).toEqual([
      { file: 'bo.csv', line: 7, message: 'POSTCODE "ABCD 12" is not a Dutch postcode (1234 AB)' },
      { file: 'bo.csv', line: 8, message: 'VESTIGINGSCODE is empty' },
      { file: 'bo.csv', line: 9, message: 'GEMEENTENUMMER "GM06x2" is not a municipality number' },
      { file: 'bo.csv', line: 10, message: 'has 5 fields where the header has 31' },
      { file: 'bo.csv', line: 11, message: 'VESTIGINGSCODE 99XA00 was already on line 2' },
    ]);
  });

  it('refuses a file without the headers it needs, naming them', () => {
    const text = 'PROVINCIE;INSTELLINGSCODE;NAAM;PLAATSNAAM\r\nUtrecht;99XA;x;UTRECHT\r\n';
    expect(() => parseDuoLocations(Buffer.from(text, 'latin1'), 'odd.csv')).toThrow(DuoFileError);
    expect(() => parseDuoLocations(Buffer.from(text, 'latin1'), 'odd.csv')).toThrow(
      /odd\.csv: the header lacks VESTIGINGSCODE or VESTIGINGSNUMMER, VESTIGINGSNAAM, GEMEENTENUMMER, GEMEENTENAAM/,
    );
  });
});

describe('alle vestigingen vo', () => {
  const parsed = parseDuoLocations(fixture('alle-vestigingen-vo.csv'), 'vo.csv');

  it('imports every row, BRUGJAAR and combined structures included', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.kind).toBe('VO');
    expect(parsed.schools).toHaveLength(5);
    const byId = new Map(parsed.schools.map((s) => [s.id, s]));
    expect(byId.get('99YA00')).toMatchObject({
      sectors: ['HAVO', 'VWO'],
      sector: 'HAVO',
      postcode: '2012 FF',
      website: 'www.testcollege-een.example',
    });
    expect(byId.get('99YA01')).toMatchObject({ sectors: ['VMBO'], houseNumber: '9-C' });
    expect(byId.get('99YA02')?.sectors).toEqual(['VMBO', 'HAVO', 'VWO']);
    expect(byId.get('99YB00')).toMatchObject({
      name: 'Testscholengemeenschap Tw\u00e9\u00e9 (gegenereerd)',
      sectors: ['VMBO', 'HAVO', 'VWO', 'PRO'],
      municipalityCode: 'GM0622',
      denomination: 'Bijzonder',
    });
    expect(byId.get('99YC00')).toMatchObject({ sectors: ['PRO'], municipalityCode: 'GM0542', place: 'KRIMPEN AAN DEN IJSSEL' });
  });
});

describe('pupils po per soort po, cluster, leeftijd', () => {
  const parsed = parseDuoPupils(fixture('leerlingen-po-soort-po-cluster-leeftijd.csv'), 'po-pupils.csv');

  it('sums the LEEFTIJD columns per location, joining the two-digit VESTIGINGSCODE to INSTELLINGSCODE', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.counts.map((c) => c.schoolId)).toEqual(['99XA00', '99XA01', '99XB00', '99XC00']);
    // 21+24+19+22+25+20+23+18 = 172, plus one masked cell (1 to 4).
    expect(parsed.counts[0]).toEqual({ schoolId: '99XA00', pupils: 173, pupilsUpTo: 176, maskedCells: 1, referenceDate: '2025-10-01' });
    // 8+9+7+6+5 = 35, plus three masked cells.
    expect(parsed.counts[1]).toMatchObject({ pupils: 38, pupilsUpTo: 47, maskedCells: 3 });
  });

  it('rejects a count that is no number, by line', () => {
    const line = '2025-10-01;99XD;00;x;3131EE;VLAARDINGEN;0622;VLAARDINGEN;Zuid-Holland;Bo; ;Openbaar;99004;0;12;abc' + ';0'.repeat(20);
    const bad = parseDuoPupils(withRows('leerlingen-po-soort-po-cluster-leeftijd.csv', line), 'po-pupils.csv');
    expect(bad.counts).toHaveLength(4);
    expect(bad.problems).toEqual([{ file: 'po-pupils.csv', line: 6, message: 'LEEFTIJD_5 "abc" is not a number of pupils' }]);
  });
});

describe('pupils vo per vestiging en bestuur', () => {
  const parsed = parseDuoPupils(fixture('leerlingen-vo-per-vestiging-en-bestuur.csv'), 'vo-pupils.csv');

  it('takes AANTAL LEERLINGEN per location from the quoted file', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.counts.map((c) => [c.schoolId, c.pupils])).toEqual([
      ['99YA00', 812],
      ['99YA01', 344],
      ['99YA02', 121],
      ['99YB00', 1290],
      ['99YC00', 156],
    ]);
    expect(parsed.counts[0]).toMatchObject({ pupilsUpTo: 812, maskedCells: 0 });
  });

  it('reads the same file when it is UTF-8', () => {
    const utf8 = Buffer.from(iconv.decode(fixture('leerlingen-vo-per-vestiging-en-bestuur.csv'), 'win1252'), 'utf8');
    const again = parseDuoPupils(utf8);
    expect(again.encoding).toBe('utf-8');
    expect(again.counts).toEqual(parsed.counts);
  });

  it('refuses a file with no count column', () => {
    expect(() => parseDuoPupils('"INSTELLINGSCODE";"VESTIGINGSCODE";"NAAM"\r\n"99YA";"99YA00";"x"\r\n', 'x.csv')).toThrow(
      /x\.csv: the header lacks AANTAL LEERLINGEN/,
    );
  });
});

describe('RIO onderwijslocaties and relations', () => {
  const locations = parseRio(fixture('rio-onderwijslocaties.csv'), 'rio.csv');
  const relations = parseRio(fixture('rio-onderwijslocatie-vestiging.csv'), 'rio-rel.csv', '2026-12-03');

  it('reads WGS84 positions and links current relations to BRIN6 codes', () => {
    expect(locations.problems).toEqual([]);
    expect(relations.problems).toEqual([]);
    expect(locations.table === 'locations' && locations.positions.get('990X004')).toEqual({ latitude: 52.3706, longitude: 4.5326 });
    const { bySchool, problems } = rioPositions([locations, relations]);
    expect(problems).toEqual([]);
    expect([...bySchool.keys()]).toEqual(['99XA00', '99XA01', '99XB00', '99XC00', '99YA00']);
    expect(bySchool.get('99XA00')).toEqual({ latitude: 52.3812, longitude: 4.6365 });
    // 99YA02's relation ended on 2021-07-31.
    expect(bySchool.has('99YA02')).toBe(false);
  });

  it('rejects a position outside the Netherlands (e.g. RD New metres) by line', () => {
    const bad = parseRio(`${fixture('rio-onderwijslocaties.csv').toString('utf8')}990X006,Rd,1,1234AB,487000,103000,\r\n`, 'rio.csv');
    expect(bad.problems).toEqual([
      { file: 'rio.csv', line: 7, message: 'GPS_LATITUDE 487000 is not a WGS84 latitude in the Netherlands (50.7–53.6)' },
    ]);
  });
});
