/**
 * DUO open data → school records, following the layouts recorded in docs/duo-files.md:
 * - "alle schoolvestigingen basisonderwijs" and "alle vestigingen vo" (addresses);
 * - pupil counts: po per soort po/cluster/leeftijd (LEEFTIJD_* columns, several rows per location),
 *   vo per vestiging en bestuur (AANTAL LEERLINGEN) and vo per onderwijstype (LEER- OF VERBLIJFSJAAR
 *   columns);
 * - RIO onderwijslocaties (GPS_LATITUDE/GPS_LONGITUDE, WGS84) and the relation table that links an
 *   ONDERWIJSLOCATIECODE to a VESTIGINGSCODE.
 * Columns are found by name, so extra columns or another order do not matter. A file whose header
 * lacks a needed column, or whose encoding is unknown, is refused as a whole (DuoFileError); a row
 * that cannot be read is reported with its line number and the other rows still count.
 */
import type { Sector } from '../../../domain/vocabulary.ts';
import type { SchoolFacts } from '../../../domain/records.ts';
import { decodeDuo, detectSeparator, DuoFileError, parseCsv, type CsvRecord, type DuoEncoding } from './csv.ts';

export { DuoFileError } from './csv.ts';

export interface RowProblem {
  readonly file?: string;
  readonly line: number;
  readonly message: string;
}

interface Parsed {
  readonly encoding: DuoEncoding;
  /** Data rows read (the header not counted). */
  readonly rows: number;
  readonly problems: RowProblem[];
}

export interface ParsedLocations extends Parsed {
  readonly kind: 'PO' | 'VO';
  readonly schools: SchoolFacts[];
}

export interface PupilCount {
  readonly schoolId: string;
  /**
   * The location's pupils. DUO masks every count of 1 to 4 as `<5`; such a cell counts as 1 here,
   * so this is the lowest the real number can be, and `pupilsUpTo` the highest.
   */
  readonly pupils: number;
  readonly pupilsUpTo: number;
  /** Cells that DUO masked as `<5`. */
  readonly maskedCells: number;
  readonly referenceDate?: string;
}

export interface ParsedPupils extends Parsed {
  readonly counts: PupilCount[];
}

export interface RioPosition {
  readonly latitude: number;
  readonly longitude: number;
}

/** RIO: either the locations table (code → position) or the relation table (code → vestigingen). */
export type ParsedRio = Parsed &
  (
    | { readonly table: 'locations'; readonly positions: Map<string, RioPosition> }
    | { readonly table: 'relations'; readonly links: { locationCode: string; schoolId: string; line: number }[] }
  );

class RowError extends Error {}

function table(input: Uint8Array | string, file: string | undefined, problems: RowProblem[]) {
  let decoded: ReturnType<typeof decodeDuo>;
  try {
    decoded = decodeDuo(input);
  } catch (error) {
    if (error instanceof DuoFileError) throw new DuoFileError(`${file ?? 'file'}: ${error.message}`, error.code);
    throw error;
  }
  const [head, ...rows] = parseCsv(decoded.text, detectSeparator(decoded.text), (p) => problems.push({ file, ...p }));
  const header = (head?.fields ?? []).map((h) => h.trim().toUpperCase());
  return { header, rows, encoding: decoded.encoding };
}

/** Refuses the file when its header lacks columns: names them and says what the file should be. */
function requireHeaders(header: readonly string[], file: string | undefined, what: string, ...groups: string[][]): void {
  const missing = groups.filter((names) => !names.some((n) => header.includes(n))).map((names) => names.join(' or '));
  if (missing.length === 0) return;
  throw new DuoFileError(
    `${file ?? 'file'}: the header lacks ${missing.join(', ')}, so this is not ${what}. ` +
      `Check that it is the file as DUO publishes it (see docs/duo-files.md), with its header as the first line.`,
    'DUO_HEADER',
  );
}

function reader(header: string[], record: CsvRecord) {
  if (record.fields.length !== header.length) {
    throw new RowError(`has ${record.fields.length} fields where the header has ${header.length}`);
  }
  const index = new Map(header.map((h, i) => [h, i]));
  // DUO writes an empty value as a single space: trim before testing for empty.
  const get = (...names: string[]): string | undefined => {
    for (const name of names) {
      const i = index.get(name);
      if (i !== undefined) return record.fields[i]!.trim();
    }
    return undefined;
  };
  const required = (...names: string[]): string => {
    const value = get(...names);
    if (!value) throw new RowError(`${names[0]} is empty`);
    return value;
  };
  return { get, required };
}

