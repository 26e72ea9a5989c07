/**
 * DUO open data → school records. Columns are found by their DUO name, so extra columns or another
 * column order in next month's file do not matter. Both the current codes (INSTELLINGSCODE +
 * VESTIGINGSCODE = BRIN6) and the older BRIN NUMMER + VESTIGINGSNUMMER columns are understood.
 * A row that cannot be read is reported with its line number; the other rows still count.
 */
import type { Sector } from '../../../domain/vocabulary.ts';
import type { SchoolFacts } from '../../../domain/records.ts';
import { decodeLatin1, parseCsv, type CsvRecord } from './csv.ts';

export interface RowProblem {
  readonly file?: string;
  readonly line: number;
  readonly message: string;
}

export interface ParsedLocations {
  readonly kind: 'PO' | 'VO';
  readonly schools: SchoolFacts[];
  readonly problems: RowProblem[];
}

export interface PupilCount {
  readonly schoolId: string;
  readonly pupils: number;
  readonly referenceDate?: string;
}

export interface ParsedPupils {
  readonly counts: PupilCount[];
  readonly problems: RowProblem[];
}

class RowError extends Error {}

function table(input: Uint8Array | string, file: string | undefined, problems: RowProblem[]): { header: string[]; rows: CsvRecord[] } {
  const [head, ...rows] = parseCsv(decodeLatin1(input), ';', (p) => problems.push({ file, ...p }));
  return { header: (head?.fields ?? []).map((h) => h.trim().toUpperCase()), rows };
}

