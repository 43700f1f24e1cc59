/**
 * The programme's application form, one hospital per row: name, annual deliveries, hospital
 * type (1 general, 2 specialty, 3 maternal-child), whether it already has a 24-hour
 * convenience service, floor space for a cabinet and a separate obstetrics department, and
 * optionally postpartum beds and ward nurses. Headers may be English or Chinese; yes/no
 * answers may be yes/no, y/n, true/false, 1/0, 是/否 or 有/无. Each bad cell becomes an error
 * with its line, column and rule, and only that row is left out.
 */
import { parseCsv } from './csv-parse.js';

/** Hospital type as on the form (1, 2, 3) and in the scenario schema. */
export type HospitalType = 'general' | 'specialty' | 'maternal-child';

/** One applicant hospital, as read from its row. */
export interface HospitalRow {
  /** Line of the row in the file (the header is line 1). */
  readonly line: number;
  readonly name: string;
  /** Deliveries a year, 1-100,000. */
  readonly annualDeliveries: number;
  readonly hospitalType: HospitalType;
  readonly has24hConvenience: boolean;
  readonly floorSpace: boolean;
  readonly separateObstetrics: boolean;
  /** Postpartum beds, when given. */
  readonly beds?: number;
  /** Nurses of the postpartum ward (head count), when given. */
  readonly nurses?: number;
}

/** A refused row or header cell: line, column (1-based field position and header) and rule. */
export interface RowError {
  readonly line: number;
  readonly column: number;
  readonly columnName: string;
  readonly rule: string;
  readonly message: string;
  /**
   * The figures the message names, for writing it in another language: a cell's `got` (its text)
   * and `limit`; a header's missing or repeated `field` (with the `headers` accepted, or the
   * `first` column holding it), its `separator`; `what` a file lacks (`empty-file`, `no-rows`).
   * Absent for a CSV syntax error, whose rule says it all.
   */
  readonly params?: Readonly<Record<string, string>>;
  /** The message in Chinese, set on a portfolio result's rows (`rowErrorZh`). */
  readonly zh?: string;
}

/** Hospitals read, rows refused, and header columns that are not form fields (ignored). */
export interface ParsedHospitals {
  readonly hospitals: HospitalRow[];
  readonly errors: RowError[];
  readonly ignoredColumns: string[];
  /** Data rows in the file, good and bad. */
  readonly rows: number;
}

type Field = 'name' | 'annualDeliveries' | 'hospitalType' | 'has24hConvenience' | 'floorSpace' | 'separateObstetrics' | 'beds' | 'nurses';

/** The form's columns: header names accepted (case, spaces, `_` and `-` ignored) and whether required. */
export const HOSPITAL_COLUMNS: readonly { readonly field: Field; readonly headers: readonly string[]; readonly required: boolean; readonly description: string }[] = [
  { field: 'name', headers: ['name', 'hospital', 'hospital name', '医院名称', '医院'], required: true, description: 'hospital name, 1-200 characters' },
  { field: 'annualDeliveries', headers: ['annual deliveries', 'deliveries', '年分娩量', '分娩量'], required: true, description: 'deliveries a year, integer 1-100000' },
  { field: 'hospitalType', headers: ['hospital type', 'type', '医院类型', '类型'], required: true, description: '1 general, 2 specialty, 3 maternal-child (or the words, or 综合/专科/妇幼)' },
  { field: 'has24hConvenience', headers: ['has 24h convenience', '24h convenience', 'convenience', '24小时便利店', '24小时便利服务'], required: true, description: 'an existing 24-hour convenience service: yes/no' },
  { field: 'floorSpace', headers: ['floor space', '放置空间', '场地'], required: true, description: 'floor space for a cabinet: yes/no' },
  { field: 'separateObstetrics', headers: ['separate obstetrics', 'obstetrics department', '独立产科'], required: true, description: 'a separate obstetrics department: yes/no' },
  { field: 'beds', headers: ['beds', '床位数', '产科床位'], required: false, description: 'postpartum beds, integer 1-5000 (optional)' },
  { field: 'nurses', headers: ['nurses', '护士数', '护士人数'], required: false, description: 'nurses of the postpartum ward, head count 1-5000 (optional)' },
];