/** BRIN6 from the full six-character VESTIGINGSCODE, or INSTELLINGSCODE + its two-digit suffix. */
function locationCode(required: (...n: string[]) => string): string {
  const institution = required('INSTELLINGSCODE', 'BRIN NUMMER').toUpperCase();
  if (!/^\d{2}[A-Z]{2}$/.test(institution)) throw new RowError(`INSTELLINGSCODE "${institution}" is not a BRIN code (e.g. 00AA)`);
  let location = required('VESTIGINGSCODE', 'VESTIGINGSNUMMER').toUpperCase();
  if (/^\d{1,2}$/.test(location)) location = institution + location.padStart(2, '0');
  if (!/^\d{2}[A-Z]{2}\d{2}$/.test(location)) throw new RowError(`VESTIGINGSCODE "${location}" is not a BRIN6 code (e.g. 00AA00)`);
  if (!location.startsWith(institution)) throw new RowError(`VESTIGINGSCODE ${location} does not belong to INSTELLINGSCODE ${institution}`);
  return location;
}

/** DUO's GEMEENTENUMMER (`0392`, sometimes unpadded) → the CBS code GM0392. */
function municipalityCode(value: string): string {
  const digits = value.replace(/^GM/i, '');
  if (!/^\d{1,4}$/.test(digits)) throw new RowError(`GEMEENTENUMMER "${value}" is not a municipality number`);
  return `GM${digits.padStart(4, '0')}`;
}

/** The older sample files name the kind of primary school in SOORT PO; the current file has none. */
const PO_SECTORS: Record<string, Sector> = {
  BAO: 'BO',
  BO: 'BO',
  BASISSCHOOL: 'BO',
  BASISONDERWIJS: 'BO',
  SBAO: 'SBO',
  SBO: 'SBO',
  'SPECIALE SCHOOL VOOR BASISONDERWIJS': 'SBO',
  SO: 'SO',
  '(V)SO': 'SO',
  VSO: 'VSO',
};

/** ONDERWIJSSTRUCTUUR: levels joined by `/` (VBO/MAVO/HAVO/VWO/PRO), or BRUGJAAR (first years only). */
function voSectors(structure: string): Sector[] {
  const tokens = structure
    .toUpperCase()
    .split(/[/,+ ]+/)
    .filter(Boolean);
  const sectors = tokens.flatMap((token): (Sector | undefined)[] => {
    if (/^(VMBO|VBO|MAVO)/.test(token)) return ['VMBO'];
    if (token.startsWith('HAVO')) return ['HAVO'];
    if (token.startsWith('VWO') || token === 'GYMNASIUM' || token === 'ATHENEUM') return ['VWO'];
    if (token === 'PRO' || token.startsWith('PRAKTIJK')) return ['PRO'];
    // A bridging-year location names no level: it teaches the first years of vmbo, havo and vwo.
    if (token === 'BRUGJAAR') return ['VMBO', 'HAVO', 'VWO'];
    return [undefined];
  });
  if (sectors.length === 0 || sectors.some((s) => s === undefined)) throw new RowError(`ONDERWIJSSTRUCTUUR "${structure}" is not known`);
  return [...new Set(sectors as Sector[])];
}

function postcodeOf(value: string | undefined): string | undefined {
  const postcode = value?.toUpperCase().replace(/\s+/g, '');
  if (!postcode) return undefined;
  if (!/^\d{4}[A-Z]{2}$/.test(postcode)) throw new RowError(`POSTCODE "${value}" is not a Dutch postcode (1234 AB)`);
  return `${postcode.slice(0, 4)} ${postcode.slice(4)}`;
}

/**
 * "Alle schoolvestigingen basisonderwijs" (no column names the kind of school: every row is bo) or
 * "alle vestigingen vo" (ONDERWIJSSTRUCTUUR).
 */
