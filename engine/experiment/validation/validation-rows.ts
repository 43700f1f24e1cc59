/**
 * The rows of the validation report, each "check | expected (source) | model (mean, 95 % CI) |
 * verdict". Verification rows hold the model to its own inputs and to theory; a failure there
 * is a bug. Validation rows hold it to outside data; "outside band" there is a finding to
 * report, not a bug. A verification row passes when the expected value lies within the
 * model's 99.9 % interval widened by the row's tolerance: at 95 % one row in twenty would fail
 * by chance alone.
 */
import { studentTQuantile } from '../student-t.js';
import { summarise } from '../summary.js';
import type { Summary } from '../summary.js';
import { upperGammaQ } from './chi-squared.js';

/** A text of the report in both languages (a row's source or note). */
export interface RowText {
  readonly en: string;
  readonly 'zh-CN': string;
}

const NO_TEXT: RowText = { en: '', 'zh-CN': '' };

/** Two texts side by side ("a; b"), leaving out an empty one. */
export function joinTexts(a: RowText, b: RowText): RowText {
  return { en: [a.en, b.en].filter((x) => x !== '').join('; '), 'zh-CN': [a['zh-CN'], b['zh-CN']].filter((x) => x !== '').join('；') };
}

/** Verdicts: pass/fail for verification, inside/outside band for validation. */
export type ValidationVerdict = 'pass' | 'fail' | 'inside band' | 'outside band' | 'not measured';

/** One row of the report. */
export interface ValidationRow {
  readonly kind: 'verification' | 'validation';
  readonly check: string;
  /** The expected value, or the lower end of a band. */
  readonly expected: number | null;
  /** Upper end of a band (validation rows), else null. */
  readonly expectedHi: number | null;
  /** Where the expected value comes from. */
  readonly source: string;
  /** The model's value over replications (null when the model does not measure it). */
  readonly model: Summary | null;
  readonly verdict: ValidationVerdict;
  /** Test statistic, tolerance or why not measured. */
  readonly note: string;
  /** The source and note in Chinese (the English ones above stay what scripts read). */
  readonly zh: { readonly source: string; readonly note: string };
}

function texts(source: RowText, note: RowText): Pick<ValidationRow, 'source' | 'note' | 'zh'> {
  return { source: source.en, note: note.en, zh: { source: source['zh-CN'], note: note['zh-CN'] } };
}

/** A row whose check the model cannot measure in this run (`note` says why). */
export function notMeasuredRow(kind: ValidationRow['kind'], check: string, source: RowText, note: RowText): ValidationRow {
  return { kind, check, expected: null, expectedHi: null, model: null, verdict: 'not measured', ...texts(source, note) };
}

/** A verification row against an expected value with a relative tolerance. */
export function verifyRow(check: string, expected: number, source: RowText, values: readonly number[], relTolerance = 0, note: RowText = NO_TEXT): ValidationRow {
  const model = summarise(values);
  const half = model.n > 1 ? studentTQuantile(0.9995, model.n - 1) * (model.sd / Math.sqrt(model.n)) : 0;
  const ok = Math.abs(model.mean - expected) <= half + relTolerance * Math.abs(expected) + 1e-12;
  const pct = (relTolerance * 100).toFixed(1);
  const tol = relTolerance > 0 ? { en: `tolerance ±${pct} %`, 'zh-CN': `容差 ±${pct}%` } : NO_TEXT;
  return { kind: 'verification', check, expected, expectedHi: null, model, verdict: ok ? 'pass' : 'fail', ...texts(source, joinTexts(tol, note)) };
}

/** A verification row from a test's p-value (pass when p ≥ 0.001). */
export function testRow(check: string, source: RowText, values: readonly number[], pValue: number, note: RowText): ValidationRow {
  return { kind: 'verification', check, expected: null, expectedHi: null, model: summarise(values), verdict: pValue >= 0.001 ? 'pass' : 'fail', ...texts(source, note) };
}

/**
 * A verification row for counts pooled over replications: a z-test of the pooled count
 * against its expectation with the given variance (Poisson: the expectation; binomial: n p (1 − p)),
 * pass when the two-sided p ≥ 0.001. Unlike the t-interval of a few replications it does not
 * hinge on a lucky small spread.
 */
export function pooledRow(check: string, expected: number, source: RowText, values: readonly number[], pooled: { observed: number; expected: number; variance: number }): ValidationRow {
  const z = pooled.variance > 0 ? (pooled.observed - pooled.expected) / Math.sqrt(pooled.variance) : pooled.observed === pooled.expected ? 0 : Infinity;
  const p = Number.isFinite(z) ? upperGammaQ(0.5, (z * z) / 2) : 0;
  const note = { en: `pooled z ${z.toFixed(2)}, p ${p.toFixed(3)}`, 'zh-CN': `合并 z ${z.toFixed(2)}，p ${p.toFixed(3)}` };
  return { kind: 'verification', check, expected, expectedHi: null, model: summarise(values), verdict: p >= 0.001 ? 'pass' : 'fail', ...texts(source, note) };
}

/** A validation row against a band: inside when the model's mean lies in [lo, hi]. */
export function bandRow(check: string, lo: number, hi: number, source: RowText, values: readonly number[] | null, note: RowText = NO_TEXT): ValidationRow {
  if (values === null) return { kind: 'validation', check, expected: lo, expectedHi: hi, model: null, verdict: 'not measured', ...texts(source, note) };
  const model = summarise(values);
  return { kind: 'validation', check, expected: lo, expectedHi: hi, model, verdict: model.mean >= lo && model.mean <= hi ? 'inside band' : 'outside band', ...texts(source, note) };
}
