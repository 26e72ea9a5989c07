/** DUO's open-data CSV: ISO-8859-1, semicolon-separated, fields optionally in double quotes. */

export interface CsvRecord {
  /** 1-based line number where the record starts (the header is line 1). */
  readonly line: number;
  readonly fields: string[];
}

/** Decodes DUO's Latin-1 bytes (a string is taken as already decoded). */
export function decodeLatin1(input: Uint8Array | string): string {
  const text = typeof input === 'string' ? input : Buffer.from(input).toString('latin1');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Splits the text into records; a quoted field may hold separators, quotes ("") and line breaks. */
export function parseCsv(text: string, separator = ';'): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let touched = false;
  const endRecord = () => {
    fields.push(field);
    if (touched || fields.length > 1 || fields[0] !== '') records.push({ line: start, fields });
    fields = [];
    field = '';
    touched = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"') {
      quoted = true;
      touched = true;
    } else if (c === separator) {
      fields.push(field);
      field = '';
      touched = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else {
      field += c;
      touched = true;
    }
  }
  if (field !== '' || fields.length > 0 || touched) endRecord();
  return records;
}