export function parseDuoLocations(input: Uint8Array | string, file?: string): ParsedLocations {
  const problems: RowProblem[] = [];
  const { header, rows, encoding } = table(input, file, problems);
  requireHeaders(
    header,
    file,
    'a DUO locations file (alle schoolvestigingen basisonderwijs, or alle vestigingen vo)',
    ['INSTELLINGSCODE', 'BRIN NUMMER'],
    ['VESTIGINGSCODE', 'VESTIGINGSNUMMER'],
    ['VESTIGINGSNAAM'],
    ['PLAATSNAAM'],
    ['GEMEENTENUMMER'],
    ['GEMEENTENAAM'],
  );
  const kind = header.includes('ONDERWIJSSTRUCTUUR') ? 'VO' : 'PO';
  const schools: SchoolFacts[] = [];
  const seen = new Map<string, number>();
  const optional = (v: string | undefined) => (v ? v : undefined);
  for (const record of rows) {
    try {
      const { get, required } = reader(header, record);
      const id = locationCode(required);
      const postcode = postcodeOf(get('POSTCODE'));
      let sectors: Sector[];
      if (kind === 'VO') {
        sectors = voSectors(required('ONDERWIJSSTRUCTUUR'));
      } else if (header.includes('SOORT PO')) {
        const soort = required('SOORT PO').toUpperCase();
        const sector = PO_SECTORS[soort];
        if (!sector) throw new RowError(`SOORT PO "${soort}" is not known`);
        sectors = [sector];
      } else {
        sectors = ['BO'];
      }
      const municipality = municipalityCode(required('GEMEENTENUMMER'));
      const previous = seen.get(id);
      if (previous !== undefined) throw new RowError(`VESTIGINGSCODE ${id} was already on line ${previous}`);
      seen.set(id, record.line);
      schools.push({
        id,
        institutionCode: id.slice(0, 4),
        name: required('VESTIGINGSNAAM'),
        street: optional(get('STRAATNAAM')),
        houseNumber: optional(get('HUISNUMMER-TOEVOEGING')),
        postcode,
        place: required('PLAATSNAAM'),
        municipalityCode: municipality,
        municipalityName: required('GEMEENTENAAM'),
        province: optional(get('PROVINCIE')),
        denomination: optional(get('DENOMINATIE')),
        website: optional(get('INTERNETADRES')),
        kind,
        sector: sectors[0]!,
        sectors,
      });
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      problems.push({ file, line: record.line, message: error.message });
    }
  }
  return { kind, schools, problems, encoding, rows: rows.length };
}

function referenceDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const dmy = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value);
  if (dmy) return `${dmy[3]}-${dmy[2]}-${dmy[1]}`;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  throw new RowError(`PEILDATUM "${value}" is not a date`);
}

/** Count columns: po LEEFTIJD_4 … LEEFTIJD_OUDER (and the older LEERJAAR n), vo LEER- OF VERBLIJFSJAAR n - MAN/VROUW. */
const PART_COLUMN = /^(LEEFTIJD[ _]|LEERJAAR\b|LEER- OF VERBLIJFSJAAR \d+ - (MAN|VROUW)$)/;

/**
 * DUO's pupils per location. A row counts its total column (TOTAAL, AANTAL LEERLINGEN) when the file
 * has one, else the sum of its count columns; rows of one location (po: per soort po and cluster; vo
 * per onderwijstype: per type and year) are added up. `<5` is a masked 1 to 4.
 */
export function parseDuoPupils(input: Uint8Array | string, file?: string): ParsedPupils {
  const problems: RowProblem[] = [];
  const { header, rows, encoding } = table(input, file, problems);
  requireHeaders(
    header,
    file,
    'a DUO pupils-per-location file',
    ['INSTELLINGSCODE', 'BRIN NUMMER'],
    ['VESTIGINGSCODE', 'VESTIGINGSNUMMER'],
  );
  const totalColumn = ['TOTAAL', 'TOTAAL AANTAL LEERLINGEN', 'AANTAL LEERLINGEN'].find((c) => header.includes(c));
  const partColumns = header.filter((h) => PART_COLUMN.test(h));
  if (!totalColumn && partColumns.length === 0) {
    throw new DuoFileError(
      `${file ?? 'file'}: the header lacks AANTAL LEERLINGEN and any LEEFTIJD_… or LEER- OF VERBLIJFSJAAR … column, so this is not a DUO ` +
        'pupils file. Use "leerlingen po soort po, cluster, leeftijd" or "leerlingen vo per vestiging en bestuur" (see docs/duo-files.md).',
      'DUO_HEADER',
    );
  }
  const columns = totalColumn ? [totalColumn] : partColumns;
  const totals = new Map<string, { pupils: number; pupilsUpTo: number; maskedCells: number; referenceDate?: string }>();
  for (const record of rows) {
    try {
      const { get, required } = reader(header, record);
      const id = locationCode(required);
      let low = 0;
      let high = 0;
      let masked = 0;
      for (const column of columns) {
        const raw = (get(column) ?? '').replace(/\./g, '');
        if (raw === '') continue;
        if (raw === '<5') {
          low += 1;
          high += 4;
          masked += 1;
          continue;
        }
        if (!/^\d+$/.test(raw)) throw new RowError(`${column} "${raw}" is not a number of pupils`);
        low += Number(raw);
        high += Number(raw);
      }
      const date = referenceDate(get('PEILDATUM'));
      const current = totals.get(id) ?? { pupils: 0, pupilsUpTo: 0, maskedCells: 0 };
      totals.set(id, {
        pupils: current.pupils + low,
        pupilsUpTo: current.pupilsUpTo + high,
        maskedCells: current.maskedCells + masked,
        ...(date ? { referenceDate: date } : current.referenceDate ? { referenceDate: current.referenceDate } : {}),
      });
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      problems.push({ file, line: record.line, message: error.message });
    }
  }
  return { counts: [...totals].map(([schoolId, t]) => ({ schoolId, ...t })), problems, encoding, rows: rows.length };
}