const normalise = (h: string): string => h.trim().toLowerCase().replace(/[\s_-]+/g, '');
const YES = new Set(['yes', 'y', 'true', '1', '是', '有']);
const NO = new Set(['no', 'n', 'false', '0', '否', '无', '没有']);
const TYPES: Record<string, HospitalType> = {
  '1': 'general', general: 'general', '综合': 'general', '综合医院': 'general',
  '2': 'specialty', specialty: 'specialty', '专科': 'specialty', '专科医院': 'specialty',
  '3': 'maternal-child', 'maternal-child': 'maternal-child', '妇幼': 'maternal-child', '妇幼保健院': 'maternal-child',
};
const LIMITS = { annualDeliveries: [1, 100_000], beds: [1, 5000], nurses: [1, 5000] } as const;

/** Where each field sits in the header, plus header errors and ignored columns. */
function readHeader(fields: readonly string[]): { at: Map<Field, number>; errors: RowError[]; ignored: string[] } {
  const at = new Map<Field, number>();
  const errors: RowError[] = [];
  const ignored: string[] = [];
  fields.forEach((raw, k) => {
    const col = HOSPITAL_COLUMNS.find((c) => c.field.toLowerCase() === normalise(raw) || c.headers.some((h) => normalise(h) === normalise(raw)));
    if (col === undefined) ignored.push(raw.trim());
    else if (at.has(col.field)) errors.push({ line: 1, column: k + 1, columnName: raw, rule: 'unique', message: `column "${raw}" repeats ${col.field} (column ${at.get(col.field)! + 1})`, params: { field: col.field, first: String(at.get(col.field)! + 1) } });
    else at.set(col.field, k);
  });
  for (const c of HOSPITAL_COLUMNS) {
    if (c.required && !at.has(c.field)) errors.push({ line: 1, column: fields.length + 1, columnName: c.field, rule: 'required', message: `no ${c.field} column (${c.description}; headers accepted: ${c.headers.join(', ')})`, params: { field: c.field, headers: c.headers.join(', ') } });
  }
  return { at, errors, ignored };
}

