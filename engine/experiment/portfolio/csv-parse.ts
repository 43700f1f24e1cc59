/**
 * Reading the programme office's spreadsheet: RFC 4180 comma-separated text as Excel and
 * WPS save it. A leading byte-order mark is dropped; records end with CRLF, LF or a lone CR;
 * a field in double quotes may hold commas, line breaks and doubled quotes (`""` is one `"`).
 * A malformed record (text after a closing quote, a quote never closed) is kept with its
 * error, so the caller can refuse that row and still use the others.
 */

/** One record with the physical line it starts on (1-based, the header is line 1). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
  /** What is wrong with the record's syntax, if anything. */
  readonly error?: CsvSyntaxError;
}

/** A syntax error: where it is and which rule it broke. */
export interface CsvSyntaxError {
  readonly line: number;
  /** Field position in the record, 1-based. */
  readonly column: number;
  /** `quote` (text after a closing quote) or `unterminated-quote`. */
  readonly rule: 'quote' | 'unterminated-quote';
  readonly message: string;
}

const BOM = '\uFEFF';

/**
 * Splits CSV text into records. Blank lines (no characters at all) are skipped.
 * @param text - the whole file as decoded text (UTF-8 with or without BOM)
 */
export function parseCsv(text: string): CsvRecord[] {
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  while (i < s.length) {
    const start = line;
    const fields: string[] = [];
    let error: CsvSyntaxError | undefined;
    let field = '';
    let ended = false;
    while (!ended) {
      if (s[i] === '"') {
        // A quoted field: runs to the next quote that is not doubled.
        const quoteLine = line;
        i++;
        let closed = false;
        while (i < s.length) {
          const c = s[i];
          if (c === '"') {
            if (s[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\n' || (c === '\r' && s[i + 1] !== '\n')) line++;
          field += c;
          i++;
        }
        if (!closed) {
          error ??= { line: quoteLine, column: fields.length + 1, rule: 'unterminated-quote', message: 'a quoted field is never closed (the rest of the file is inside it)' };
        } else if (i < s.length && s[i] !== ',' && s[i] !== '\r' && s[i] !== '\n') {
          error ??= { line, column: fields.length + 1, rule: 'quote', message: 'text after a closing quote; double a quote inside a quoted field ("")' };
        }
      }
      // Unquoted text (or what follows a bad closing quote) up to the field's end.
      while (i < s.length && s[i] !== ',' && s[i] !== '\r' && s[i] !== '\n') field += s[i++];
      fields.push(field);
      field = '';
      if (i >= s.length) ended = true;
      else if (s[i] === ',') i++;
      else {
        i += s[i] === '\r' && s[i + 1] === '\n' ? 2 : 1;
        line++;
        ended = true;
      }
    }
    const blank = fields.length === 1 && fields[0] === '' && error === undefined;
    if (!blank) records.push(error === undefined ? { line: start, fields } : { line: start, fields, error });
  }
  return records;
}