const RIO_CODE = /^\d{3}X\d{3}$/;

/** A coordinate written with a decimal point or a decimal comma. */
function coordinate(column: string, value: string, min: number, max: number): number {
  const number = Number(value.replace(',', '.'));
  if (!Number.isFinite(number) || value === '') throw new RowError(`${column} "${value}" is not a number`);
  if (number < min || number > max) {
    throw new RowError(
      `${column} ${value} is not a WGS84 ${column.endsWith('LATITUDE') ? 'latitude' : 'longitude'} in the Netherlands (${min}–${max})`,
    );
  }
  return number;
}

/**
 * RIO's onderwijslocaties (ONDERWIJSLOCATIECODE, GPS_LATITUDE, GPS_LONGITUDE: WGS84, used as they are)
 * or its relation table (ONDERWIJSLOCATIECODE, VESTIGINGSCODE, EINDDATUM; a relation with an end date
 * on or before `today` has ended and is left out).
 */
export function parseRio(input: Uint8Array | string, file?: string, today = new Date().toISOString().slice(0, 10)): ParsedRio {
  const problems: RowProblem[] = [];
  const { header, rows, encoding } = table(input, file, problems);
  const isRelations = header.includes('VESTIGINGSCODE');
  if (isRelations) {
    requireHeaders(header, file, "RIO's relation table (onderwijslocatie → vestiging)", ['ONDERWIJSLOCATIECODE'], ['VESTIGINGSCODE']);
  } else {
    requireHeaders(
      header,
      file,
      "RIO's onderwijslocaties table (or its relation table, which has VESTIGINGSCODE)",
      ['ONDERWIJSLOCATIECODE'],
      ['GPS_LATITUDE'],
      ['GPS_LONGITUDE'],
    );
  }
  const positions = new Map<string, RioPosition>();
  const links: { locationCode: string; schoolId: string; line: number }[] = [];
  for (const record of rows) {
    try {
      const { get, required } = reader(header, record);
      const code = required('ONDERWIJSLOCATIECODE').toUpperCase();
      if (!RIO_CODE.test(code)) throw new RowError(`ONDERWIJSLOCATIECODE "${code}" is not a RIO location code (e.g. 123X456)`);
      if (isRelations) {
        const schoolId = required('VESTIGINGSCODE').toUpperCase();
        if (!/^\d{2}[A-Z]{2}\d{2}$/.test(schoolId)) throw new RowError(`VESTIGINGSCODE "${schoolId}" is not a BRIN6 code (e.g. 00AA00)`);
        const end = get('EINDDATUM');
        if (end && end.slice(0, 10) <= today) continue;
        links.push({ locationCode: code, schoolId, line: record.line });
      } else {
        positions.set(code, {
          latitude: coordinate('GPS_LATITUDE', required('GPS_LATITUDE'), 50.7, 53.6),
          longitude: coordinate('GPS_LONGITUDE', required('GPS_LONGITUDE'), 3.3, 7.3),
        });
      }
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      problems.push({ file, line: record.line, message: error.message });
    }
  }
  const base = { problems, encoding, rows: rows.length };
  return isRelations ? { ...base, table: 'relations', links } : { ...base, table: 'locations', positions };
}

/** Positions per BRIN6 from RIO's two tables; a school linked to a location RIO has no position for is reported. */
export function rioPositions(tables: readonly (ParsedRio & { file?: string })[]): {
  bySchool: Map<string, RioPosition>;
  problems: RowProblem[];
} {
  const positions = new Map<string, RioPosition>();
  for (const t of tables) if (t.table === 'locations') for (const [k, v] of t.positions) positions.set(k, v);
  const bySchool = new Map<string, RioPosition>();
  const problems: RowProblem[] = [];
  for (const t of tables) {
    if (t.table !== 'relations') continue;
    for (const link of t.links) {
      const position = positions.get(link.locationCode);
      if (!position) {
        problems.push({
          file: t.file,
          line: link.line,
          message: `ONDERWIJSLOCATIECODE ${link.locationCode} has no position in the RIO locations file`,
        });
        continue;
      }
      if (!bySchool.has(link.schoolId)) bySchool.set(link.schoolId, position);
    }
  }
  return { bySchool, problems };
}
