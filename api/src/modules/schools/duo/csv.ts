/** DUO's open-data CSV: ISO-8859-1, semicolon-separated, fields optionally in double quotes (read by csv-parse). */
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

/** Decodes DUO's Latin-1 bytes (a string is taken as already decoded). */
export function decodeLatin1(input: Uint8Array | string): string {
  const text = typeof input === 'string' ? input : Buffer.from(input).toString('latin1');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