function readRow(line: number, fields: readonly string[], header: readonly string[], at: Map<Field, number>): HospitalRow | RowError[] {
  const errors: RowError[] = [];
  const cell = (f: Field): { text: string; column: number; columnName: string } | null => {
    const k = at.get(f);
    return k === undefined ? null : { text: (fields[k] ?? '').trim(), column: k + 1, columnName: header[k] };
  };
  const fail = (c: { column: number; columnName: string }, rule: string, message: string, params: Readonly<Record<string, string>> = {}): undefined => {
    errors.push({ line, column: c.column, columnName: c.columnName, rule, message, params });
    return undefined;
  };
  const int = (f: 'annualDeliveries' | 'beds' | 'nurses'): number | undefined => {
    const c = cell(f);
    if (c === null || c.text === '') return c === null || f !== 'annualDeliveries' ? undefined : fail(c, 'required', `${f} is required`);
    const v = /^\d+$/.test(c.text.replace(/,/g, '')) ? Number(c.text.replace(/,/g, '')) : NaN;
    const [min, max] = LIMITS[f];
    if (!Number.isSafeInteger(v)) return fail(c, 'integer', `${f}(="${c.text}") must be a whole number`, { got: c.text });
    if (v < min) return fail(c, 'minimum', `${f}(=${v}) must be >= ${min}`, { got: String(v), limit: String(min) });
    if (v > max) return fail(c, 'maximum', `${f}(=${v}) must be <= ${max}`, { got: String(v), limit: String(max) });
    return v;
  };
  const yesNo = (f: 'has24hConvenience' | 'floorSpace' | 'separateObstetrics'): boolean | undefined => {
    const c = cell(f)!;
    const t = c.text.toLowerCase();
    if (t === '') return fail(c, 'required', `${f} is required (yes or no)`);
    if (YES.has(t)) return true;
    if (NO.has(t)) return false;
    return fail(c, 'yes-no', `${f}(="${c.text}") must be yes or no (also y/n, true/false, 1/0, 是/否, 有/无)`, { got: c.text });
  };
  if (fields.length > header.length) fail({ column: header.length + 1, columnName: '' }, 'columns', `the row has ${fields.length} fields, the header ${header.length}`, { got: String(fields.length), limit: String(header.length) });
  const nameCell = cell('name')!;
  const name = nameCell.text === '' ? fail(nameCell, 'required', 'name is required') : nameCell.text.length > 200 ? fail(nameCell, 'maxLength', 'name must be at most 200 characters', { limit: '200' }) : nameCell.text;
  const annualDeliveries = int('annualDeliveries');
  const typeCell = cell('hospitalType')!;
  const hospitalType = typeCell.text === '' ? fail(typeCell, 'required', 'hospitalType is required (1, 2 or 3)') : (TYPES[typeCell.text.toLowerCase()] ?? fail(typeCell, 'enum', `hospitalType(="${typeCell.text}") must be 1 (general), 2 (specialty) or 3 (maternal-child)`, { got: typeCell.text }));
  const has24hConvenience = yesNo('has24hConvenience');
  const floorSpace = yesNo('floorSpace');
  const separateObstetrics = yesNo('separateObstetrics');
  const beds = int('beds');
  const nurses = int('nurses');
  if (errors.length > 0 || name === undefined || annualDeliveries === undefined || hospitalType === undefined || has24hConvenience === undefined || floorSpace === undefined || separateObstetrics === undefined) return errors;
  return { line, name, annualDeliveries, hospitalType, has24hConvenience, floorSpace, separateObstetrics, ...(beds !== undefined ? { beds } : {}), ...(nurses !== undefined ? { nurses } : {}) };
}

/**
 * Reads the hospitals of an application-form CSV. A header error (a required column missing
 * or repeated) refuses the whole file; a row error refuses that row only.
 * @param text - the file as decoded text
 */
export function parseHospitals(text: string): ParsedHospitals {
  const records = parseCsv(text);
  if (records.length === 0) return { hospitals: [], errors: [{ line: 1, column: 1, columnName: '', rule: 'required', message: 'the file is empty; it needs a header row and one row per hospital', params: { what: 'empty-file' } }], ignoredColumns: [], rows: 0 };
  const [head, ...body] = records;
  const header = head.fields.map((h) => h.trim());
  const { at, errors, ignored } = readHeader(header);
  // Excel in some locales saves "CSV" with semicolons; WPS may save tabs. Say so rather than only "no column".
  const other = header.length === 1 ? [';', '\t'].find((sep) => header[0].includes(sep)) : undefined;
  if (other !== undefined) errors.unshift({ line: 1, column: 1, columnName: header[0], rule: 'separator', message: `the header has no commas but ${other === ';' ? 'semicolons' : 'tabs'}; save the form as comma-separated CSV (UTF-8)`, params: { separator: other === ';' ? 'semicolons' : 'tabs' } });
  if (errors.length === 0 && body.length === 0) errors.push({ line: 2, column: 1, columnName: '', rule: 'required', message: 'the file has a header but no hospital rows', params: { what: 'no-rows' } });
  if (head.error !== undefined) errors.push({ ...head.error, columnName: header[head.error.column - 1] ?? '' });
  if (errors.length > 0) return { hospitals: [], errors, ignoredColumns: ignored, rows: body.length };
  const hospitals: HospitalRow[] = [];
  for (const r of body) {
    if (r.error !== undefined) {
      errors.push({ ...r.error, columnName: header[r.error.column - 1] ?? '' });
      continue;
    }
    const row = readRow(r.line, r.fields, header, at);
    if (Array.isArray(row)) errors.push(...row);
    else hospitals.push(row);
  }
  return { hospitals, errors, ignoredColumns: ignored, rows: body.length };
}
