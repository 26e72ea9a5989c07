/**
 * DUO's open-data CSV: bytes → text → records. DUO serves Windows-1252 (ANSI) for its address and
 * pupil files, some copies are UTF-8 (with or without a byte-order mark), and RIO's CKAN downloads
 * are UTF-8 and comma-separated. The encoding and the separator are detected; csv-parse does the
 * splitting (quoted fields, doubled quotes, line breaks inside quotes).
 */
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';

export interface CsvRecord {
  /** 1-based line number where the record starts (the header is line 1). */
  readonly line: number;
  readonly fields: string[];
}

/** A part of the file that is no record at all (an unclosed quote): where, and what is wrong. */
export interface CsvProblem {
  readonly line: number;
  readonly message: string;
}

export type DuoEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/** The file cannot be read at all (encoding, header): the whole file is refused, nothing is written. */
export class DuoFileError extends Error {
  constructor(
    message: string,
    readonly code: 'DUO_ENCODING' | 'DUO_HEADER',
  ) {
    super(message);
    this.name = 'DuoFileError';
  }
}

/**
 * Decodes a DUO file: UTF-8 when the bytes are valid UTF-8 (a BOM is stripped), else Windows-1252
 * (not ISO-8859-1: DUO's files hold ’ as byte 0x92). UTF-16 and bytes Windows-1252 does not define
 * are refused with a DuoFileError. A string is taken as already decoded.
 */
export function decodeDuo(input: Uint8Array | string): { text: string; encoding: DuoEncoding } {
  if (typeof input === 'string') return { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, encoding: 'utf-8' };
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.includes(0)) {
    throw new DuoFileError(
      'the file is UTF-16 or binary, not text as DUO publishes it: save it as UTF-8 or Windows-1252 (ANSI)',
      'DUO_ENCODING',
    );
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8(bytes.subarray(3)) ?? refuse(), encoding: 'utf-8-bom' };
  }
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  // Windows-1252 leaves five bytes undefined; a file holding one is in some other encoding.
  for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) if (bytes.includes(b)) refuse();
  return { text: iconv.decode(bytes, 'win1252'), encoding: 'windows-1252' };
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function refuse(): never {
  throw new DuoFileError(
    'the file is neither UTF-8 nor Windows-1252: save it as UTF-8 or Windows-1252 (ANSI) and import it again',
    'DUO_ENCODING',
  );
}

/** The separator of the header line: DUO's files use `;`, RIO's CKAN downloads `,` (or a tab). */
export function detectSeparator(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const counts = [';', ',', '\t'].map((s) => [s, first.split(s).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ';';
}

const lineBreaks = (fields: readonly string[]) => fields.reduce((n, f) => n + (f.match(/\r\n|\r|\n/g)?.length ?? 0), 0);

/**
 * Splits the text into records; a quoted field may hold separators, quotes ("") and line breaks.
 * Records keep their own field count (the caller compares it with the header's), empty lines are
 * skipped, and what cannot be read is reported through `onProblem` instead of ending the parse.
 */
export function parseCsv(text: string, separator = ';', onProblem?: (problem: CsvProblem) => void): CsvRecord[] {
  const rows = parse(text, {
    delimiter: separator,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error) onProblem?.({ line: Number(error.lines), message: error.message });
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];
  // csv-parse counts the line a record ends on; a record starts as many line breaks earlier as its fields hold.
  return rows.map(({ record, info }) => ({ line: info.lines - lineBreaks(record), fields: record }));
}