function reader(header: string[], record: CsvRecord) {
  if (record.fields.length !== header.length) {
    throw new RowError(`has ${record.fields.length} fields where the header has ${header.length}`);
  }
  const index = new Map(header.map((h, i) => [h, i]));
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

/** BRIN6 from INSTELLINGSCODE/VESTIGINGSCODE (or the older BRIN NUMMER/VESTIGINGSNUMMER). */
function locationCode(get: (...n: string[]) => string | undefined, required: (...n: string[]) => string): string {
  const institution = required('INSTELLINGSCODE', 'BRIN NUMMER').toUpperCase();
  if (!/^\d{2}[A-Z]{2}$/.test(institution)) throw new RowError(`INSTELLINGSCODE "${institution}" is not a BRIN code (e.g. 00AA)`);
  let location = required('VESTIGINGSCODE', 'VESTIGINGSNUMMER').toUpperCase();
  if (/^\d{1,2}$/.test(location)) location = institution + location.padStart(2, '0');
  if (!/^\d{2}[A-Z]{2}\d{2}$/.test(location)) throw new RowError(`VESTIGINGSCODE "${location}" is not a BRIN6 code (e.g. 00AA00)`);
  if (!location.startsWith(institution)) throw new RowError(`VESTIGINGSCODE ${location} does not belong to INSTELLINGSCODE ${institution}`);
  void get;
  return location;
}

function municipalityCode(value: string): string {
  const digits = value.replace(/^GM/i, '');
  if (!/^\d{1,4}$/.test(digits)) throw new RowError(`GEMEENTENUMMER "${value}" is not a municipality number`);
  return `GM${digits.padStart(4, '0')}`;
}

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

function voSectors(structure: string): Sector[] {
  const sectors = structure
    .toUpperCase()
    .split(/[/,+ ]+/)
    .filter(Boolean)
    .map((token): Sector | undefined => {
      if (/^(VMBO|VBO|MAVO)/.test(token)) return 'VMBO';
      if (token.startsWith('HAVO')) return 'HAVO';
      if (token.startsWith('VWO') || token === 'GYMNASIUM' || token === 'ATHENEUM') return 'VWO';
      if (token === 'PRO' || token.startsWith('PRAKTIJK')) return 'PRO';
      return undefined;
    });
  if (sectors.length === 0 || sectors.some((s) => s === undefined)) throw new RowError(`ONDERWIJSSTRUCTUUR "${structure}" is not known`);
  return [...new Set(sectors as Sector[])];
}

/** "Alle vestigingen basisonderwijs" (SOORT PO) or "Alle vestigingen vo" (ONDERWIJSSTRUCTUUR). */
export function parseDuoLocations(input: Uint8Array | string, file?: string): ParsedLocations {
  const problems: RowProblem[] = [];
  const { header, rows } = table(input, file, problems);
  const kind = header.includes('ONDERWIJSSTRUCTUUR') ? 'VO' : header.includes('SOORT PO') ? 'PO' : undefined;
  if (!kind) {
    return {
      kind: 'PO',
      schools: [],
      problems: [{ file, line: 1, message: 'header has neither SOORT PO nor ONDERWIJSSTRUCTUUR: not a DUO locations file' }],
    };
  }
  const schools: SchoolFacts[] = [];
  const seen = new Map<string, number>();
  for (const record of rows) {
    try {
      const { get, required } = reader(header, record);
      const id = locationCode(get, required);
      const postcode = get('POSTCODE')?.toUpperCase().replace(/\s+/g, '');
      if (postcode && !/^\d{4}[A-Z]{2}$/.test(postcode)) throw new RowError(`POSTCODE "${postcode}" is not a Dutch postcode`);
      let sectors: Sector[];
      if (kind === 'PO') {
        const soort = required('SOORT PO').toUpperCase();
        const sector = PO_SECTORS[soort];
        if (!sector) throw new RowError(`SOORT PO "${soort}" is not known`);
        sectors = [sector];
      } else {
        sectors = voSectors(required('ONDERWIJSSTRUCTUUR'));
      }
      const previous = seen.get(id);
      if (previous !== undefined) throw new RowError(`VESTIGINGSCODE ${id} was already on line ${previous}`);
      seen.set(id, record.line);
      const optional = (v: string | undefined) => (v ? v : undefined);
      schools.push({
        id,
        institutionCode: id.slice(0, 4),
        name: required('VESTIGINGSNAAM'),
        street: optional(get('STRAATNAAM')),
        houseNumber: optional(get('HUISNUMMER-TOEVOEGING')),
        postcode: postcode ? `${postcode.slice(0, 4)} ${postcode.slice(4)}` : undefined,
        place: required('PLAATSNAAM'),
        municipalityCode: municipalityCode(required('GEMEENTENUMMER')),
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
  return { kind, schools, problems };
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

/**
 * DUO's pupils per location (po: by age; vo: by education type and year, several rows per location).
 * A row counts TOTAAL when there is one, else the sum of its LEEFTIJD/LEERJAAR columns; rows of one
 * location are added up.
 */
export function parseDuoPupils(input: Uint8Array | string, file?: string): ParsedPupils {
  const problems: RowProblem[] = [];
  const { header, rows } = table(input, file, problems);
  const totalColumn = ['TOTAAL', 'TOTAAL AANTAL LEERLINGEN', 'AANTAL LEERLINGEN'].find((c) => header.includes(c));
  const partColumns = header.filter((h) => /^(LEEFTIJD|LEERJAAR)\b/.test(h));
  if (!totalColumn && partColumns.length === 0) {
    return {
      counts: [],
      problems: [{ file, line: 1, message: 'header has no TOTAAL, LEEFTIJD or LEERJAAR columns: not a DUO pupils file' }],
    };
  }
  const totals = new Map<string, { pupils: number; referenceDate?: string }>();
  for (const record of rows) {
    try {
      const { get, required } = reader(header, record);
      const id = locationCode(get, required);
      const number = (column: string) => {
        const raw = (get(column) ?? '').replace(/\./g, '');
        if (raw === '') return 0;
        if (!/^\d+$/.test(raw)) throw new RowError(`${column} "${raw}" is not a number of pupils`);
        return Number(raw);
      };
      const pupils = totalColumn ? number(totalColumn) : partColumns.reduce((sum, c) => sum + number(c), 0);
      const date = referenceDate(get('PEILDATUM'));
      const current = totals.get(id);
      totals.set(id, { pupils: (current?.pupils ?? 0) + pupils, ...(date ? { referenceDate: date } : {}) });
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      problems.push({ file, line: record.line, message: error.message });
    }
  }
  return { counts: [...totals].map(([schoolId, t]) => ({ schoolId, ...t })), problems };
}
